// The Content Security Policy (src/core/csp.ts): strict everywhere, the LRS added to connect-src, and
// the scene art drawn without being parsed in the page (its <style> would be reported otherwise).

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENE_HEIGHT, SCENE_WIDTH } from '../../src/core/encounter/scene-manifest.ts';
import { connectOrigin, contentSecurityPolicy, cspHeader, META_CONNECT } from '../../src/core/csp.ts';
import { cspHeaderFor } from '../../scripts/build/vite-plugin-csp.ts';

const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `));

describe('contentSecurityPolicy', () => {
  it('allows no inline script, eval, plugins or base change; images also from data: and blob:', () => {
    const policy = contentSecurityPolicy();
    expect(directive(policy, 'script-src')).toBe("script-src 'self'");
    expect(directive(policy, 'style-src')).toBe("style-src 'self'");
    expect(directive(policy, 'object-src')).toBe("object-src 'none'");
    expect(directive(policy, 'base-uri')).toBe("base-uri 'none'");
    expect(directive(policy, 'img-src')).toBe("img-src 'self' data: blob:");
    expect(directive(policy, 'connect-src')).toBe("connect-src 'self'");
    expect(policy).not.toMatch(/unsafe|frame-ancestors/);
  });

  it('names the LRS and frame-ancestors in the header; the meta cannot know the LRS', () => {
    const header = cspHeader(['https://lrs.example.org']);
    expect(directive(header, 'connect-src')).toBe("connect-src 'self' https://lrs.example.org");
    expect(directive(header, 'frame-ancestors')).toBe("frame-ancestors 'self'");
    expect(directive(contentSecurityPolicy({ connect: META_CONNECT }), 'connect-src')).toBe(
      "connect-src 'self' https:",
    );
  });

  it('reads the LRS origin from an endpoint, refusing anything but http(s)', () => {
    expect(connectOrigin('https://lrs.example.org/xapi/')).toBe('https://lrs.example.org');
    expect(connectOrigin('javascript:alert(1)')).toBeNull();
    expect(connectOrigin("https://x.org'; script-src *")).toBeNull();
    expect(connectOrigin(42)).toBeNull();
  });

  it('builds the header for a deployed game from its config.json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'second-look-csp-'));
    try {
      expect(directive(cspHeaderFor(dir), 'connect-src')).toBe("connect-src 'self'");
      writeFileSync(
        join(dir, 'config.json'),
        JSON.stringify({ xapi: { endpoint: 'https://lrs.example.org/x/' } }),
      );
      expect(directive(cspHeaderFor(dir), 'connect-src')).toBe("connect-src 'self' https://lrs.example.org");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('scene art', () => {
  it('is drawn at the scene size already, so the stage loads it without parsing it in the page', () => {
    const dir = join(import.meta.dirname, '..', '..', 'assets', 'scenes');
    const svgs = readdirSync(dir).filter((f) => f.endsWith('.svg'));
    expect(svgs.length).toBeGreaterThan(0);
    for (const f of svgs) {
      const root = /<svg\b[^>]*>/.exec(readFileSync(join(dir, f), 'utf8'))?.[0] ?? '';
      expect(root, f).toContain(`width="${SCENE_WIDTH}"`);
      expect(root, f).toContain(`height="${SCENE_HEIGHT}"`);
    }
  });
});
