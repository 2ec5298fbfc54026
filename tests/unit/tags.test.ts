import { describe, expect, it } from 'vitest';
import { TAG_DOCS } from '../../src/core/tags/tag-docs.ts';
import {
  TAG,
  TAG_RULES,
  parseChoiceTags,
  parseGlobalTags,
  parseLineTags,
  splitTag,
  type TagContext,
  type TagScope,
} from '../../src/core/tags/tags.ts';

const ctx: TagContext = {
  indicators: new Set(['hotel.companion_holds_id_money_keys', 'hotel.few_possessions_long_stay']),
  dimensions: new Set(['trust', 'safety', 'observe']),
  criticalErrors: new Set(['confront_controller']),
  misconceptions: new Set(['myth.would_ask_for_help']),
  distractors: new Set(['not.speaks_other_language']),
  characters: new Set(['mara', 'victor']),
  scenes: new Set(['hotel_lobby_night']),
  sounds: new Set(['lobby_night', 'lift_chime']),
};

/** A valid tag and an invalid value for every rule; the table must cover the whole grammar. */
const CASES: Record<string, { good: string; bad: string }> = {
  [TAG.grammar]: { good: 'grammar: 1', bad: 'grammar: 2' },
  [TAG.id]: { good: 'id: hotel.night_lobby', bad: 'id: Night Lobby' },
  [TAG.title]: { good: 'title: Night shift', bad: 'title:' },
  [TAG.setting]: { good: 'setting: hotel', bad: 'setting: casino' },
  [TAG.summary]: { good: 'summary: A quiet night.', bad: 'summary' },
  [TAG.minutes]: { good: 'minutes: 10', bad: 'minutes: ten' },
  [TAG.situation]: { good: 'situation: labour_trafficking', bad: 'situation: smuggling' },
  [TAG.minor]: { good: 'minor: yes', bad: 'minor: maybe' },
  [TAG.contentNote]: { good: 'content_note: Mentions exploitation.', bad: 'content_note:' },
  [TAG.focus]: { good: 'focus: Who holds the ID', bad: 'focus:' },
  [TAG.variants]: { good: 'variants: 2', bad: 'variants: 9' },
  [TAG.character]: { good: 'character: mara; Mara; A guest', bad: 'character: mara; Mara' },
  [TAG.distractor]: { good: 'distractor: not.speaks_other_language', bad: 'distractor: not.hair_colour' },
  [TAG.teaches]: { good: 'teaches: myth.would_ask_for_help', bad: 'teaches: myth.unknown' },
  [TAG.phase]: { good: 'phase: observe', bad: 'phase: debrief' },
  [TAG.bg]: { good: 'bg: hotel_lobby_night', bad: 'bg: moon_base' },
  [TAG.show]: { good: 'show: mara:anxious', bad: 'show: mara:furious' },
  [TAG.hide]: { good: 'hide: victor', bad: 'hide: nobody' },
  [TAG.ambience]: { good: 'ambience: lobby_night', bad: 'ambience: jungle' },
  [TAG.requires]: { good: 'requires: hotline', bad: 'requires: arrest' },
  [TAG.ending]: { good: 'ending: card_taken; She takes the card', bad: 'ending: card_taken' },
  [TAG.speaker]: { good: 'speaker: victor', bad: 'speaker: stranger' },
  [TAG.indicator]: { good: 'indicator: hotel.few_possessions_long_stay', bad: 'indicator: hotel.made_up' },
  [TAG.sound]: { good: 'sound: lift_chime', bad: 'sound: explosion' },
  [TAG.observe]: { good: 'observe: plastic_bag', bad: 'observe: Plastic Bag' },
  [TAG.reveals]: { good: 'reveals: nothing', bad: 'reveals: hotel.made_up' },
  [TAG.score]: { good: 'score: trust +2', bad: 'score: trust +9' },
  [TAG.why]: { good: 'why: It keeps her safe.', bad: 'why:' },
  [TAG.critical]: { good: 'critical: confront_controller', bad: 'critical: being_rude' },
  [TAG.myth]: { good: 'myth: myth.would_ask_for_help', bad: 'myth: myth.unknown' },
  [TAG.report]: { good: 'report', bad: 'report: now' },
  [TAG.action]: { good: 'action: supervisor', bad: 'action: none' },
  [TAG.discuss]: { good: 'discuss: What would you want to know first?', bad: 'discuss:' },
  [TAG.ambiguous]: { good: 'ambiguous: hotel.few_possessions_long_stay', bad: 'ambiguous: hotel.made_up' },
  [TAG.resolves]: { good: 'resolves: hotel.few_possessions_long_stay', bad: 'resolves: nothing' },
};

/** Tags a choice needs alongside the one under test, so only the rule under test can fail. */
function companions(key: string): string[] {
  if (key === TAG.observe) return ['reveals: nothing'];
  if (key === TAG.reveals) return ['observe: plastic_bag'];
  if (key === TAG.ambiguous) return ['observe: plastic_bag', 'reveals: nothing'];
  if (key === TAG.score || key === TAG.critical) return ['why: because'];
  return [];
}

function parseIn(scope: TagScope, tags: string[]) {
  if (scope === 'global')
    return parseGlobalTags(tags, ctx).problems.filter((p) => !p.message.startsWith('missing'));
  if (scope === 'choice') return parseChoiceTags(tags, ctx).problems;
  return parseLineTags(tags, ctx).problems;
}

describe('tag grammar v1', () => {
  it('has a test case for every rule', () => {
    expect(Object.keys(CASES).sort()).toEqual(TAG_RULES.map((r) => r.key).sort());
  });

  for (const rule of TAG_RULES) {
    const scope = rule.scopes[0] as TagScope;
    const c = CASES[rule.key];
    describe(`"${rule.key}" (${rule.scopes.join('/')})`, () => {
      it('accepts a valid value', () => {
        expect(parseIn(scope, [c!.good, ...companions(rule.key)])).toEqual([]);
      });
      it('rejects an invalid value, naming the tag', () => {
        const problems = parseIn(scope, [c!.bad, ...companions(rule.key)]);
        expect(problems.length).toBeGreaterThan(0);
        expect(problems[0]!.message).toContain(`"${rule.key}"`);
      });
      it('is refused in a scope it does not belong to', () => {
        const lineish = rule.scopes.some((s) => s === 'knot' || s === 'line');
        const other: TagScope = rule.scopes.includes('choice') ? (lineish ? 'global' : 'line') : 'choice';
        const problems = parseIn(other, [c!.good]);
        expect(problems.some((p) => p.message.includes('cannot be used'))).toBe(true);
      });
      if (!rule.repeatable) {
        it('may appear only once', () => {
          const problems = parseIn(scope, [c!.good, c!.good, ...companions(rule.key)]);
          expect(problems.some((p) => p.message.includes('only once'))).toBe(true);
        });
      }
    });
  }

  it('example in every rule is itself valid', () => {
    for (const rule of TAG_RULES) {
      const { example } = TAG_DOCS[rule.key];
      const raw = example.includes('#') ? example.slice(example.lastIndexOf('#') + 1) : example;
      const scope = rule.scopes[0] as TagScope;
      expect(parseIn(scope, [raw.trim(), ...companions(rule.key)]), rule.key).toEqual([]);
    }
  });

  it('reads a discussion prompt on a line, and leaves it out when there is none', () => {
    const withPrompt = parseLineTags(
      ['speaker: mara', 'discuss: Who is in control here: how can you tell?'],
      ctx,
    );
    expect(withPrompt.problems).toEqual([]);
    expect(withPrompt.value.discuss).toBe('Who is in control here: how can you tell?');
    expect(withPrompt.value.speaker).toBe('mara');
    expect(parseLineTags(['speaker: mara'], ctx).value.discuss).toBeUndefined();
  });

  it('reports unknown tags', () => {
    expect(parseLineTags(['colour: red'], ctx).problems[0]?.message).toBe('unknown tag "colour"');
  });

  it('splits key and value and trims stray whitespace', () => {
    expect(splitTag('  score:  trust +1 ')).toEqual({
      key: 'score',
      value: 'trust +1',
      raw: 'score:  trust +1',
    });
    expect(splitTag('report')).toEqual({ key: 'report', value: '', raw: 'report' });
  });

  it('parses a full header into encounter metadata', () => {
    const { value, problems } = parseGlobalTags(
      [
        'grammar: 1',
        'id: hotel.night_lobby',
        'title: Night shift',
        'setting: hotel',
        'summary: A quiet night.',
        'minutes: 10',
        'situation: sex_trafficking',
        'minor: no',
        'content_note: Mentions exploitation.',
        'character: mara; Mara; A guest in her twenties',
        'character: victor | Victor | A man who answers for her',
        'distractor: not.speaks_other_language',
      ],
      ctx,
    );
    expect(problems).toEqual([]);
    expect(value.id).toBe('hotel.night_lobby');
    expect(value.minutes).toBe(10);
    expect(value.minor).toBe(false);
    expect(value.characters.map((c) => c.name)).toEqual(['Mara', 'Victor']);
    expect(value.distractors).toEqual(['not.speaks_other_language']);
  });

  it('lists each missing required header tag', () => {
    const { problems } = parseGlobalTags(['grammar: 1', 'id: hotel.x'], ctx);
    const missing = problems.map((p) => p.message);
    expect(missing).toContain('missing global tag "title"');
    expect(missing).toContain('missing global tag "content_note"');
    expect(missing).not.toContain('missing global tag "id"');
  });

  it('requires the id to start with the setting', () => {
    const { problems } = parseGlobalTags(['id: store.x', 'setting: hotel'], ctx);
    expect(problems.some((p) => p.message.includes('must start with the setting'))).toBe(true);
  });

  it('ties observe and reveals together', () => {
    expect(parseChoiceTags(['observe: plastic_bag'], ctx).problems[0]?.message).toContain(
      'needs a "reveals"',
    );
    expect(parseChoiceTags(['reveals: nothing'], ctx).problems[0]?.message).toContain(
      'only allowed with "observe"',
    );
    const ok = parseChoiceTags(['observe: plastic_bag', 'reveals: hotel.few_possessions_long_stay'], ctx);
    expect(ok.problems).toEqual([]);
    expect(ok.value.reveals).toBe('hotel.few_possessions_long_stay');
    expect(parseChoiceTags(['observe: plastic_bag', 'reveals: nothing'], ctx).value.reveals).toBeNull();
  });

  it('ties an ambiguous look to observe, and keeps resolves off looks', () => {
    const id = 'hotel.few_possessions_long_stay';
    const messages = (tags: string[]) => parseChoiceTags(tags, ctx).problems.map((p) => p.message);
    expect(messages([`ambiguous: ${id}`])).toEqual(['"ambiguous" is only allowed with "observe"']);
    expect(messages(['observe: plastic_bag', `reveals: ${id}`, `ambiguous: ${id}`])[0]).toContain(
      'already "reveals"',
    );
    expect(messages(['observe: plastic_bag', 'reveals: nothing', `resolves: ${id}`])[0]).toContain(
      'belongs on a question',
    );
    const look = parseChoiceTags(['observe: plastic_bag', 'reveals: nothing', `ambiguous: ${id}`], ctx);
    expect(look.problems).toEqual([]);
    expect(look.value.ambiguous).toBe(id);
    const question = parseChoiceTags([`resolves: ${id}`, 'score: trust +1', 'why: It asks.'], ctx);
    expect(question.problems).toEqual([]);
    expect(question.value.resolves).toBe(id);
  });

  it('needs a rationale for scored and critical choices', () => {
    expect(parseChoiceTags(['score: trust +2'], ctx).problems[0]?.message).toContain('"why"');
    expect(parseChoiceTags(['critical: confront_controller'], ctx).problems[0]?.message).toContain('"why"');
    const scored = parseChoiceTags(['score: trust +2', 'score: safety -1', 'why: Kind and clear.'], ctx);
    expect(scored.problems).toEqual([]);
    expect(scored.value.scores).toEqual([
      { dimension: 'trust', value: 2 },
      { dimension: 'safety', value: -1 },
    ]);
  });

  it('refuses zero points and the same dimension twice', () => {
    expect(parseChoiceTags(['score: trust +0', 'why: x'], ctx).problems[0]?.message).toContain('not 0');
    expect(
      parseChoiceTags(['score: trust +1', 'score: trust -1', 'why: x'], ctx).problems[0]?.message,
    ).toContain('scored twice');
  });

  it('keeps the report choice free of observation and score', () => {
    expect(
      parseChoiceTags(['report', 'observe: plastic_bag', 'reveals: nothing'], ctx).problems.at(-1)?.message,
    ).toContain('cannot also observe or score');
  });

  it('accepts knot tags on a line, as ink attaches them to the first line', () => {
    const { value, problems } = parseLineTags(
      [
        'phase: talk',
        'bg: hotel_lobby_night',
        'show: mara:guarded',
        'speaker: mara',
        'indicator: hotel.few_possessions_long_stay',
      ],
      ctx,
    );
    expect(problems).toEqual([]);
    expect(value).toMatchObject({ phase: 'talk', bg: 'hotel_lobby_night', speaker: 'mara' });
    expect(value.show).toEqual([{ character: 'mara', mood: 'guarded' }]);
  });

  it('does not check ids when no catalog is given', () => {
    expect(parseLineTags(['indicator: anything.at_all']).problems).toEqual([]);
  });
});
