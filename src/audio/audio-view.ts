// The audio view: turns store changes into calls on the audio port, and writes captions for the
// sounds into a live region. A thin view like the scenes: it holds no rules, only what it last saw.

import type { SoundEntry } from '../core/encounter/scene-manifest.ts';
import type { Staging } from '../core/encounter/encounter.ts';
import type { AppState } from '../state/store.ts';
import type { AudioPort } from './audio.ts';

/** How long a caption stays in the live region. */
export const CAPTION_MS = 4000;

/** The slice of the app state this view reads. The app store fits; tests may pass a smaller store. */
export type AudioViewState = Pick<AppState, 'session' | 'settings'>;

/** The part of a zustand store this view needs: read and subscribe, never write. */
export interface ReadableStore<S> {
  getState(): S;
  subscribe(listener: (state: S, previous: S) => void): () => void;
}

/** Where captions go: the live region element (only its text is touched). */
export interface CaptionTarget {
  textContent: string | null;
}

const stagingOf = (s: AudioViewState): Staging | null => s.session?.state.staging ?? null;
const ambienceOf = (s: AudioViewState): string | null => stagingOf(s)?.ambience ?? null;

/**
 * Connects the store to the audio port: ambience follows `staging.ambience`; the one-shot sounds of
 * each new step (`staging.sounds`, a fresh array per step) play once; settings changes set the
 * volumes. With captions on, each sound's caption is shown for a few seconds (an ambience's once,
 * when it starts). On connect the current ambience starts but the sounds of a step already taken
 * (for example a resumed session) are not replayed. When the encounter closes its caption is cleared
 * at once. Returns the unsubscribe function; it clears any caption it wrote and leaves the port to
 * its owner.
 */
export function connectAudio(
  store: ReadableStore<AudioViewState>,
  audio: AudioPort,
  sounds: readonly SoundEntry[],
  captionsEl: CaptionTarget,
): () => void {
  const captions = new Map(sounds.map((s) => [s.id, s.caption] as const));
  let timer: ReturnType<typeof setTimeout> | null = null;
  let shownCaption: string | null = null;

  const clearCaption = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (shownCaption !== null && captionsEl.textContent === shownCaption) captionsEl.textContent = '';
    shownCaption = null;
  };

  const showCaptions = (ids: readonly string[]): void => {
    const text = ids
      .map((id) => captions.get(id) ?? '')
      .filter((c) => c.length > 0)
      .join(' ');
    if (text.length === 0) return;
    clearCaption();
    captionsEl.textContent = text;
    shownCaption = text;
    timer = setTimeout(clearCaption, CAPTION_MS);
  };

  const initial = store.getState();
  let lastSounds: readonly string[] | null = stagingOf(initial)?.sounds ?? null;
  audio.setVolumes(initial.settings);
  const startAmbience = ambienceOf(initial);
  if (startAmbience !== null) {
    audio.playAmbience(startAmbience);
    if (initial.settings.captions) showCaptions([startAmbience]);
  }

  const unsubscribe = store.subscribe((state, previous) => {
    // The encounter screen closed (its debrief, or stepping out of it): its caption goes with it,
    // rather than staying over the next screen's heading until it runs out.
    if (state.session === null && previous.session !== null) clearCaption();
    if (state.settings !== previous.settings) {
      audio.setVolumes(state.settings);
      if (!state.settings.captions) clearCaption();
    }

    const toCaption: string[] = [];
    const ambience = ambienceOf(state);
    if (ambience !== ambienceOf(previous)) {
      audio.playAmbience(ambience);
      if (ambience !== null) toCaption.push(ambience);
    }

    const staged = stagingOf(state)?.sounds ?? null;
    if (staged !== lastSounds) {
      lastSounds = staged;
      for (const id of staged ?? []) {
        audio.playEffect(id);
        toCaption.push(id);
      }
    }

    if (state.settings.captions && toCaption.length > 0) showCaptions(toCaption);
  });

  let connected = true;
  return () => {
    if (!connected) return;
    connected = false;
    unsubscribe();
    clearCaption();
  };
}
