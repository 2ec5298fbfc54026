// The view and settings slices: which screen is up, what the learner points at, their settings.

import { SCREENS } from './keys.ts';
import { DEFAULT_SETTINGS, readSettings } from './settings.ts';
import type { GetState, SetState, SettingsSlice, ViewSlice } from './types.ts';

export const viewSlice = (set: SetState): ViewSlice => ({
  screen: SCREENS.picker,
  selected: null,
  loading: false,
  focusedHotspot: null,
  steppedOut: false,
  goTo: (screen) => set({ screen, focusedHotspot: null }),
  focusHotspot: (id) => set({ focusedHotspot: id }),
  stepOut: (on) => set({ steppedOut: on }),
});

export const settingsSlice = (set: SetState, get: GetState): SettingsSlice => ({
  settings: { ...DEFAULT_SETTINGS },
  setSettings: (patch) => set({ settings: readSettings({ ...get().settings, ...patch }) }),
});
