// The debrief's scores: the total, and a table of dimensions, each with its score drawn as a bar
// beside the numbers (what the path allowed, the maximum).

import type { Debrief } from '../../core/encounter/debrief.ts';
import { formatNumber, formatSigned } from '../../i18n/format.ts';
import { h } from '../dom.ts';
import { DEBRIEF_STRINGS as D } from '../strings/strings-debrief.ts';
import { section } from './debrief-sections.ts';

/** A span along the bar, as CSS percentages of its width. */
export interface BarSpan {
  left: string;
  width: string;
}

/** Where a score bar's parts sit: what the path allowed (if above zero), the score (if not zero), zero. */
export interface BarGeometry {
  path: BarSpan | null;
  fill: (BarSpan & { negative: boolean }) | null;
  zero: string;
}

/**
 * A dimension's score on a scale from the lowest of zero and the score to the highest of the
 * maximum and the score, with zero marked: a negative score is drawn to the left of zero, and what
 * the path allowed as an outline from zero.
 */
export function barGeometry(score: number, path: number | undefined, max: number): BarGeometry {
  const lo = Math.min(0, score);
  const hi = Math.max(1, max, score, path ?? 0);
  const at = (v: number) => `${((100 * (v - lo)) / (hi - lo)).toFixed(1)}%`;
  const width = (a: number, b: number) => `${((100 * Math.abs(b - a)) / (hi - lo)).toFixed(1)}%`;
  return {
    path: path !== undefined && path > 0 ? { left: at(0), width: width(0, path) } : null,
    fill: score !== 0 ? { left: at(Math.min(0, score)), width: width(0, score), negative: score < 0 } : null,
    zero: at(0),
  };
}

/** The bar itself, hidden from screen readers: the numbers beside it carry the meaning. */
function scoreBar(score: number, path: number | undefined, max: number): HTMLElement {
  const g = barGeometry(score, path, max);
  return h(
    'span',
    { class: 'score-bar', 'aria-hidden': 'true' },
    g.path ? h('span', { class: 'bar-path', style: `left:${g.path.left};width:${g.path.width}` }) : null,
    g.fill
      ? h('span', {
          class: g.fill.negative ? 'bar-fill bar-negative' : 'bar-fill',
          style: `left:${g.fill.left};width:${g.fill.width}`,
        })
      : null,
    h('span', { class: 'bar-zero', style: `left:${g.zero}` }),
  );
}

export function scoresSection(d: Debrief): HTMLElement {
  return section(
    'scores',
    D.scores,
    h(
      'p',
      { class: 'total' },
      D.total({ score: d.total.score, max: d.total.max, percent: d.total.percent / 100 }),
    ),
    d.total.path !== undefined
      ? h('p', { class: 'total-path' }, D.totalPath({ points: d.total.path }))
      : null,
    h(
      'table',
      { class: 'score-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, D.colDimension),
          h('th', { scope: 'col' }, D.colScore),
          h('th', { scope: 'col' }, D.colPath),
          h('th', { scope: 'col' }, D.colMax),
        ),
      ),
      h(
        'tbody',
        {},
        d.dimensions.map((dim) =>
          h(
            'tr',
            { class: dim.score < 0 ? 'dim negative' : 'dim' },
            h(
              'th',
              { scope: 'row' },
              h('span', {}, dim.name),
              h('span', { class: 'dim-desc' }, dim.description),
            ),
            h('td', {}, scoreBar(dim.score, dim.path, dim.max), ` ${formatSigned(dim.score)}`),
            h('td', {}, dim.path === undefined ? '–' : formatSigned(dim.path)),
            h('td', {}, formatNumber(dim.max)),
          ),
        ),
      ),
    ),
    h('p', { class: 'hint' }, D.scoreKey),
  );
}
