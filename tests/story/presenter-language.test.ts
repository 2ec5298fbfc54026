// Presenter mode's class language through the real store and a compiled encounter: the console's
// language command changes the snapshot's language, and the next question the phones get carries it.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/check/library.ts';
import type { FeedStatus, Tally, VoteFeed, VoteQuestion } from '../../src/core/classroom/classroom.ts';
import { openDecision } from '../../src/core/classroom/presenter.ts';
import { MSG } from '../../src/core/classroom/presenter-protocol.ts';
import { createPresenter } from '../../src/state/presenter.ts';
import { compiled, depsFor, memoryStorage } from './harness.ts';

const FILE = join(ROOT, 'stories', 'hotel', 'night-lobby.ink');

/** Records the questions the presenter puts to the phones. */
class RecordingFeed implements VoteFeed {
  opened: VoteQuestion[] = [];
  join() {
    return { code: 'K7Q4', url: 'http://192.168.1.20:8080/' };
  }
  status(): FeedStatus {
    return 'open';
  }
  open(q: VoteQuestion) {
    this.opened.push(q);
  }
  close() {}
  onTally(_l: (key: string, tally: Tally, voters: number) => void) {
    return () => undefined;
  }
  onStatus() {
    return () => undefined;
  }
  dispose() {}
}

describe('presenter mode: the class language', () => {
  it('starts in the projector’s language and follows the console’s choice to the phones', async () => {
    const feed = new RecordingFeed();
    const c = compiled(FILE);
    const { storage: _unused, ...deps } = depsFor(c, memoryStorage());
    const p = createPresenter({ ...deps, encounterId: c.meta.id, feed, lang: 'en-US' });
    await p.start();
    while (p.session().pending.length > 0) p.command({ type: MSG.continue });
    expect(p.snapshot().lang).toBe('en-US');
    expect(feed.opened.at(-1)?.lang).toBe('en-US');

    p.command({ type: MSG.language, lang: 'es-US' });
    expect(p.snapshot().lang).toBe('es-US');
    expect(p.snapshot().problem).toBeNull();
    // The open question keeps its votes; the next one goes to the phones in Spanish.
    const first = openDecision(p.session());
    expect(first).toBeDefined();
    p.command({ type: MSG.choose, key: first!.key, index: first!.options[0]!.index });
    while (p.session().pending.length > 0) p.command({ type: MSG.continue });
    const next = feed.opened.at(-1);
    expect(next?.key).not.toBe(first!.key);
    expect(next?.lang).toBe('es-US');
  });

  it('speaks English when the projector names no language', async () => {
    const c = compiled(FILE);
    const { storage: _unused, ...deps } = depsFor(c, memoryStorage());
    const p = createPresenter({ ...deps, encounterId: c.meta.id });
    await p.start();
    expect(p.snapshot().lang).toBe('en-US');
  });
});
