// The Organisation set-up form's plainer fieldsets: the organisation (name, jurisdiction, region,
// logo), its policy texts, and training (refresher interval, shared devices, the review tick).

import { LIMITS } from '../../core/config/config.ts';
import { ORG_FIELDS } from '../../core/config/org-form.ts';
import { h } from '../dom.ts';
import { sharedDeviceField } from '../learner/privacy.ts';
import { ORG_STRINGS as T } from '../strings/strings-org.ts';
import { errorId, errorSlot, inputId, textField, type OrgFormCtx } from './org-setup-fields.ts';
import { logoBlock } from './org-setup-logo.ts';

export function organisationSection(ctx: OrgFormCtx): HTMLElement {
  const { values } = ctx.state;
  return h(
    'fieldset',
    {},
    h('legend', {}, T.organisation),
    textField(ctx, ORG_FIELDS.name, T.name, values.name, (v) => (values.name = v), {
      max: LIMITS.name,
      autocomplete: 'organization',
    }),
    textField(
      ctx,
      ORG_FIELDS.jurisdiction,
      T.jurisdiction,
      values.jurisdiction,
      (v) => (values.jurisdiction = v),
      { max: LIMITS.jurisdiction },
    ),
    textField(ctx, ORG_FIELDS.region, T.region, values.region, (v) => (values.region = v)),
    logoBlock(ctx),
  );
}

export function policySection(ctx: OrgFormCtx): HTMLElement {
  const { values } = ctx.state;
  return h(
    'fieldset',
    {},
    h('legend', {}, T.policy),
    textField(ctx, ORG_FIELDS.briefing, T.policyBriefing, values.briefing, (v) => (values.briefing = v), {
      multiline: true,
      max: LIMITS.policy,
    }),
    textField(ctx, ORG_FIELDS.debrief, T.policyDebrief, values.debrief, (v) => (values.debrief = v), {
      multiline: true,
      max: LIMITS.policy,
    }),
  );
}

export function trainingSection(ctx: OrgFormCtx): HTMLElement {
  const { values } = ctx.state;
  return h(
    'fieldset',
    {},
    h('legend', {}, T.training),
    textField(
      ctx,
      ORG_FIELDS.refresherDays,
      T.refresherDays,
      values.refresherDays,
      (v) => (values.refresherDays = v),
      { type: 'number' },
    ),
    sharedDeviceField(values.sharedDevice, (on) => {
      values.sharedDevice = on;
      ctx.validate();
    }),
    h(
      'div',
      { class: 'check' },
      h('input', {
        type: 'checkbox',
        id: inputId(ORG_FIELDS.reviewed),
        checked: values.reviewed,
        'aria-describedby': `org-reviewed-hint ${errorId(ORG_FIELDS.reviewed)}`,
        onchange: (ev: Event) => {
          values.reviewed = (ev.target as HTMLInputElement).checked;
          ctx.validate();
        },
      }),
      h('label', { for: inputId(ORG_FIELDS.reviewed) }, T.reviewed),
    ),
    h('p', { class: 'hint', id: 'org-reviewed-hint' }, T.reviewedHint),
    errorSlot(ORG_FIELDS.reviewed),
  );
}
