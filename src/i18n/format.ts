// Numbers, dates and lists in the interface's active language, through `Intl`. Messages format their
// own arguments (ICU `{n, number}`, `{p, number, percent}`); these are for text built outside one.

import { activeLocale } from './messages.ts';

/** A whole number or decimal, grouped as the active language writes it ("1,234"). */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(activeLocale()).format(n);
}

/** A score that may be negative, with a true minus sign ("−3") and no sign for zero or more. */
export function formatSigned(n: number): string {
  const abs = formatNumber(Math.abs(n));
  return n < 0 ? `\u2212${abs}` : abs;
}

/** Points gained or lost, always signed ("+2", "−1", "0"). */
export function formatPoints(n: number): string {
  return n > 0 ? `+${formatNumber(n)}` : formatSigned(n);
}

/** A whole percentage (0–100) as the active language writes it ("80%"). */
export function formatPercent(percent: number): string {
  return new Intl.NumberFormat(activeLocale(), { style: 'percent', maximumFractionDigits: 0 }).format(
    percent / 100,
  );
}

/** A calendar date, long form ("December 5, 2026" / "5 de diciembre de 2026"). */
export function formatDate(date: Date | number | string): string {
  return new Intl.DateTimeFormat(activeLocale(), { dateStyle: 'long' }).format(new Date(date));
}

/** A list joined as the active language joins one ("a, b, and c" / "a, b y c"). */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(activeLocale(), { style: 'long', type: 'conjunction' }).format(items);
}
