// The story adapter leans on inkjs internals in two places: the explorer's fast save, restore and key
// (src/story/ink-state.ts: private state fields, the writer calls StoryState.WriteJson makes, the
// visit-count methods it wraps) and a prototype patch in the compiler wrapper (src/story/checker/compile.ts:
// InkParser's identifierCharSet getter); the runner clears two Story fields after abandoning a step
// (src/story/runner.ts). inkjs is pinned exactly in package.json; this test says
// clearly what changed if an upgrade moves any of it, before the slower equivalence tests in
// ink-state.test.ts fail in less obvious ways.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as inkFull from 'inkjs/full';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/check/library.ts';
import { compileInk } from '../../src/story/checker/compile.ts';
import { StoryRunner } from '../../src/story/runner.ts';

const SOURCE = `VAR x = 1
Hello.
* [Left] Left.
* [Right] Right.
- -> END
`;

/** What a value must look like for the adapter's use of it. */
type Kind = 'map' | 'array' | 'number' | 'boolean' | 'function' | 'object' | 'null-or-map' | 'null';
const KIND: Record<Kind, (v: unknown) => boolean> = {
  map: (v) => v instanceof Map,
  array: (v) => Array.isArray(v),
  number: (v) => typeof v === 'number',
  boolean: (v) => typeof v === 'boolean',
  function: (v) => typeof v === 'function',
  object: (v) => typeof v === 'object' && v !== null,
  'null-or-map': (v) => v === null || v instanceof Map,
  null: (v) => v === null,
};

/** Every internal of a fresh story's state that src/story/ink-state.ts reads or writes, by path. */
const STATE_FIELDS: Record<string, Kind> = {
  _currentFlow: 'object',
  '_currentFlow.callStack': 'object',
  '_currentFlow.callStack.constructor': 'function',
  '_currentFlow.outputStream': 'array',
  '_currentFlow.currentChoices': 'array',
  _namedFlows: 'null-or-map',
  _patch: 'null',
  _variablesState: 'object',
  '_variablesState._globalVariables': 'map',
  '_variablesState.callStack': 'object',
  '_variablesState.patch': 'null',
  _evaluationStack: 'array',
  divertedPointer: 'object',
  'divertedPointer.copy': 'function',
  _visitCounts: 'map',
  _turnIndices: 'map',
  currentTurnIndex: 'number',
  storySeed: 'number',
  previousRandom: 'number',
  _aliveFlowNamesDirty: 'boolean',
  OutputStreamDirty: 'function',
  WriteJson: 'function',
  ToJson: 'function',
  LoadJson: 'function',
  VisitCountForContainer: 'function',
  IncrementVisitCountForContainer: 'function',
};

/** The writer methods ink-key.ts's KeyWriter implements (StoryState.WriteJson may call only these). */
const KEY_WRITER_METHODS = new Set([
  'WriteObject',
  'WriteObjectStart',
  'WriteObjectEnd',
  'WriteArrayStart',
  'WriteArrayEnd',
  'WritePropertyStart',
  'WritePropertyEnd',
  'WriteProperty',
  'WriteIntProperty',
  'WriteFloatProperty',
  'WritePropertyNameStart',
  'WritePropertyNameInner',
  'WritePropertyNameEnd',
  'Write',
  'WriteBool',
  'WriteInt',
  'WriteFloat',
  'WriteNull',
  'WriteStringStart',
  'WriteStringInner',
  'WriteStringEnd',
]);

function at(root: unknown, path: string): unknown {
  let v: unknown = root;
  for (const part of path.split('.')) v = v == null ? undefined : (v as Record<string, unknown>)[part];
  return v;
}

function runner(): StoryRunner {
  const json = compileInk(join(ROOT, 'internals.ink'), SOURCE, ROOT).json;
  if (!json) throw new Error('the fixture does not compile');
  const r = new StoryRunner(json);
  r.continue();
  return r;
}

const installed = (
  JSON.parse(readFileSync(join(ROOT, 'node_modules/inkjs/package.json'), 'utf8')) as {
    version: string;
  }
).version;

function explain(problems: string[]): string {
  return `inkjs ${installed} no longer has the internals the story adapter relies on:\n  - ${problems.join('\n  - ')}\nUpdate src/story/ink-state.ts / src/story/checker/compile.ts for this version (or keep the pinned one).`;
}

describe('inkjs internals the runner and the explorer rely on', () => {
  it('has the Story fields the runner clears after a step it abandons', () => {
    const story = (runner() as unknown as { story: Record<string, unknown> }).story;
    expect(typeof story['_asyncContinueActive'], explain(['Story._asyncContinueActive'])).toBe('boolean');
    expect('_stateSnapshotAtLastNewline' in story, explain(['Story._stateSnapshotAtLastNewline'])).toBe(true);
  });

  it('saves a thread counter and numbered threads, as src/story/thread-numbers.ts renumbers', () => {
    const saved = JSON.parse(runner().save()) as {
      flows: Record<string, { callstack: { threads: { threadIndex: number }[]; threadCounter: number } }>;
    };
    const flow = Object.values(saved.flows)[0]!;
    expect(typeof flow.callstack.threadCounter, explain(['callstack.threadCounter'])).toBe('number');
    expect(typeof flow.callstack.threads[0]?.threadIndex, explain(['threads[].threadIndex'])).toBe('number');
  });
});

describe('inkjs internals the adapter relies on', () => {
  it('is pinned to one exact version, and that version is installed', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const wanted = pkg.dependencies['inkjs'] ?? '';
    expect(wanted, 'package.json must pin inkjs exactly (no ^ or ~)').toMatch(/^\d+\.\d+\.\d+$/);
    expect(installed, 'the installed inkjs is not the pinned one: run npm ci').toBe(wanted);
  });

  it('has every story-state field and method ink-state.ts reads or writes', () => {
    const state = runner().inkState;
    const problems = Object.entries(STATE_FIELDS).flatMap(([path, kind]) =>
      KIND[kind](at(state, path)) ? [] : [`StoryState.${path} is not a ${kind} (src/story/ink-state.ts)`],
    );
    expect(problems, explain(problems)).toEqual([]);
  });

  it('copies a call stack and a pointer, and clones a choice keeping its thread', () => {
    const state = runner().inkState;
    const problems: string[] = [];
    const cs = state._currentFlow.callStack;
    const copy = new cs.constructor(cs);
    if (copy === cs || Object.getPrototypeOf(copy) !== Object.getPrototypeOf(cs))
      problems.push('new CallStack(other) no longer copies a call stack');
    const choice = state._currentFlow.currentChoices[0];
    if (!choice || typeof choice.Clone !== 'function') problems.push('Choice.Clone is gone');
    else if (!('tags' in choice)) problems.push('Choice.tags is gone');
    expect(problems, explain(problems)).toEqual([]);
  });

  it('writes its save through writer methods the state key implements', () => {
    const state = runner().inkState;
    const called = new Set<string>();
    const writer: object = new Proxy(
      {},
      {
        get: (_t, name) => {
          if (typeof name === 'string') called.add(name);
          return function (this: unknown, ...args: unknown[]) {
            // WriteObject(inner) calls back with the writer.
            if (name === 'WriteObject' && typeof args[0] === 'function')
              (args[0] as (w: unknown) => void)(writer);
          };
        },
      },
    );
    state.WriteJson(writer);
    const problems = [...called]
      .filter((m) => !KEY_WRITER_METHODS.has(m))
      .map((m) => `StoryState.WriteJson calls writer.${m}, which KeyWriter (src/story/ink-key.ts) lacks`);
    expect(called.size, 'StoryState.WriteJson wrote nothing through the writer').toBeGreaterThan(0);
    expect(problems, explain(problems)).toEqual([]);
  });

  it('builds identifier characters in a getter on InkParser.prototype (patched by compile.ts)', () => {
    const proto = (inkFull as unknown as { InkParser?: { prototype: object } }).InkParser?.prototype;
    const problems: string[] = [];
    if (!proto) problems.push('inkjs/full no longer exports InkParser (src/story/checker/compile.ts)');
    else if (typeof Object.getOwnPropertyDescriptor(proto, 'identifierCharSet')?.get !== 'function')
      problems.push(
        'InkParser.prototype.identifierCharSet is no longer a getter (src/story/checker/compile.ts)',
      );
    expect(problems, explain(problems)).toEqual([]);
  });
});
