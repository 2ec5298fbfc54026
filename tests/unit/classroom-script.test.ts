// `npm run classroom` rebuilds only when the build is missing or older than the sources.

import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { needsBuild } from '../../server/classroom.ts';

function touch(path: string, seconds: number): void {
  writeFileSync(path, 'x');
  utimesSync(path, seconds, seconds);
}

describe('classroom build check', () => {
  it('builds when a page is missing or a source is newer, not otherwise', () => {
    const root = mkdtempSync(join(tmpdir(), 'classroom-'));
    const dist = join(root, 'dist');
    mkdirSync(join(root, 'src', 'ui'), { recursive: true });
    mkdirSync(dist);
    touch(join(root, 'src', 'ui', 'vote-page.ts'), 1000);
    touch(join(root, 'index.html'), 1000);
    expect(needsBuild(root, dist)).toBe(true); // nothing built
    touch(join(dist, 'index.html'), 2000);
    expect(needsBuild(root, dist)).toBe(true); // vote.html missing
    touch(join(dist, 'vote.html'), 2000);
    utimesSync(join(root, 'src', 'ui'), 1000, 1000);
    utimesSync(join(root, 'src'), 1000, 1000);
    utimesSync(root, 1000, 1000);
    expect(needsBuild(root, dist)).toBe(false);
    touch(join(root, 'src', 'ui', 'vote-page.ts'), 3000); // edited after the build
    expect(needsBuild(root, dist)).toBe(true);
  });
});
