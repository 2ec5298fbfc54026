// The Organisation set-up form's contacts: the emergency number, the hotlines (added and removed,
// each with its yes/no facts), the escalation steps, and the named contacts (child protection,
// labour standards).

import { ATTRIBUTE_TEXT_MAX, LIMITS } from '../../core/config/config.ts';
import {
  emptyHotline,
  hotlineField,
  ORG_FIELDS,
  type HotlineValues,
  type Tristate,
} from '../../core/config/org-form.ts';
import { h } from '../dom.ts';
import { ORG_STRINGS as T } from '../strings/strings-org.ts';
import { bind, NAMED_CONTACT_FIELDSETS } from './org-named-contacts.ts';
import { describedBy, errorId, errorSlot, inputId, textField, type OrgFormCtx } from './org-setup-fields.ts';

const ADD_HOTLINE_ID = 'org-add-hotline';
type HotlineTextPart = 'name' | 'phone' | 'text' | 'languages' | 'hours';

/** The longest text a hotline part takes: a short attribute for languages and hours, a name otherwise. */
export function hotlinePartMax(part: HotlineTextPart): number {
  return part === 'languages' || part === 'hours' ? ATTRIBUTE_TEXT_MAX : LIMITS.name;
}

/** The contacts fieldset. */
export function contactsSection(ctx: OrgFormCtx): HTMLElement {
  const { values } = ctx.state;
  return h(
    'fieldset',
    {},
    h('legend', {}, T.contacts),
    textField(
      ctx,
      ORG_FIELDS.emergencyNumber,
      T.emergency,
      values.emergencyNumber,
      (v) => (values.emergencyNumber = v),
      { type: 'tel' },
    ),
    hotlinesFieldset(ctx),
    textField(ctx, ORG_FIELDS.escalation, T.escalation, values.escalation, (v) => (values.escalation = v), {
      multiline: true,
      hint: T.escalationHint,
    }),
    NAMED_CONTACT_FIELDSETS.map((c) =>
      h(
        'fieldset',
        { class: c.cls },
        h('legend', {}, c.legend),
        h('p', { class: 'hint review-note' }, c.hint),
        textField(ctx, c.name.field, c.name.label, ...bind(values, c.name.key), { max: LIMITS.name }),
        textField(ctx, c.phone.field, c.phone.label, ...bind(values, c.phone.key), { type: 'tel' }),
      ),
    ),
  );
}

function hotlinesFieldset(ctx: OrgFormCtx): HTMLElement {
  const { values } = ctx.state;
  return h(
    'fieldset',
    {
      id: inputId(ORG_FIELDS.hotlines),
      'aria-describedby': `org-hotlines-hint ${errorId(ORG_FIELDS.hotlines)}`,
    },
    h('legend', {}, T.hotlines),
    h('p', { class: 'hint', id: 'org-hotlines-hint' }, T.hotlinesHelp),
    values.hotlines.map((hl, i) => hotlineBlock(ctx, hl, i)),
    errorSlot(ORG_FIELDS.hotlines),
    values.hotlines.length < LIMITS.hotlines
      ? h(
          'button',
          {
            type: 'button',
            id: ADD_HOTLINE_ID,
            onclick: () => {
              values.hotlines.push(emptyHotline());
              ctx.render(inputId(hotlineField(values.hotlines.length - 1, 'name')));
            },
          },
          T.addHotline,
        )
      : null,
  );
}

function hotlineBlock(ctx: OrgFormCtx, hl: HotlineValues, i: number): HTMLElement {
  const { values } = ctx.state;
  const part = (p: HotlineTextPart, label: string, type: string) =>
    textField(
      ctx,
      hotlineField(i, p),
      label,
      hl[p],
      (v) => {
        hl[p] = v;
      },
      { type, max: hotlinePartMax(p) },
    );
  return h(
    'fieldset',
    { class: 'hotline-group' },
    h('legend', {}, T.hotline({ n: i + 1 })),
    part('name', T.hotlineName, 'text'),
    part('phone', T.hotlinePhone, 'tel'),
    part('text', T.hotlineText, 'text'),
    h('p', { class: 'hint' }, T.hotlineFacts),
    hotlineFact(ctx, hl, i, 'isPolice', T.hotlineIsPolice),
    hotlineFact(ctx, hl, i, 'consentBased', T.hotlineConsent),
    part('languages', T.hotlineLanguages, 'text'),
    part('hours', T.hotlineHours, 'text'),
    values.hotlines.length > 1
      ? h(
          'div',
          { class: 'row' },
          h(
            'button',
            {
              type: 'button',
              onclick: () => {
                values.hotlines.splice(i, 1);
                ctx.render(ADD_HOTLINE_ID);
              },
            },
            T.removeHotline({ n: i + 1 }),
          ),
        )
      : null,
  );
}

/** A yes / no / not known choice about a hotline. */
function hotlineFact(
  ctx: OrgFormCtx,
  hl: HotlineValues,
  i: number,
  p: 'isPolice' | 'consentBased',
  label: string,
): HTMLElement {
  const field = hotlineField(i, p);
  return h(
    'div',
    { class: 'field' },
    h('label', { for: inputId(field) }, label),
    h(
      'select',
      {
        id: inputId(field),
        name: field,
        'aria-describedby': describedBy(field),
        onchange: (ev: Event) => {
          hl[p] = (ev.target as HTMLSelectElement).value as Tristate;
          ctx.validate();
        },
      },
      (
        [
          ['', T.factUnset],
          ['yes', T.factYes],
          ['no', T.factNo],
        ] as const
      ).map(([value, text]) => h('option', { value, selected: hl[p] === value }, text)),
    ),
    errorSlot(field),
  );
}
