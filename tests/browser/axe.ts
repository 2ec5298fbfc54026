// axe-core (WCAG 2.2 AA rules) for the browser tests: injects it once per page or frame and returns
// each violation as a readable line, so a failing test says which rule, which screen and where.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function axe(target: Page | Frame, screen?: string): Promise<string[]> {
  // Evaluated by the browser's debugger protocol, not as an inline <script>, so the game's Content
  // Security Policy (no inline script) does not stop it.
  if (!(await target.evaluate(() => 'axe' in window))) await target.evaluate(AXE_SOURCE);
  const violations = await target.evaluate(async (tags) => {
    const w = window as unknown as {
      axe: {
        run: (
          ctx: unknown,
          opts: unknown,
        ) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
      };
    };
    const result = await w.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
  }, WCAG_TAGS);
  return screen ? violations.map((v) => `[${screen}] ${v}`) : violations;
}
