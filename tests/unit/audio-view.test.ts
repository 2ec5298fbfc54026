// The audio view against a small zustand store of the app's shape and the recording audio port.

import { afterEach, beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  AUDIO_CALLS,
  categoryVolume,
  createSilentAudio,
  soundVolume,
  type SilentAudio,
} from '../../src/audio/audio.ts';
import {
  CAPTION_MS,
  connectAudio,
  type AudioViewState,
  type CaptionTarget,
  type ReadableStore,
} from '../../src/audio/audio-view.ts';
import { startEncounter, type Staging } from '../../src/core/encounter/encounter.ts';
import type { SoundEntry } from '../../src/core/encounter/scene-manifest.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../src/state/settings.ts';
import type { AppStore, Session } from '../../src/state/store.ts';

const SOUNDS: SoundEntry[] = [
  {
    id: 'lobby_hum',
    files: ['lobby_hum.ogg'],
    caption: '[Quiet lobby hum]',
    loop: true,
    volume: 0.5,
    kind: 'ambience',
  },
  {
    id: 'street_rain',
    files: ['rain.ogg'],
    caption: '[Soft rain outside]',
    loop: true,
    volume: 0.4,
    kind: 'ambience',
  },
  {
    id: 'lift_chime',
    files: ['lift.ogg'],
    caption: '[Soft lift chime]',
    loop: false,
    volume: 0.6,
    kind: 'effect',
  },
  {
    id: 'phone_buzz',
    files: ['buzz.ogg'],
    caption: '[A phone buzzes]',
    loop: false,
    volume: 0.5,
    kind: 'effect',
  },
  { id: 'click', files: ['click.ogg'], caption: '', loop: false, volume: 0.3, kind: 'ui' },
];

function session(staging: Partial<Staging>): Session {
  const state = startEncounter({ encounterId: 'hotel_test', contentHash: 'h', seed: 1, mode: 'practice' }, 0);
  return {
    encounterId: 'hotel_test',
    contentHash: 'h',
    seed: 1,
    mode: 'practice',
    story: '',
    checklist: [],
    state: { ...state, staging: { ...state.staging, ...staging } },
  };
}

/** A new step: the encounter state gets fresh staging, as `receiveStep` does. */
function step(store: StoreApi<AudioViewState>, staging: Partial<Staging>): void {
  const current = store.getState().session;
  if (!current) throw new Error('no session');
  const sounds = staging.sounds ?? [];
  store.setState({
    session: {
      ...current,
      state: { ...current.state, staging: { ...current.state.staging, ...staging, sounds } },
    },
  });
}

function setSettings(store: StoreApi<AudioViewState>, patch: Partial<Settings>): void {
  store.setState({ settings: { ...store.getState().settings, ...patch } });
}

const played = (audio: SilentAudio): string[] =>
  audio.calls.flatMap((c) => (c.kind === AUDIO_CALLS.playEffect ? [c.id] : []));
const ambienceCalls = (audio: SilentAudio): (string | null)[] =>
  audio.calls.flatMap((c) => (c.kind === AUDIO_CALLS.playAmbience ? [c.id] : []));
const volumeCalls = (audio: SilentAudio) => audio.calls.filter((c) => c.kind === AUDIO_CALLS.setVolumes);

describe('connectAudio', () => {
  let store: StoreApi<AudioViewState>;
  let audio: SilentAudio;
  let captions: CaptionTarget;
  let disconnect: () => void;

  beforeEach(() => {
    vi.useFakeTimers();
    store = createStore<AudioViewState>()(() => ({ session: null, settings: { ...DEFAULT_SETTINGS } }));
    audio = createSilentAudio();
    captions = { textContent: '' };
    disconnect = connectAudio(store, audio, SOUNDS, captions);
  });

  afterEach(() => {
    disconnect();
    vi.useRealTimers();
  });

  it('accepts the app store', () => {
    expectTypeOf<AppStore>().toExtend<ReadableStore<AudioViewState>>();
  });

  it('applies the volumes on connect and plays nothing without a session', () => {
    expect(audio.calls).toEqual([{ kind: AUDIO_CALLS.setVolumes, settings: DEFAULT_SETTINGS }]);
    expect(audio.ambience).toBeNull();
  });

  it('starts, switches and stops the ambience', () => {
    store.setState({ session: session({ ambience: 'lobby_hum' }) });
    expect(audio.ambience).toBe('lobby_hum');
    step(store, { ambience: 'lobby_hum' });
    step(store, { ambience: 'street_rain' });
    expect(audio.ambience).toBe('street_rain');
    step(store, { ambience: null });
    expect(audio.ambience).toBeNull();
    step(store, { ambience: 'lobby_hum' });
    store.setState({ session: null });
    expect(ambienceCalls(audio)).toEqual(['lobby_hum', 'street_rain', null, 'lobby_hum', null]);
  });

  it('plays the sounds of each new step once', () => {
    store.setState({ session: session({ ambience: 'lobby_hum' }) });
    step(store, { sounds: ['lift_chime'] });
    expect(played(audio)).toEqual(['lift_chime']);

    // Changes that are not a new step do not replay it.
    store.setState({ settings: { ...store.getState().settings, master: 0.3 } });
    const s = store.getState().session;
    if (s) store.setState({ session: { ...s, state: { ...s.state, choices: [] } } });
    expect(played(audio)).toEqual(['lift_chime']);

    // A new step with the same sound plays it again; an empty step plays nothing.
    step(store, { sounds: ['lift_chime', 'phone_buzz'] });
    step(store, { sounds: [] });
    expect(played(audio)).toEqual(['lift_chime', 'lift_chime', 'phone_buzz']);
  });

  it('does not replay the step that was on screen when it connected', () => {
    const resumed = createStore<AudioViewState>()(() => ({
      session: session({ ambience: 'lobby_hum', sounds: ['phone_buzz'] }),
      settings: { ...DEFAULT_SETTINGS },
    }));
    const port = createSilentAudio();
    const off = connectAudio(resumed, port, SOUNDS, { textContent: '' });
    expect(port.ambience).toBe('lobby_hum');
    expect(played(port)).toEqual([]);
    step(resumed, { sounds: ['lift_chime'] });
    expect(played(port)).toEqual(['lift_chime']);
    off();
  });

  it('passes settings changes to the port', () => {
    setSettings(store, { master: 0.5 });
    setSettings(store, { muted: true });
    const volumes = volumeCalls(audio);
    expect(volumes).toHaveLength(3);
    expect(audio.volumes).toMatchObject({ master: 0.5, muted: true });
  });

  it('writes captions only when captions are on, and clears them after a while', () => {
    store.setState({ session: session({ ambience: 'lobby_hum' }) });
    expect(captions.textContent).toBe('[Quiet lobby hum]');
    vi.advanceTimersByTime(CAPTION_MS);
    expect(captions.textContent).toBe('');

    step(store, { sounds: ['lift_chime', 'phone_buzz'] });
    expect(captions.textContent).toBe('[Soft lift chime] [A phone buzzes]');

    // The ambience caption is shown once, when it starts, not on every step.
    vi.advanceTimersByTime(CAPTION_MS);
    step(store, { sounds: [] });
    expect(captions.textContent).toBe('');

    // A sound with no caption text writes nothing.
    step(store, { sounds: ['click'] });
    expect(captions.textContent).toBe('');

    // Captions off: sounds still play, nothing is written, and a shown caption is cleared.
    step(store, { sounds: ['phone_buzz'] });
    expect(captions.textContent).toBe('[A phone buzzes]');
    setSettings(store, { captions: false });
    expect(captions.textContent).toBe('');
    step(store, { sounds: ['lift_chime'], ambience: 'street_rain' });
    expect(captions.textContent).toBe('');
    expect(played(audio).at(-1)).toBe('lift_chime');
    expect(audio.ambience).toBe('street_rain');
  });

  it('clears the caption when the encounter screen closes, before it would run out', () => {
    // The last step's caption would otherwise stay over the debrief's heading for CAPTION_MS.
    store.setState({ session: session({ ambience: 'lobby_hum' }) });
    step(store, { sounds: ['phone_buzz'] });
    expect(captions.textContent).toBe('[A phone buzzes]');
    store.setState({ session: null });
    expect(captions.textContent).toBe('');
    // A caption someone else wrote meanwhile is theirs to keep.
    store.setState({ session: session({}) });
    step(store, { sounds: ['lift_chime'] });
    captions.textContent = 'another view';
    store.setState({ session: null });
    expect(captions.textContent).toBe('another view');
  });

  it('stops listening when disconnected, and clears its caption', () => {
    store.setState({ session: session({ ambience: 'lobby_hum' }) });
    expect(captions.textContent).not.toBe('');
    disconnect();
    disconnect();
    expect(captions.textContent).toBe('');
    const count = audio.calls.length;
    step(store, { sounds: ['lift_chime'], ambience: 'street_rain' });
    setSettings(store, { master: 0.1 });
    expect(audio.calls).toHaveLength(count);
  });
});

describe('volume arithmetic', () => {
  const settings = { ...DEFAULT_SETTINGS, master: 0.5, ambience: 0.4, effects: 0.8 };

  it('is master × category, with ui counted as effects', () => {
    expect(categoryVolume('ambience', settings)).toBeCloseTo(0.2);
    expect(categoryVolume('effect', settings)).toBeCloseTo(0.4);
    expect(categoryVolume('ui', settings)).toBeCloseTo(0.4);
  });

  it('scales the sound’s own level and is silent when muted', () => {
    expect(soundVolume({ kind: 'effect', volume: 0.5 }, settings)).toBeCloseTo(0.2);
    expect(soundVolume({ kind: 'effect', volume: 0.5 }, { ...settings, muted: true })).toBe(0);
  });
});
