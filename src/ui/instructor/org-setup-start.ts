// Where the Organisation set-up form starts from: the set-up in use, a region's preset, or a broken
// set-up kept on this device (to mend it). Also the notices above the form: where the set-up in use
// came from, and the one kept on this device with a way to stop using it.

import { readConfig, toConfigFile, type AppConfig } from '../../core/config/config.ts';
import ca from '../../config/presets/ca.config.json';
import uk from '../../config/presets/uk.config.json';
import us from '../../config/presets/us.config.json';
import type { DeviceConfigPort } from '../context.ts';
import { h } from '../dom.ts';
import { ORG_STRINGS as T } from '../strings/strings-org.ts';
import { configNoteText } from '../strings/strings-validation.ts';

/** The regions' presets; their names are read from T.presets when shown. */
const PRESETS: Record<keyof typeof T.presets, unknown> = { us, uk, ca };
const isPreset = (key: string): key is keyof typeof T.presets => Object.hasOwn(PRESETS, key);
export const START_CURRENT = 'current';
export const START_DEVICE = 'device';

/** Whether the set-up text kept on this device fails to read (so the game is not using it). */
export function deviceConfigBroken(raw: string, encounterIds: readonly string[]): boolean {
  try {
    readConfig('device', JSON.parse(raw) as unknown, { encounterIds });
    return false;
  } catch {
    return true;
  }
}

/** The file a start choice fills the form from, and its name for the status line. */
export function startingPoint(
  choice: string,
  config: AppConfig,
  deviceRaw: string | null,
): { data: unknown; label: string } {
  if (choice === START_DEVICE && deviceRaw !== null) {
    try {
      return { data: JSON.parse(deviceRaw) as unknown, label: T.startDevice };
    } catch {
      return { data: {}, label: T.startDevice };
    }
  }
  if (isPreset(choice)) return { data: PRESETS[choice], label: T.presets[choice] };
  return { data: toConfigFile(config), label: T.startCurrent };
}

export interface StartCtx {
  config: AppConfig;
  deviceConfig?: DeviceConfigPort | undefined;
  encounterIds: readonly string[];
  /** Writes a line to the form's status. */
  say(text: string): void;
  /** Fills the form from `data`; `label` names where it came from. */
  begin(data: unknown, label: string): void;
}

/** The "start from" row, and the notices shown above the form. */
export function startBlocks(ctx: StartCtx): { row: HTMLElement; notices: HTMLElement[] } {
  const deviceRaw = ctx.deviceConfig?.read() ?? null;
  const deviceBroken = deviceRaw !== null && deviceConfigBroken(deviceRaw, ctx.encounterIds);
  const select = h(
    'select',
    { id: 'org-start' },
    h('option', { value: START_CURRENT }, T.startCurrent),
    Object.keys(PRESETS)
      .filter(isPreset)
      .map((key) => h('option', { value: key }, T.presets[key])),
    deviceBroken ? h('option', { value: START_DEVICE }, T.startDevice) : null,
  );
  const start = () => {
    const { data, label } = startingPoint(select.value, ctx.config, deviceRaw);
    ctx.begin(data, label);
  };
  const row = h(
    'div',
    { class: 'row org-start' },
    h('label', { for: 'org-start' }, T.startFrom),
    select,
    h('button', { type: 'button', onclick: start }, T.startButton),
  );
  const notices = [inUseCard(ctx.deviceConfig), deviceRaw === null ? null : deviceCard(ctx, deviceBroken)];
  return { row, notices: notices.filter((n) => n !== null) };
}

function inUseCard(port: DeviceConfigPort | undefined): HTMLElement | null {
  const loaded = port?.loaded ?? null;
  if (!loaded) return null;
  return h(
    'div',
    { class: 'card org-in-use' },
    h('p', {}, h('strong', {}, `${T.inUse} `), T.sources[loaded.source]),
    loaded.notes.map((n) => h('p', {}, configNoteText(n))),
  );
}

function deviceCard(ctx: StartCtx, broken: boolean): HTMLElement {
  return h(
    'div',
    { class: 'card notice-card' },
    h('p', {}, broken ? T.deviceBroken : T.deviceInUse),
    h(
      'button',
      {
        type: 'button',
        onclick: (ev: Event) => {
          ctx.deviceConfig?.clear();
          (ev.target as HTMLButtonElement).disabled = true;
          ctx.say(T.stoppedDevice);
        },
      },
      T.stopDevice,
    ),
  );
}
