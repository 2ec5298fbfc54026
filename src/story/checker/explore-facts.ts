// What the explorer (explore-variant.ts) learns of a story along the way, whatever the state: the
// indicators it can show and where, its endings, critical errors and myths, the knots it passes
// through, and the most indicators one path shows.

import type { IndicatorPlace } from '../../core/encounter/analysis.ts';
import type { StoryChoice, StoryStep } from '../../core/encounter/beats.ts';

export class StoryFacts {
  private readonly indicators = new Map<string, IndicatorPlace[]>();
  private readonly endings = new Map<string, string>();
  private readonly critical = new Set<string>();
  private readonly myths = new Set<string>();
  readonly knotsSeen = new Set<string>();
  maxSeen = 0;

  /** Where an indicator can be seen; the same place (how and what text) is kept once. */
  place(id: string, p: IndicatorPlace): void {
    const list = this.indicators.get(id) ?? [];
    if (!list.some((x) => x.via === p.via && x.text === p.text)) list.push(p);
    this.indicators.set(id, list);
  }

  /** A step's lines: the knots they come from, the indicators they show, the endings they reach. */
  noteLines(step: StoryStep): void {
    for (const l of step.lines) {
      if (l.knot) this.knotsSeen.add(l.knot);
      for (const id of l.tags.indicators) this.place(id, { via: 'line', text: l.text.slice(0, 90) });
      if (l.tags.ending) this.endings.set(l.tags.ending.id, l.tags.ending.title);
    }
  }

  /**
   * A choice on offer: its critical errors and myths, the indicator its look reveals (named by the
   * hotspot's `label` when the scene has it), the indicators it shows, and the knot it is in.
   */
  noteChoice(choice: StoryChoice, label: string | undefined, scene?: string): void {
    for (const id of choice.tags.critical) this.critical.add(id);
    for (const id of choice.tags.myths) this.myths.add(id);
    const hotspot = choice.tags.observe;
    if (hotspot && choice.tags.reveals)
      this.place(choice.tags.reveals, {
        via: 'look',
        text: label ?? choice.text,
        ...(label !== undefined && scene ? { scene, hotspot } : {}),
      });
    for (const id of choice.tags.indicators) this.place(id, { via: 'choice', text: choice.text });
    this.knotsSeen.add(choice.id.split('.')[0] ?? '');
  }

  /** Indicators by id, in id order. */
  indicatorPlaces(): Record<string, IndicatorPlace[]> {
    return Object.fromEntries([...this.indicators.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  endingList(): { id: string; title: string }[] {
    return [...this.endings.entries()].map(([id, title]) => ({ id, title }));
  }

  criticalErrors(): string[] {
    return [...this.critical].sort();
  }

  mythList(): string[] {
    return [...this.myths].sort();
  }
}
