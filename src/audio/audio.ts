// The audio port: what the game asks of sound, whatever plays it. The howler adapter
// (howler-audio.ts) is the real one; `createSilentAudio` plays nothing and records every call,
// so the store-to-sound wiring (audio-view.ts) is tested in plain Node.

import type { SoundEntry } from '../core/encounter/scene-manifest.ts';
import type { Settings } from '../state/settings.ts';

/** The settings the audio port reads. A full `Settings` object fits. */
export type AudioSettings = Pick<Settings, 'master' | 'ambience' | 'effects' | 'muted' | 'reducedMotion'>;

export interface AudioPort {
  /** Starts this looping ambience (fading out the previous one); `null` stops ambience. Same id: no-op. */
  playAmbience(id: string | null): void;
  /** Plays a one-shot sound (kind `effect` or `ui`). Unknown ids are ignored. */
  playEffect(id: string): void;
  /** Applies master × category volume and mute; also whether fades are allowed. */
  setVolumes(settings: AudioSettings): void;
  /** Resumes a suspended audio context; call from a user gesture. */
  unlock(): void;
  /** Stops everything and frees the sounds. The port does nothing afterwards. */
  dispose(): void;
}

export const AUDIO_CALLS = {
  playAmbience: 'playAmbience',
  playEffect: 'playEffect',
  setVolumes: 'setVolumes',
  unlock: 'unlock',
  dispose: 'dispose',
} as const;

export type AudioCall =
  | { kind: typeof AUDIO_CALLS.playAmbience; id: string | null }
  | { kind: typeof AUDIO_CALLS.playEffect; id: string }
  | { kind: typeof AUDIO_CALLS.setVolumes; settings: AudioSettings }
  | { kind: typeof AUDIO_CALLS.unlock }
  | { kind: typeof AUDIO_CALLS.dispose };

export interface SilentAudio extends AudioPort {
  /** Every call, in order. */
  readonly calls: AudioCall[];
  /** The ambience that would be playing now. */
  readonly ambience: string | null;
  /** The last settings applied, or null before the first `setVolumes`. */
  readonly volumes: AudioSettings | null;
  readonly disposed: boolean;
}

/** An audio port that plays nothing and records what it was asked; the default in tests and when sound fails to load. */
export function createSilentAudio(): SilentAudio {
  const calls: AudioCall[] = [];
  let ambience: string | null = null;
  let volumes: AudioSettings | null = null;
  let disposed = false;
  return {
    calls,
    get ambience() {
      return ambience;
    },
    get volumes() {
      return volumes;
    },
    get disposed() {
      return disposed;
    },
    playAmbience(id) {
      calls.push({ kind: AUDIO_CALLS.playAmbience, id });
      if (!disposed) ambience = id;
    },
    playEffect(id) {
      calls.push({ kind: AUDIO_CALLS.playEffect, id });
    },
    setVolumes(settings) {
      calls.push({ kind: AUDIO_CALLS.setVolumes, settings: { ...settings } });
      if (!disposed) volumes = { ...settings };
    },
    unlock() {
      calls.push({ kind: AUDIO_CALLS.unlock });
    },
    dispose() {
      calls.push({ kind: AUDIO_CALLS.dispose });
      disposed = true;
      ambience = null;
    },
  };
}

/** The player's volume for a sound before its own level: master × its category (ui counts as effects). */
export function categoryVolume(kind: SoundEntry['kind'], settings: AudioSettings): number {
  const category = kind === 'ambience' ? settings.ambience : settings.effects;
  return settings.master * category;
}

/** The level a sound plays at: its own volume × master × category, or 0 when muted. */
export function soundVolume(entry: Pick<SoundEntry, 'kind' | 'volume'>, settings: AudioSettings): number {
  return settings.muted ? 0 : entry.volume * categoryVolume(entry.kind, settings);
}
