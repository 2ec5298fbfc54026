// One shape for every problem found in a story, so the Vite overlay, the checker and the tests say
// the same thing: `file:line: severity: message`.

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  file: string;
  /** 1-based line in `file`, when known. */
  line?: number;
  severity: Severity;
  message: string;
  /** Text to look for in the source to find the line (a raw tag, a choice text); not printed. */
  hint?: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}${d.line !== undefined ? `:${d.line}` : ''}: ${d.severity}: ${d.message}`;
}

export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === 'error');
}

/** Finds the first line of `source` containing `needle` (1-based), to place a tag problem. */
export function lineOf(source: string, needle: string): number | undefined {
  if (!needle) return undefined;
  const lines = source.split(/\r?\n/);
  const i = lines.findIndex((l) => l.includes(needle));
  return i >= 0 ? i + 1 : undefined;
}

/**
 * Like `lineOf`, but for text as the player saw it, with variables filled in: when the whole text
 * is not in the source, the longest run of its words (at least `minWords`) that is.
 */
export function lineOfShown(source: string, shown: string, minWords = 3): number | undefined {
  const whole = lineOf(source, shown);
  if (whole !== undefined) return whole;
  const words = shown.split(/\s+/).filter(Boolean);
  for (let n = words.length - 1; n >= minWords; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const line = lineOf(source, words.slice(i, i + n).join(' '));
      if (line !== undefined) return line;
    }
  }
  return undefined;
}
