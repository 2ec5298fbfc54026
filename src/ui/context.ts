// What every overlay view receives: the store and the read-only data it renders from.

import type { EncounterEntry } from '../core/encounter/analysis.ts';
import type { Catalogs } from '../core/encounter/catalog.ts';
import type { AppConfig } from '../core/config/config.ts';
import type { SceneManifest } from '../core/encounter/scene-manifest.ts';
import type { ProgrammeStore } from '../state/programme.ts';
import type { AppStore } from '../state/store.ts';
import type { SharedMode } from '../core/config/privacy.ts';
import type { Locale } from '../core/locale.ts';
import type { ConfigNote } from '../core/config/config-notices.ts';

export interface UiContext {
  store: AppStore;
  config: AppConfig;
  encounters: readonly EncounterEntry[];
  scenes: ReadonlyMap<string, SceneManifest>;
  /** The learner's name and current assignment (absent in tests that do not need them). */
  programme?: ProgrammeStore;
  /** Loads the catalogs (indicator descriptions for the programme summary). */
  catalogs?: () => Promise<Catalogs>;
  /** False inside an LMS package, where the instructor tools are never offered. */
  instructorToolsAllowed?: boolean;
  /** The organisation set-up kept on this device (absent where there is no storage). */
  deviceConfig?: DeviceConfigPort;
  /** Shared-device mode and clearing the learner's data (absent in tests that do not need them). */
  privacy?: PrivacyPort;
  /** The interface language and the learner's choice of it (absent in tests that do not need it). */
  language?: LanguagePort;
}

/** The interface language on this device (src/app/language.ts). */
export interface LanguagePort {
  current(): Locale;
  /** Switches the interface, remembers the choice on this device, and redraws the screens. */
  change(locale: Locale): Promise<void>;
}

/** What the app does with the learner's data on this device (src/app/privacy.ts). */
export interface PrivacyPort {
  shared: SharedMode;
  /** Inside an LMS package: the LMS keeps the record of results. */
  lms: boolean;
  /** A learner's own choice; the page then starts afresh. */
  setShared(on: boolean): Promise<void>;
  /** Removes everything the game keeps about the learner in this browser; the page then starts afresh. */
  clearAll(): Promise<void>;
  /** Shared-device mode: removes this session's data; the page then starts afresh. */
  endSession(): Promise<void>;
}

/** Where the configuration in use came from (src/app/config.ts decides). */
export type ConfigSourceName = 'device' | 'served' | 'lastGood' | 'bundled';

/** The organisation set-up saved on this device, and what the game loaded at start (src/app/device-config.ts). */
export interface DeviceConfigPort {
  /** The saved set-up's text, or null when there is none (or storage cannot be read). */
  read(): string | null;
  /** Keeps `config` on this device; false when storage is unavailable. */
  save(config: AppConfig): boolean;
  clear(): void;
  /** Where the configuration in use came from, and notes about it (e.g. an older file version). */
  loaded: { source: ConfigSourceName; notes: readonly ConfigNote[] } | null;
}

/** Whether to offer the instructor tools: a trainer turned them on, and this is not an LMS launch. */
export function showInstructorTools(ctx: UiContext): boolean {
  return ctx.store.getState().settings.instructorTools && ctx.instructorToolsAllowed !== false;
}

/** A mounted view: `update` re-renders from the store, `destroy` removes listeners. */
export interface View {
  el: HTMLElement;
  destroy(): void;
}
