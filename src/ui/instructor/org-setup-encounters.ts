// The Organisation set-up form's choice of encounters: all of them (new ones included), or a
// chosen few, listed by setting.

import type { EncounterEntry } from '../../core/encounter/analysis.ts';
import { ORG_FIELDS } from '../../core/config/org-form.ts';
import { SETTINGS, type Setting } from '../../core/vocabulary.ts';
import { h } from '../dom.ts';
import { ORG_STRINGS as T } from '../strings/strings-org.ts';
import { STRINGS } from '../strings/strings.ts';
import { errorId, errorSlot, inputId, type OrgFormCtx } from './org-setup-fields.ts';

/** The id of an encounter's checkbox: its id with anything but letters, digits, _ and - made a dash. */
export const encounterChoiceId = (id: string): string => `org-enc-${id.replace(/[^a-z0-9_-]/gi, '-')}`;

/** The enabled list with `id` ticked (moved to the end) or unticked. */
export function withEncounter(enabled: readonly string[], id: string, on: boolean): string[] {
  const others = enabled.filter((x) => x !== id);
  return on ? [...others, id] : others;
}

/** The encounters fieldset: two radios, then (for "some") a checkbox per encounter by setting. */
export function encountersSection(ctx: OrgFormCtx, encounters: readonly EncounterEntry[]): HTMLElement {
  const { values } = ctx.state;
  const radio = (all: boolean, id: string, label: string) =>
    h(
      'div',
      { class: 'radio' },
      h('input', {
        type: 'radio',
        name: 'org-encounters-mode',
        id,
        checked: values.allEncounters === all,
        onchange: () => {
          values.allEncounters = all;
          ctx.render(id);
        },
      }),
      h('label', { for: id }, label),
    );
  return h(
    'fieldset',
    { id: inputId(ORG_FIELDS.encounters), 'aria-describedby': errorId(ORG_FIELDS.encounters) },
    h('legend', {}, T.encounters),
    radio(true, 'org-encounters-all', T.encountersAll),
    radio(false, 'org-encounters-some', T.encountersSome),
    values.allEncounters ? null : SETTINGS.map((setting) => settingChoices(ctx, setting, encounters)),
    errorSlot(ORG_FIELDS.encounters),
  );
}

function settingChoices(
  ctx: OrgFormCtx,
  setting: Setting,
  encounters: readonly EncounterEntry[],
): HTMLElement | null {
  const { values } = ctx.state;
  const list = encounters.filter((e) => e.meta.setting === setting);
  if (list.length === 0) return null;
  return h(
    'fieldset',
    {},
    h('legend', {}, STRINGS.settingNames[setting]),
    h(
      'div',
      { class: 'encounter-choices' },
      list.map(({ meta }) => {
        const id = encounterChoiceId(meta.id);
        return h(
          'div',
          { class: 'check' },
          h('input', {
            type: 'checkbox',
            id,
            value: meta.id,
            checked: values.enabled.includes(meta.id),
            onchange: (ev: Event) => {
              values.enabled = withEncounter(
                values.enabled,
                meta.id,
                (ev.target as HTMLInputElement).checked,
              );
              ctx.validate();
            },
          }),
          h('label', { for: id }, meta.title),
        );
      }),
    ),
  );
}
