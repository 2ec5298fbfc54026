// The Organisation set-up screen: a form for everything in the configuration file, starting from the
// set-up in use or a regional preset. Every change is checked against the schema at once; each
// problem shows next to its field (aria-invalid, aria-describedby) and in a summary. The result is
// downloaded as config.json or kept on this device (src/app/config.ts decides which one is used).

import { ORG_STRINGS } from '../strings/strings-org.ts';
import { sharedDeviceField } from '../learner/privacy.ts';
import { bind, NAMED_CONTACT_FIELDSETS } from './org-named-contacts.ts';
import {
  ATTRIBUTE_TEXT_MAX,
  LIMITS,
  LOGO_MAX_BYTES,
  LOGO_TYPES,
  readConfig,
  toConfigFile,
  type AppConfig,
} from '../../core/config/config.ts';
import {
  emptyHotline,
  fieldProblem,
  fileFromForm,
  formValuesFrom,
  hotlineField,
  ORG_FIELDS,
  type FieldProblem,
  type OrgField,
  type OrgFormValues,
  type Tristate,
} from '../../core/config/org-form.ts';
import { DataError } from '../../core/validate.ts';
import { SETTINGS } from '../../core/vocabulary.ts';
import ca from '../../config/presets/ca.config.json';
import uk from '../../config/presets/uk.config.json';
import us from '../../config/presets/us.config.json';
import type { UiContext, View } from '../context.ts';
import { fill, h } from '../dom.ts';
import './org.css';
import { STRINGS } from '../strings/strings.ts';

const T = ORG_STRINGS;
const FILE_NAME = 'config.json';
/** The regions' presets; their names are read from T.presets when shown. */
const PRESETS: Record<keyof typeof T.presets, unknown> = { us, uk, ca };
const isPreset = (key: string): key is keyof typeof T.presets => Object.hasOwn(PRESETS, key);
const START_CURRENT = 'current';
const START_DEVICE = 'device';

const inputId = (field: OrgField) => `org-${field}`;
const errorId = (field: OrgField) => `org-${field}-error`;

export function orgSetupView(ctx: UiContext, onBack: () => void): View {
  const encounterIds = ctx.encounters.map((e) => e.meta.id);
  let values: OrgFormValues = formValuesFrom(toConfigFile(ctx.config));
  let valid: AppConfig | null = null;
  let uploadProblem = '';
  let uploadNote = '';

  const el = h('section', { class: 'screen org-setup', 'aria-labelledby': 'org-heading' });
  const form = h('form', { novalidate: true, 'aria-labelledby': 'org-heading' });
  const status = h('p', { class: 'org-status', role: 'status', 'aria-live': 'polite' });
  const summary = h('div', { class: 'error-summary', id: 'org-summary', tabindex: '-1' });
  const summaryCount = h('p', { class: 'visually-hidden', 'aria-live': 'polite' });

  // ---- building blocks -------------------------------------------------------------------------

  const errorSlot = (field: OrgField) => h('p', { class: 'field-error', id: errorId(field) });
  const describedBy = (field: OrgField, hint?: string) => [hint, errorId(field)].filter(Boolean).join(' ');

  function textField(
    field: OrgField,
    label: string,
    value: string,
    set: (v: string) => void,
    opts: { type?: string; hint?: string; multiline?: boolean; max?: number; autocomplete?: string } = {},
  ): HTMLElement {
    const hintId = opts.hint ? `${inputId(field)}-hint` : undefined;
    const attrs = {
      id: inputId(field),
      name: field,
      'aria-describedby': describedBy(field, hintId),
      maxlength: opts.max,
      autocomplete: opts.autocomplete ?? 'off',
      oninput: (ev: Event) => {
        set((ev.target as HTMLInputElement | HTMLTextAreaElement).value);
        validate();
      },
    };
    const control = opts.multiline
      ? h('textarea', { ...attrs, rows: 4 }, value)
      : h('input', { ...attrs, type: opts.type ?? 'text', value });
    return h(
      'div',
      { class: 'field' },
      h('label', { for: inputId(field) }, label),
      opts.hint ? h('p', { class: 'hint', id: hintId }, opts.hint) : null,
      control,
      errorSlot(field),
    );
  }

  // ---- the form ----------------------------------------------------------------------------------

  const startSelect = h(
    'select',
    { id: 'org-start' },
    h('option', { value: START_CURRENT }, T.startCurrent),
    Object.keys(PRESETS)
      .filter(isPreset)
      .map((key) => h('option', { value: key }, T.presets[key])),
  );
  const deviceRaw = ctx.deviceConfig?.read() ?? null;
  let deviceBroken = false;
  if (deviceRaw !== null) {
    try {
      readConfig('device', JSON.parse(deviceRaw) as unknown, { encounterIds });
    } catch {
      deviceBroken = true;
      startSelect.append(h('option', { value: START_DEVICE }, T.startDevice));
    }
  }
  const deviceCard =
    deviceRaw === null
      ? null
      : h(
          'div',
          { class: 'card notice-card' },
          h('p', {}, deviceBroken ? T.deviceBroken : T.deviceInUse),
          h(
            'button',
            {
              type: 'button',
              onclick: (ev: Event) => {
                ctx.deviceConfig?.clear();
                (ev.target as HTMLButtonElement).disabled = true;
                status.textContent = T.stoppedDevice;
              },
            },
            T.stopDevice,
          ),
        );

  const loaded = ctx.deviceConfig?.loaded ?? null;
  const inUse = loaded
    ? h(
        'div',
        { class: 'card org-in-use' },
        h('p', {}, h('strong', {}, `${T.inUse} `), T.sources[loaded.source]),
        loaded.notes.map((n) => h('p', {}, n)),
      )
    : null;
  const fields = h('div', { class: 'org-fields' });

  function logoBlock(): HTMLElement {
    const isData = values.logo.startsWith('data:');
    const hintId = `${inputId(ORG_FIELDS.logo)}-hint`;
    const file = h('input', {
      type: 'file',
      id: 'org-logo-file',
      accept: LOGO_TYPES.join(','),
      'aria-describedby': `${hintId} ${errorId(ORG_FIELDS.logo)}`,
      onchange: (ev: Event) => void upload((ev.target as HTMLInputElement).files?.[0]),
    });
    return h(
      'div',
      { class: 'logo-block' },
      h(
        'div',
        { class: 'field' },
        h('label', { for: inputId(ORG_FIELDS.logo) }, T.logoUrl),
        h('input', {
          type: 'text',
          id: inputId(ORG_FIELDS.logo),
          value: isData ? '' : values.logo,
          placeholder: isData ? uploadNote || T.logoUploadedImage : '',
          disabled: isData,
          'aria-describedby': errorId(ORG_FIELDS.logo),
          oninput: (ev: Event) => {
            values.logo = (ev.target as HTMLInputElement).value;
            uploadProblem = '';
            validate();
          },
        }),
      ),
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'org-logo-file' }, T.logoFile),
        h('p', { class: 'hint', id: hintId }, T.logoHint({ kb: LOGO_MAX_BYTES / 1024 })),
        file,
      ),
      errorSlot(ORG_FIELDS.logo),
      values.logo
        ? h(
            'div',
            { class: 'row' },
            h('img', { class: 'logo-preview', src: values.logo, alt: T.logoPreview }),
            isData && uploadNote ? h('span', {}, uploadNote) : null,
            h(
              'button',
              {
                type: 'button',
                onclick: () => {
                  values.logo = '';
                  uploadNote = '';
                  uploadProblem = '';
                  render(inputId(ORG_FIELDS.logo));
                },
              },
              T.logoRemove,
            ),
          )
        : null,
    );
  }

  async function upload(file: File | undefined): Promise<void> {
    if (!file) return;
    uploadProblem = '';
    const kb = Math.ceil(file.size / 1024);
    if (!(LOGO_TYPES as readonly string[]).includes(file.type)) {
      uploadProblem = file.type
        ? T.logoType({ name: file.name, type: file.type })
        : T.logoNotImage({ name: file.name });
    } else if (file.size > LOGO_MAX_BYTES) {
      uploadProblem = T.logoSize({ name: file.name, kb, max: LOGO_MAX_BYTES / 1024 });
    } else {
      try {
        values.logo = await readAsDataUrl(file);
        uploadNote = T.logoUploaded({ name: file.name, kb });
      } catch {
        uploadProblem = T.logoUnreadable({ name: file.name });
      }
    }
    render('org-logo-file');
  }

  function hotlineBlock(hl: OrgFormValues['hotlines'][number], i: number): HTMLElement {
    const part = (p: 'name' | 'phone' | 'text' | 'languages' | 'hours', label: string, type: string) =>
      textField(
        hotlineField(i, p),
        label,
        hl[p],
        (v) => {
          hl[p] = v;
        },
        { type, max: p === 'languages' || p === 'hours' ? ATTRIBUTE_TEXT_MAX : LIMITS.name },
      );
    const fact = (p: 'isPolice' | 'consentBased', label: string) => {
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
              validate();
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
    };
    return h(
      'fieldset',
      { class: 'hotline-group' },
      h('legend', {}, T.hotline({ n: i + 1 })),
      part('name', T.hotlineName, 'text'),
      part('phone', T.hotlinePhone, 'tel'),
      part('text', T.hotlineText, 'text'),
      h('p', { class: 'hint' }, T.hotlineFacts),
      fact('isPolice', T.hotlineIsPolice),
      fact('consentBased', T.hotlineConsent),
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
                  render('org-add-hotline');
                },
              },
              T.removeHotline({ n: i + 1 }),
            ),
          )
        : null,
    );
  }

  function encountersBlock(): HTMLElement {
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
            render(id);
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
      values.allEncounters
        ? null
        : SETTINGS.map((setting) => {
            const list = ctx.encounters.filter((e) => e.meta.setting === setting);
            if (list.length === 0) return null;
            return h(
              'fieldset',
              {},
              h('legend', {}, STRINGS.settingNames[setting]),
              h(
                'div',
                { class: 'encounter-choices' },
                list.map(({ meta }) => {
                  const id = `org-enc-${meta.id.replace(/[^a-z0-9_-]/gi, '-')}`;
                  return h(
                    'div',
                    { class: 'check' },
                    h('input', {
                      type: 'checkbox',
                      id,
                      value: meta.id,
                      checked: values.enabled.includes(meta.id),
                      onchange: (ev: Event) => {
                        const on = (ev.target as HTMLInputElement).checked;
                        values.enabled = on
                          ? [...values.enabled.filter((x) => x !== meta.id), meta.id]
                          : values.enabled.filter((x) => x !== meta.id);
                        validate();
                      },
                    }),
                    h('label', { for: id }, meta.title),
                  );
                }),
              ),
            );
          }),
      errorSlot(ORG_FIELDS.encounters),
    );
  }

  /** Rebuilds the fields (after adding or removing a hotline, a preset, a logo) and keeps focus. */
  function render(focusId?: string): void {
    const hotlines = h(
      'fieldset',
      {
        id: inputId(ORG_FIELDS.hotlines),
        'aria-describedby': `org-hotlines-hint ${errorId(ORG_FIELDS.hotlines)}`,
      },
      h('legend', {}, T.hotlines),
      h('p', { class: 'hint', id: 'org-hotlines-hint' }, T.hotlinesHelp),
      values.hotlines.map(hotlineBlock),
      errorSlot(ORG_FIELDS.hotlines),
      values.hotlines.length < LIMITS.hotlines
        ? h(
            'button',
            {
              type: 'button',
              id: 'org-add-hotline',
              onclick: () => {
                values.hotlines.push(emptyHotline());
                render(inputId(hotlineField(values.hotlines.length - 1, 'name')));
              },
            },
            T.addHotline,
          )
        : null,
    );
    fill(
      fields,
      h(
        'fieldset',
        {},
        h('legend', {}, T.organisation),
        textField(ORG_FIELDS.name, T.name, values.name, (v) => (values.name = v), {
          max: LIMITS.name,
          autocomplete: 'organization',
        }),
        textField(
          ORG_FIELDS.jurisdiction,
          T.jurisdiction,
          values.jurisdiction,
          (v) => (values.jurisdiction = v),
          { max: LIMITS.jurisdiction },
        ),
        textField(ORG_FIELDS.region, T.region, values.region, (v) => (values.region = v)),
        logoBlock(),
      ),
      h(
        'fieldset',
        {},
        h('legend', {}, T.contacts),
        textField(
          ORG_FIELDS.emergencyNumber,
          T.emergency,
          values.emergencyNumber,
          (v) => (values.emergencyNumber = v),
          { type: 'tel' },
        ),
        hotlines,
        textField(ORG_FIELDS.escalation, T.escalation, values.escalation, (v) => (values.escalation = v), {
          multiline: true,
          hint: T.escalationHint,
        }),
        NAMED_CONTACT_FIELDSETS.map((c) =>
          h(
            'fieldset',
            { class: c.cls },
            h('legend', {}, c.legend),
            h('p', { class: 'hint review-note' }, c.hint),
            textField(c.name.field, c.name.label, ...bind(values, c.name.key), { max: LIMITS.name }),
            textField(c.phone.field, c.phone.label, ...bind(values, c.phone.key), { type: 'tel' }),
          ),
        ),
      ),
      h(
        'fieldset',
        {},
        h('legend', {}, T.policy),
        textField(ORG_FIELDS.briefing, T.policyBriefing, values.briefing, (v) => (values.briefing = v), {
          multiline: true,
          max: LIMITS.policy,
        }),
        textField(ORG_FIELDS.debrief, T.policyDebrief, values.debrief, (v) => (values.debrief = v), {
          multiline: true,
          max: LIMITS.policy,
        }),
      ),
      encountersBlock(),
      h(
        'fieldset',
        {},
        h('legend', {}, T.training),
        textField(
          ORG_FIELDS.refresherDays,
          T.refresherDays,
          values.refresherDays,
          (v) => (values.refresherDays = v),
          { type: 'number' },
        ),
        sharedDeviceField(values.sharedDevice, (on) => {
          values.sharedDevice = on;
          validate();
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
              validate();
            },
          }),
          h('label', { for: inputId(ORG_FIELDS.reviewed) }, T.reviewed),
        ),
        h('p', { class: 'hint', id: 'org-reviewed-hint' }, T.reviewedHint),
        errorSlot(ORG_FIELDS.reviewed),
      ),
    );
    validate();
    if (focusId) el.querySelector<HTMLElement>(`#${CSS.escape(focusId)}`)?.focus();
  }

  // ---- validation ---------------------------------------------------------------------------------

  function validate(): void {
    let problems: FieldProblem[] = [];
    try {
      valid = readConfig(FILE_NAME, fileFromForm(values), { encounterIds });
    } catch (e) {
      if (!(e instanceof DataError)) throw e;
      valid = null;
      problems = e.problems.map(fieldProblem);
    }
    if (uploadProblem) {
      problems.push(fieldProblem(uploadProblem));
      valid = null;
    }
    for (const slot of el.querySelectorAll<HTMLElement>('.field-error')) slot.textContent = '';
    for (const bad of el.querySelectorAll('[aria-invalid]')) bad.removeAttribute('aria-invalid');
    for (const p of problems) {
      if (!p.field) continue;
      const slot = el.querySelector(`#${CSS.escape(errorId(p.field))}`);
      if (slot) slot.textContent = slot.textContent ? `${slot.textContent} ${p.text}` : p.text;
      el.querySelector(`#${CSS.escape(inputId(p.field))}`)?.setAttribute('aria-invalid', 'true');
    }
    summary.classList.toggle('ok', problems.length === 0);
    fill(
      summary,
      h(
        'h3',
        { id: 'org-summary-heading' },
        problems.length === 0 ? T.noProblems : T.problems({ n: problems.length }),
      ),
      problems.length === 0
        ? null
        : h(
            'ul',
            {},
            problems.map((p) =>
              h(
                'li',
                {},
                p.field
                  ? h(
                      'a',
                      {
                        href: `#${inputId(p.field)}`,
                        onclick: (ev: Event) => {
                          ev.preventDefault();
                          el.querySelector<HTMLElement>(
                            `#${CSS.escape(inputId(p.field as OrgField))}`,
                          )?.focus();
                        },
                      },
                      p.text,
                    )
                  : p.text,
              ),
            ),
          ),
    );
    summaryCount.textContent = problems.length === 0 ? T.noProblems : T.problems({ n: problems.length });
    if (valid && status.textContent === T.fixFirst) status.textContent = '';
  }

  /** The valid configuration, or null after pointing the admin at the problems. */
  function ready(): AppConfig | null {
    validate();
    if (valid) return valid;
    status.textContent = T.fixFirst;
    summary.focus();
    return null;
  }

  // ---- actions ------------------------------------------------------------------------------------

  const download = () => {
    const config = ready();
    if (!config) return;
    const text = `${JSON.stringify(toConfigFile(config), null, 2)}\n`;
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = h('a', { href: url, download: FILE_NAME, hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const useHere = () => {
    const config = ready();
    if (!config || !ctx.deviceConfig?.save(config)) return;
    fill(
      status,
      T.savedHere,
      ' ',
      h('button', { type: 'button', class: 'link', onclick: () => window.location.reload() }, T.reload),
    );
  };

  const startFrom = () => {
    const choice = startSelect.value;
    let data: unknown = toConfigFile(ctx.config);
    let label: string = T.startCurrent;
    if (choice === START_DEVICE && deviceRaw !== null) {
      try {
        data = JSON.parse(deviceRaw) as unknown;
        label = T.startDevice;
      } catch {
        data = {};
        label = T.startDevice;
      }
    } else if (isPreset(choice)) {
      data = PRESETS[choice];
      label = T.presets[choice];
    }
    values = formValuesFrom(data);
    uploadProblem = '';
    uploadNote = '';
    render();
    status.textContent = T.started({ what: label });
  };

  form.addEventListener('submit', (ev) => ev.preventDefault());
  form.append(
    h(
      'div',
      { class: 'row org-start' },
      h('label', { for: 'org-start' }, T.startFrom),
      startSelect,
      h('button', { type: 'button', onclick: startFrom }, T.startButton),
    ),
    fields,
    summary,
    h(
      'div',
      { class: 'row org-actions' },
      h('button', { type: 'button', class: 'primary', id: 'org-download', onclick: download }, T.download),
      h('button', { type: 'button', id: 'org-use-here', onclick: useHere }, T.useHere),
      h('button', { type: 'button', onclick: onBack }, T.back),
    ),
    status,
    summaryCount,
  );
  el.append(
    h('h2', { id: 'org-heading', tabindex: '-1' }, T.heading),
    h('p', { class: 'lead' }, T.intro),
    ...(inUse ? [inUse] : []),
    ...(deviceCard ? [deviceCard] : []),
    form,
  );
  render();
  return { el, destroy: () => undefined };
}

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}
