// The CI advisory step in .ci/run: `npm audit` for the production dependencies is printed for the log
// and never fails the run, whether the registry answers, refuses (the audit's 405) or cannot be reached.

import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const script = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');
const lines = script.split('\n');
const from = lines.findIndex((l) => l.includes('--- npm audit'));
const to = lines.findIndex((l, i) => i > from && l.trim() === 'echo "---"');
/** The advisory step as it stands in .ci/run, with the script's own shell options. */
const step = ['set -uo pipefail', ...lines.slice(from, to + 1)].join('\n');

const bin = mkdtempSync(join(tmpdir(), 'ci-audit-'));
afterAll(() => rmSync(bin, { recursive: true, force: true }));

/** Runs the step with a stand-in `npm` that prints `out` and exits with `code`. */
function runWith(out: string, code: number): { status: number | null; stdout: string } {
  const npm = join(bin, 'npm');
  writeFileSync(npm, `#!/usr/bin/env bash\necho "$*" >&2\necho "${out}"\nexit ${code}\n`);
  chmodSync(npm, 0o755);
  const r = spawnSync('bash', ['-c', step], {
    env: { ...process.env, PATH: `${bin}:${process.env['PATH'] ?? ''}` },
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout + r.stderr };
}

describe('the CI advisory step', () => {
  it('is in .ci/run, before the tests, for production dependencies only, with a time limit', () => {
    expect(from).toBeGreaterThan(-1);
    expect(to).toBeGreaterThan(from);
    expect(script.indexOf('npm audit')).toBeLessThan(script.indexOf('npm test'));
    expect(step).toMatch(/timeout \d+ npm audit --omit=dev/);
    // The script does not stop at the first failing command.
    expect(script).not.toMatch(/^set -[a-z]*e/m);
  });

  it('prints the advisories when the registry answers, and goes on', () => {
    const r = runWith('found 0 vulnerabilities', 0);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('audit --omit=dev');
    expect(r.stdout).toContain('found 0 vulnerabilities');
    expect(r.stdout).not.toContain('could not run');
  });

  it('says it could not run, and goes on, when the registry refuses or cannot be reached', () => {
    for (const failure of [
      'npm error 405 Method Not Allowed',
      'npm error network ENOTFOUND registry.npmjs.org',
    ]) {
      const r = runWith(failure, 1);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(failure);
      expect(r.stdout).toContain('npm audit could not run');
    }
  });
});
