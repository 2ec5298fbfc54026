// The validity report as text (`npm run check:stories -- --validity`) and as docs/validity.md
// (`npm run docs:validity`). The figures come from src/core/encounter/validity.ts; the targets and the
// exempted encounters from src/core/encounter/validity-targets.ts.

import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { ROOT } from './library.ts';
import {
  checkTargets,
  WORDING_SIMILARITY,
  libraryValidity,
  type EncounterValidity,
  type LibraryValidity,
  type PlayerPercent,
  type SetShares,
  type TargetResult,
} from '../../src/core/encounter/validity.ts';
import {
  VALIDITY_EXEMPTIONS,
  VALIDITY_TARGETS,
  type ValidityTarget,
} from '../../src/core/encounter/validity-targets.ts';

export const VALIDITY_DOC = 'docs/validity.md';

const pct = (x: number) => `${Math.round(100 * x)}%`;
const signedPct = (x: number) => `${Math.round(x)}%`.replace(/^-/, '−');

/** What each target is called in the report. */
export const TARGET_NAMES: Record<ValidityTarget, string> = {
  bestIsLongest: 'best is longest',
  bestIsLongestFloor: 'best is longest, floor',
  twoOrMoreAcceptable: 'two or more acceptable',
  allAlternativesCritical: 'all alternatives critical',
  recurringWording: 'best wording reused',
  longestPlayer: 'longest-option player',
  shortestPlayer: 'shortest-option player',
};

export interface EncounterStanding {
  validity: EncounterValidity;
  results: (TargetResult & { exempt: boolean })[];
}

/** Each encounter against every target, with whether it is exempted (src/core/encounter/validity-targets.ts). */
export function standings(list: readonly EncounterValidity[], lib: LibraryValidity): EncounterStanding[] {
  return list.map((v) => ({
    validity: v,
    results: checkTargets(v, lib.recurring).map((r) => ({
      ...r,
      exempt: (VALIDITY_EXEMPTIONS[v.id] ?? []).includes(r.target),
    })),
  }));
}

function sharesLine(s: SetShares): string {
  return [
    `scored sets ${s.sets}`,
    `acceptable options per set ${s.meanAcceptable.toFixed(2)}`,
    `two or more acceptable ${pct(s.twoOrMoreAcceptable)}`,
    `best is longest ${pct(s.bestIsLongest)} (chance ${pct(s.chance)})`,
    `best is shortest ${pct(s.bestIsShortest)} (chance ${pct(s.chance)})`,
    `all alternatives critical ${pct(s.allAlternativesCritical)}`,
  ].join(' · ');
}

function playersLine(p: PlayerPercent): string {
  return `longest ${signedPct(p.longest)} · shortest ${signedPct(p.shortest)} · first ${signedPct(p.first)} · random ${signedPct(p.random)}`;
}

/** The report printed by `check:stories --validity`. */
export function validityText(list: readonly EncounterValidity[]): string {
  const lib = libraryValidity(list);
  const out: string[] = [];
  for (const { validity: v, results } of standings(list, lib)) {
    out.push(
      `\nValidity: ${v.file} (${v.id})`,
      `  ${sharesLine(v.shares)}`,
      `  naive players, % of the best path's ${+v.points.best.toFixed(2)} choice points: ${playersLine(v.percent)}`,
      `  indicators per character: ${
        v.characters
          .map(
            (c) =>
              `${c.id} ${c.indicators.length}${c.answers ? (c.disclosesOnFirst ? ' (discloses on the first question)' : '') : ' (never answers)'}`,
          )
          .join(', ') || 'no characters'
      }; looks and narration ${v.scene.length}`,
      `  characters who disclose on the first question: ${v.disclosure.disclose} of ${v.disclosure.characters}`,
      `  targets: ${results
        .map(
          (r) =>
            `${TARGET_NAMES[r.target]} ${r.figure} ${r.met ? 'met' : r.exempt ? 'NOT MET (exempt)' : 'NOT MET'}`,
        )
        .join(' · ')}`,
    );
  }
  out.push(
    `\nValidity: the library (${lib.encounters} encounters)`,
    `  ${sharesLine(lib.shares)}`,
    `  naive players, mean % of the best path's choice points: ${playersLine(lib.percent)}`,
    `  characters who disclose on the first question: ${lib.disclosure.disclose} of ${lib.disclosure.characters} (${pct(lib.disclosure.share)})`,
    `  best wordings used in two or more encounters (${lib.recurring.length}):`,
  );
  for (const r of lib.recurring) {
    out.push(`    ${r.encounters} encounters: “${r.text}”`);
    for (const u of r.uses) out.push(`      ${u.file}: “${u.text}”`);
  }
  return out.join('\n');
}

const DEFINITIONS = `## What is measured

\`npm run check:stories -- --validity\` prints these figures for every encounter and for the library;
\`--json\` carries all of them, every scored choice set included. The explorer plays every path of
every replay variant and gathers each **scored choice set**: the choices offered together at one
point of a path, when at least one of them has a \`score\` or a \`critical\` tag (the report form is
not a choice set). A set offered on many paths, or in several variants, counts once; a set whose
options differ (a once-only option gone, a variant's wording) is another set.

- **Score of an option**: its points summed over every dimension. **Acceptable**: a score of 0 or
  more and no critical error. **Best**: the highest score among the options that are not critical
  errors (among all of them when every option is one); ties are all best.
- **Two or more acceptable**: the share of sets with at least two acceptable options.
- **Best is longest**: per set, the share of its longest options (by characters, ties all counted)
  that are best, which is 1 or 0 without ties: the chance that a player who always picks the
  longest line picks a best one. **Chance** is the same for a player picking at random, best options
  divided by options, so for sets without ties it is the mean of 1/n. Both are averaged over sets.
  **Best is shortest** is the same share for the shortest options. Far below chance, best is longest
  is a tell as much as far above it: the learner who picks the shortest, plainest line wins. So the
  share has a floor as well as a ceiling, counted in whole sets and rounded down: an encounter of n
  sets needs at least ⌊n × (chance − margin)⌋ sets whose best option is the longest. One set moves a
  short encounter's share by 1/n, more than the margin, so rounding down keeps both bounds reachable
  (an encounter of four sets with a chance of 27% needs none; one of six sets at 29% needs one; the
  library of 200 sets needs its share within a set of the floor).
- **All alternatives critical**: the share of sets where every option that is not best is a critical
  error.
- **Best wording reused**: best options are compared across encounters after lower-casing and
  removing punctuation; two wordings are the same when they share at least ${Math.round(100 * WORDING_SIMILARITY)}% of their distinct
  words (shared words / all words, Jaccard). Alike wordings are grouped; a group's size is the
  number of encounters using it.
- **Naive players** play every encounter with the explorer: one always picks the longest option
  (the first of the longest on a tie), one always the shortest (likewise), one always the first, one
  picks uniformly at random. The
  random player's figure is the exact expectation over the whole choice tree, not a sample.
  Each earns the points of the choices it takes (summed over dimensions; the incident report, a
  form the same for every player, is left out), shown as a percentage of the best path's choice
  points. Every replay variant counts equally. Scores below zero are possible.
- **Indicators per character**: the indicators shown on some path in lines a character speaks, or
  narration that names them; what the officer sees by looking, or narration that names no one,
  counts for the scene. An indicator a choice's own \`indicator\` tag shows belongs to the first
  character who answers it.
- **Discloses on the first question**: on some path, the first time a character answers the officer
  (speaks in the lines a choice leads to), those lines (or the choice) show an indicator of
  theirs. The share counts characters who answer the officer at least once and show at least one
  indicator anywhere.

Library figures pool every encounter's sets and characters; the players' library figure is the mean
of the encounters' percentages.
`;

function targetsTable(): string[] {
  const t = VALIDITY_TARGETS;
  return [
    '| Target | Wanted |',
    '| --- | --- |',
    `| ${TARGET_NAMES.bestIsLongest} | at most chance + ${Math.round(100 * t.bestIsLongestAboveChance)} points |`,
    `| ${TARGET_NAMES.bestIsLongestFloor} | at least chance − ${Math.round(100 * t.bestIsLongestBelowChance)} points, in whole sets rounded down |`,
    `| ${TARGET_NAMES.twoOrMoreAcceptable} | at least ${pct(t.minTwoOrMoreAcceptable)} of sets |`,
    `| ${TARGET_NAMES.allAlternativesCritical} | at most ${pct(t.maxAllAlternativesCritical)} of sets |`,
    `| ${TARGET_NAMES.recurringWording} | in at most ${t.maxEncountersPerBestWording} encounters |`,
    `| ${TARGET_NAMES.longestPlayer} | at most ${t.maxLongestPlayerPercent}% of the best path |`,
    `| ${TARGET_NAMES.shortestPlayer} | at most ${t.maxShortestPlayerPercent}% of the best path |`,
  ];
}

/** docs/validity.md, formatted as prettier would leave it. */
export async function validityMarkdown(list: readonly EncounterValidity[]): Promise<string> {
  const lib = libraryValidity(list);
  const all = standings(list, lib);
  const mark = (r: EncounterStanding['results'][number]) => (r.met ? '' : r.exempt ? ' ✗ (exempt)' : ' ✗');
  const cell = (r: EncounterStanding['results'][number]) =>
    `${r.figure.replace(/ encounter\(s\)$/, '')}${mark(r)}`;
  const out: string[] = [
    '# Do the scores measure judgement? The validity report',
    '',
    'Generated by `npm run docs:validity` from the stories, the targets and the exemptions in',
    '`src/core/encounter/validity-targets.ts`; `tests/story/validity.test.ts` fails when it is out of date.',
    '',
    DEFINITIONS,
    '## Targets',
    '',
    'The library test holds every encounter to every target it is not exempted from, and fails when an',
    'exempted encounter has come to meet a target (remove the exemption then).',
    '',
    ...targetsTable(),
    '',
    '## The library today',
    '',
    `- ${sharesLine(lib.shares)}`,
    `- Naive players, mean % of the best path's choice points: ${playersLine(lib.percent)}`,
    `- Characters who disclose on the first question: ${lib.disclosure.disclose} of ${lib.disclosure.characters} (${pct(lib.disclosure.share)})`,
    '',
    '## Before the revision',
    '',
    'As the content review measured the fifteen encounters of the time (December 2026,',
    '`content-review-2026-12.md`, 109 scored sets): one set in 109 (1%) had two or more acceptable',
    'options, the best option was also the longest in 87 (80%), and in 42 (39%) every alternative to it',
    'was a critical error; the same "I\'m with security, I\'m not the police" line was the answer in seven',
    'encounters. The figures above are the library after the revision, as the checker measures them on every path.',
    '',
    'The first pass of the revision overshot. With the best lines made plain and short, the best option',
    'was the longest in 19% of 200 sets against 32% by chance, and a player who always picked the',
    'shortest line earned 88% of the best path in `store.busy_saturday` and 78% in `transit.last_train`:',
    'length had become a tell the other way round. The floor under best is longest and the',
    'shortest-option player were added then, and nine encounters were rebalanced by changing the',
    'length of their wording, not its meaning or its scores.',
    '',
    '## Encounters',
    '',
    '✗ marks a target not met (under best is longest, the ceiling or the floor). Naive players are',
    'percentages of the best path; disclosure counts characters who disclose on the first question of',
    'those who answer and show an indicator.',
    '',
    '| Encounter | Sets | Two or more acceptable | Best is longest (chance) | Best is shortest | All alternatives critical | Best wording reused (encounters) | Longest / shortest / first / random player | Disclose at first question |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const { validity: v, results } of all) {
    const r = Object.fromEntries(results.map((x) => [x.target, x])) as Record<
      ValidityTarget,
      EncounterStanding['results'][number]
    >;
    out.push(
      `| \`${v.id}\` | ${v.shares.sets} | ${cell(r.twoOrMoreAcceptable)} | ${cell(r.bestIsLongest)}${mark(r.bestIsLongestFloor)} | ${pct(v.shares.bestIsShortest)} | ${cell(r.allAlternativesCritical)} | ${cell(r.recurringWording)} | ${cell(r.longestPlayer)} / ${cell(r.shortestPlayer)} / ${signedPct(v.percent.first)} / ${signedPct(v.percent.random)} | ${v.disclosure.disclose} of ${v.disclosure.characters} |`,
    );
  }
  const exempt = all.filter((s) => s.results.some((r) => r.exempt));
  out.push('', '## Encounters not yet held to every target', '');
  if (exempt.length === 0) out.push('None: every encounter is held to every target.');
  for (const s of exempt)
    out.push(
      `- \`${s.validity.id}\` (${s.validity.file}): ${s.results
        .filter((r) => r.exempt)
        .map((r) => `${TARGET_NAMES[r.target]} ${r.figure}`)
        .join('; ')}`,
    );
  out.push('', '## Best wordings used in two or more encounters', '');
  if (lib.recurring.length === 0) out.push('None.');
  for (const r of lib.recurring) {
    out.push(`- In ${r.encounters} encounters: “${r.text}”`);
    for (const u of r.uses) out.push(`  - ${u.file}: “${u.text}”`);
  }
  out.push('');
  const config = (await resolveConfig(join(ROOT, VALIDITY_DOC))) ?? {};
  return format(out.join('\n'), { ...config, parser: 'markdown' });
}
