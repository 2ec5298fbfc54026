// What a page shows and reads aloud, as texts with where they are, for the English judge
// (tests/browser/english-on-screen.ts): every rendered text of the DOM overlay (one text per block,
// so a sentence split by <strong> stays whole; hidden elements and ones marked in English, such as
// the "English" language button, left out; so are form fields' contents, which are what the user or
// the configuration typed), the attributes a screen reader or a tooltip reads, and the page's title.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { configIn, readConfig } from '../../src/core/config/config.ts';
import { englishOnScreen, type ScreenText } from './english-on-screen.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** Every string in a value, depth first. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/**
 * What may stay as it is on a screen in `locale`: the game's name, the organisation's name and every
 * configured contact of the default configuration as that language shows them (names, numbers, hours),
 * and the names of the characters of that language's stories. English left in a contact the
 * configuration translates is still found: only the translated words are allowed.
 */
export function allowedOnScreen(locale: string): string[] {
  const file = join(ROOT, 'src', 'config', 'default.config.json');
  const config = configIn(readConfig(file, JSON.parse(readFileSync(file, 'utf8'))), locale);
  const names: string[] = [];
  const stories = join(ROOT, 'stories', locale);
  for (const setting of readdirSync(stories))
    for (const f of readdirSync(join(stories, setting)).filter((n) => n.endsWith('.ink')))
      for (const m of readFileSync(join(stories, setting, f), 'utf8').matchAll(
        /^# character: [\w-]+; ([^;]+);/gm,
      ))
        names.push(m[1]!.trim());
  return ['Second Look', config.organisation.name, ...stringsIn(config.contacts), ...names];
}

/** Attributes whose words reach the learner. */
const READ_ATTRIBUTES = [
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'title',
  'alt',
  'placeholder',
];

/** Collects the texts on screen in `target` (runs in the page). */
export async function collectScreenText(target: Page | Frame): Promise<ScreenText[]> {
  return target.evaluate((attributes) => {
    const out: { text: string; where: string }[] = [];
    const where = (el: Element): string => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && e !== document.body && parts.length < 3; e = e.parentElement) {
        const classes = [...e.classList].slice(0, 2).map((c) => `.${c}`);
        parts.unshift(`${e.localName}${e.id ? `#${e.id}` : ''}${classes.join('')}`);
        if (e.id) break;
      }
      const role = el.getAttribute('role');
      return `${parts.join(' > ')}${role ? ` [role=${role}]` : ''}`;
    };
    // An option shows when its list is opened: it counts when its select is on screen.
    const shown = (el: Element): boolean =>
      (el.closest('select') ?? el).checkVisibility({ visibilityProperty: true });
    // A part of the page marked as English (the "English" language button), not the page itself.
    const markedEnglish = (el: Element): boolean =>
      (el.closest('body [lang]')?.getAttribute('lang') ?? '').startsWith('en');
    const skipped = (el: Element): boolean =>
      !!el.closest('script, style, noscript, template, textarea') || markedEnglish(el) || !shown(el);
    const blockOf = (el: Element): Element => {
      let e = el;
      while (e.parentElement && e !== document.body && getComputedStyle(e).display.startsWith('inline'))
        e = e.parentElement;
      return e;
    };

    const blocks = new Map<Element, string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const parent = node.parentElement;
      if (!parent || !text.trim() || skipped(parent)) continue;
      const block = blockOf(parent);
      blocks.set(block, `${blocks.get(block) ?? ''}${text}`);
    }
    for (const [block, text] of blocks)
      out.push({ text: text.replace(/\s+/g, ' ').trim(), where: where(block) });

    for (const el of document.body.querySelectorAll('*')) {
      if (skipped(el)) continue;
      for (const name of attributes) {
        const value = el.getAttribute(name);
        if (value?.trim()) out.push({ text: value.trim(), where: `${where(el)} @${name}` });
      }
    }
    if (document.title.trim()) out.push({ text: document.title.trim(), where: 'title' });
    return out;
  }, READ_ATTRIBUTES);
}

/**
 * The English on screen in `target`, each as a readable line naming the screen, where the text is,
 * the text and its English words; `allowed` are the names and contacts that may stay as they are.
 */
export async function englishIn(
  target: Page | Frame,
  screen: string,
  allowed: readonly string[],
): Promise<string[]> {
  return englishOnScreen(await collectScreenText(target), allowed).map(
    (f) => `[${screen}] ${f.where}: "${f.text}" (${f.words.join(', ')})`,
  );
}
