// The organisation as the learner sees it: its name and logo in the top bar, and its own policy
// wording on the briefing screen and in the debrief. All of it comes from the configuration.

import type { AppConfig } from '../../core/config/config.ts';
import { h } from '../dom.ts';
// (Its styles, org.css, come with every page's: src/ui/page-styles.ts.)
import { STRINGS } from '../strings/strings.ts';

/** The organisation's logo (alt text: its name) and name, for the top bar. */
export function orgBrand(config: AppConfig): HTMLElement {
  const { name, logo } = config.organisation;
  const el = h('p', { class: 'org-brand' });
  if (logo) {
    const img = h('img', { class: 'org-logo', src: logo, alt: name, height: 32 });
    // A logo that cannot be loaded falls back to the name as text.
    img.addEventListener('error', () => {
      img.remove();
      text.removeAttribute('aria-hidden');
    });
    el.append(img);
  }
  // With a logo, its alt text already gives the name to screen readers.
  const text = h('span', { class: 'org-name', 'aria-hidden': logo ? 'true' : null }, name);
  el.append(text);
  return el;
}

/** The organisation's policy text for a moment of the encounter, or null when it has none. */
export function policyNote(
  config: AppConfig,
  moment: 'briefing' | 'debrief',
  heading: 'h3' | 'h4' = 'h3',
): HTMLElement | null {
  const text = config.policy[moment];
  if (!text) return null;
  const id = `policy-${moment}-title`;
  return h(
    'div',
    { class: `card policy policy-${moment}`, role: 'note', 'aria-labelledby': id },
    h(heading, { id }, STRINGS.org.policyHeading({ org: config.organisation.name })),
    text.split(/\n{2,}/).map((para) => h('p', {}, para)),
  );
}
