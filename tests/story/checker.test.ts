import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../scripts/check/check-file.ts';
import { ROOT } from '../../scripts/check/library.ts';
import { formatDiagnostic } from '../../src/core/encounter/diagnostics.ts';
import { library } from './harness.ts';

const BROKEN = join(ROOT, 'tests', 'fixtures', 'broken');
const rel = (name: string) => `tests/fixtures/broken/${name}`;

/** Each broken fixture and a diagnostic it must produce, as printed by the checker. */
const EXPECTED: [string, RegExp][] = [
  ['syntax-error.ink', /^tests\/fixtures\/broken\/syntax-error\.ink:13: error: Expected closing '\]'/],
  ['missing-include.ink', /^tests\/fixtures\/broken\/missing-include\.ink:10: error: INCLUDE: cannot find/],
  [
    'unknown-tag.ink',
    /^tests\/fixtures\/broken\/unknown-tag\.ink:13: error: #colour: red: unknown tag "colour"/,
  ],
  ['unknown-id.ink', /unknown-id\.ink:13: error: .*unknown indicator id "hotel\.made_up_sign"/],
  ['empty.ink', /^tests\/fixtures\/broken\/empty\.ink: error: the file is empty$/],
  ['not-utf8.ink', /not-utf8\.ink: error: is not UTF-8 text/],
  [
    'divert-loop.ink',
    /divert-loop\.ink: error: runtime error: the story ran for 2 s without producing a line or a choice/,
  ],
  // A loop is found as a loop (ink's thread numbers and unread visit counts do not hide it).
  ['never-ends.ink', /never-ends\.ink:15: error: from here the story can never end: every choice loops back/],
  [
    'no-report.ink',
    /no-report\.ink:14: error: the story ended without passing through the incident report \(after: Go\)/,
  ],
  [
    'unreached-knot.ink',
    /unreached-knot\.ink:\d+: error: the story ended without passing through the incident report \(after: Skip → More\)/,
  ],
  [
    'act-report-mismatch.ink',
    /act-report-mismatch\.ink:40: error: "Radio .* desk and the control room" is rewarded for the action "supervisor", but the report on this path requires "hotline", so reporting what was done scores as too little/,
  ],
  ['hotline-claim.ink', /hotline-claim\.ink:33: warning: states a fact about the hotline \(isPolice\)/],
  [
    'bad-hotspot-and-why.ink',
    /bad-hotspot-and-why\.ink:14: error: observation target "Look at the van" names hotspot "staff_van"/,
  ],
  [
    'act-report-mismatch.ink',
    /act-report-mismatch\.ink:40: error: "Radio .* desk and the control room" is rewarded for the action "supervisor", but the report on this path requires "hotline", so reporting what was done scores as too little/,
  ],
  ['hotline-claim.ink', /hotline-claim\.ink:33: warning: states a fact about the hotline \(isPolice\)/],
  [
    'bad-hotspot-and-why.ink',
    /bad-hotspot-and-why\.ink:17: error: #score: trust \+2: a scored or critical choice needs a "why"/,
  ],
];

describe('the story checker on broken stories', () => {
  for (const [name, pattern] of EXPECTED) {
    it(`${name}: ${pattern.source.slice(0, 60)}…`, () => {
      const report = checkFile(join(BROKEN, name), library());
      const lines = report.diagnostics.map(formatDiagnostic);
      expect(
        lines.some((l) => pattern.test(l)),
        lines.join('\n'),
      ).toBe(true);
      expect(report.file).toBe(rel(name));
    });
  }

  it('reports a knot no path reaches, as a warning with its line', () => {
    const dir = join(ROOT, 'test-results', 'checker');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'orphan.ink');
    writeFileSync(
      file,
      [
        'VAR report_action = ""',
        '# grammar: 1',
        '# id: hotel.orphan',
        '# title: Orphan',
        '# setting: hotel',
        '# summary: s',
        '# minutes: 1',
        '# situation: none',
        '# minor: no',
        '# content_note: n',
        '-> start',
        '=== start ===',
        '# phase: report',
        'Quiet. # ending: q; Quiet',
        '+ [Report # report] -> END',
        '=== orphan ===',
        'Nobody comes here.',
        '-> END',
      ].join('\n'),
    );
    const lines = checkFile(file, library()).diagnostics.map(formatDiagnostic);
    expect(lines).toEqual([
      'test-results/checker/orphan.ink:16: warning: knot "orphan" is never reached by any path',
    ]);
  });

  it('handles a very large file (1,500 knots) without a stack trace', () => {
    const dir = join(ROOT, 'test-results', 'checker');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'large.ink');
    const knots: string[] = [];
    for (let i = 0; i < 1500; i++)
      knots.push(`=== k${i} ===\nStep ${i}.\n+ [Next] -> ${i === 1499 ? 'done' : `k${i + 1}`}\n`);
    writeFileSync(
      file,
      `VAR report_action = ""\n# grammar: 1\n# id: hotel.large\n# title: Large\n# setting: hotel\n# summary: s\n# minutes: 60\n# situation: none\n# minor: no\n# content_note: n\n-> k0\n${knots.join('')}=== done ===\n# phase: report\nEnd. # ending: e; E\n+ [Report # report] -> END\n`,
    );
    const report = checkFile(file, library(), { maxStates: 500 });
    const lines = report.diagnostics.map(formatDiagnostic);
    expect(
      lines.some((l) => l.includes('a path runs past 400 choices') || l.includes('stopped at its bound')),
      lines.join('\n'),
    ).toBe(true);
    expect(report.analysis?.states).toBeGreaterThan(0);
  }, 120_000);
});

describe('the check:stories command', () => {
  const run = (...args: string[]) =>
    spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        join(ROOT, 'scripts', 'check', 'check-stories.ts'),
        ...args,
      ],
      {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 120_000,
      },
    );

  it('exits 0 for a clean file and prints a summary', () => {
    const r = run('tests/fixtures/stories/mini.ink');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('tests/fixtures/stories/mini.ink: 0 error(s), 0 warning(s)');
    expect(r.stdout).toMatch(/states \d+ · paths 10 · longest path \d+ choices/);
  });

  it('exits 1 when a file has errors, and still checks the others', () => {
    const r = run('tests/fixtures/broken/empty.ink', 'tests/fixtures/stories/mini.ink');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('tests/fixtures/broken/empty.ink: error: the file is empty');
    expect(r.stdout).toContain('tests/fixtures/stories/mini.ink: 0 error(s)');
    expect(r.stdout).toContain('2 file(s) checked, 1 with errors.');
  });

  it('exits 2 on a usage error', () => {
    const r = run('--frobnicate');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Unknown option "--frobnicate"');
  });

  it('reports the same with one thread or several (--jobs)', () => {
    const files = ['mini', 'hub', 'counts', 'variants'].map((f) => `tests/fixtures/stories/${f}.ink`);
    const results = ['1', '2'].map((jobs) => {
      const r = run('--json', '--jobs', jobs, ...files);
      expect(r.status, r.stderr).toBe(0);
      const out = JSON.parse(r.stdout) as { files: { ms: number }[] };
      return out.files.map((f) => ({ ...f, ms: 0 }));
    });
    expect(results[0]).toHaveLength(4);
    expect(results[1]).toEqual(results[0]);
    const bad = run('--jobs', '0', files[0]!);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--jobs needs a whole number above 0');
  });

  it('prints machine-readable JSON with --json', () => {
    const r = run('--json', 'tests/fixtures/broken/unknown-tag.ink');
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as {
      ok: boolean;
      files: { file: string; diagnostics: { line?: number; message: string }[] }[];
    };
    expect(out.ok).toBe(false);
    expect(out.files[0]!.diagnostics.some((d) => d.line === 13 && d.message.includes('unknown tag'))).toBe(
      true,
    );
  });
});
