// The howler adapter behind the audio port. howler is imported lazily, so it never delays the first
// screen. One Howl per sound in assets/audio/sounds.json; ambience loops and fades in and out gently
// (no fades when the player asks for reduced motion); nothing here is ever louder than its manifest level.

import type { Howl as HowlInstance, HowlOptions } from 'howler';
import type { SoundEntry } from '../core/encounter/scene-manifest.ts';
import { DEFAULT_SETTINGS } from '../state/settings.ts';
import { soundVolume, type AudioPort, type AudioSettings } from './audio.ts';

/** Length of an ambience fade in or out. Slow on purpose: nothing should start suddenly. */
const AMBIENCE_FADE_MS = 1200;

const HOWL_EVENTS = { fade: 'fade' } as const;

interface Loaded {
  entry: SoundEntry;
  howl: HowlInstance;
}

interface Playing {
  id: string;
  howl: HowlInstance;
  soundId: number;
}

/** The file's extension, which howler needs when a bundler's URL hides it. */
function formatOf(file: string): string {
  const dot = file.lastIndexOf('.');
  return dot >= 0 ? file.slice(dot + 1).toLowerCase() : '';
}

/**
 * Builds the howler-backed audio port. Each sound loads the first time it is asked for (a scene's
 * ambience, an effect), not all at once: loading and decoding every file on the learner's first key
 * press held up the stage for half a second, mid-fade (`npm run bench`). A sound asked for before it
 * has loaded is queued by howler and plays once ready. (Listen for loading with the `onload`/
 * `onloaderror` options, never `.on('load')` after construction: that misses cached files.)
 */
export async function createHowlerAudio(
  sounds: readonly SoundEntry[],
  assetUrl: (file: string) => string,
): Promise<AudioPort> {
  const { Howl, Howler } = await import('howler');
  let settings: AudioSettings = { ...DEFAULT_SETTINGS };
  let disposed = false;
  let ambience: Playing | null = null;
  const failed = new Set<string>();
  const library = new Map<string, Loaded>();
  /** Level of a sound with mute ignored (mute is applied per Howl so fades keep their target). */
  const level = (entry: SoundEntry): number => soundVolume(entry, { ...settings, muted: false });

  for (const entry of sounds) {
    const options: HowlOptions = {
      src: entry.files.map(assetUrl),
      format: entry.files.map(formatOf),
      loop: entry.loop,
      preload: false,
      volume: level(entry),
      onloaderror: (_id, error) => {
        if (failed.has(entry.id)) return;
        failed.add(entry.id);
        console.warn(
          `Sound "${entry.id}" could not be loaded (${String(error)}); the game carries on without it.`,
        );
      },
    };
    library.set(entry.id, { entry, howl: new Howl(options) });
  }

  /** The sound's Howl, loading its file the first time it is asked for. */
  const ready = (id: string): Loaded | undefined => {
    const loaded = library.get(id);
    if (loaded?.howl.state() === 'unloaded') loaded.howl.load();
    return loaded;
  };

  const stopAmbience = (): void => {
    const playing = ambience;
    ambience = null;
    if (!playing) return;
    const { howl, soundId } = playing;
    if (settings.reducedMotion) {
      howl.stop(soundId);
      return;
    }
    howl.once(HOWL_EVENTS.fade, () => howl.stop(soundId), soundId);
    howl.fade(howl.volume(soundId) as number, 0, AMBIENCE_FADE_MS, soundId);
  };

  return {
    playAmbience(id) {
      if (disposed || (ambience?.id ?? null) === id) return;
      stopAmbience();
      if (id === null) return;
      const loaded = ready(id);
      if (!loaded) return;
      const { entry, howl } = loaded;
      howl.mute(settings.muted);
      howl.loop(true);
      const soundId = howl.play();
      if (typeof soundId !== 'number') return;
      ambience = { id, howl, soundId };
      if (settings.reducedMotion) howl.volume(level(entry), soundId);
      else howl.fade(0, level(entry), AMBIENCE_FADE_MS, soundId);
    },

    playEffect(id) {
      if (disposed) return;
      const loaded = ready(id);
      if (!loaded) return;
      const { entry, howl } = loaded;
      howl.mute(settings.muted);
      const soundId = howl.play();
      if (typeof soundId === 'number') howl.volume(level(entry), soundId);
    },

    setVolumes(next) {
      settings = { ...next };
      if (disposed) return;
      for (const { entry, howl } of library.values()) {
        howl.mute(settings.muted);
        if (ambience?.howl === howl) howl.volume(level(entry), ambience.soundId);
        else if (entry.kind !== 'ambience') howl.volume(level(entry));
      }
    },

    unlock() {
      if (disposed) return;
      const ctx = Howler.ctx as AudioContext | null | undefined;
      if (ctx && ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
    },

    dispose() {
      if (disposed) return;
      disposed = true;
      ambience = null;
      for (const { howl } of library.values()) {
        howl.stop();
        howl.unload();
      }
      library.clear();
    },
  };
}
