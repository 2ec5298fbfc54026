// The lazily loaded presentation layers: the Phaser stage (scene art) and howler audio.
// Neither is needed to read or choose, so both load after the overlay is interactive; a failure
// in either leaves the game fully playable with the text description and captions.

import type { SceneManifest } from '../core/encounter/scene-manifest.ts';
import { failureOf } from '../state/failure.ts';
import type { AppStore } from '../state/store.ts';
import { STRINGS } from '../ui/strings/strings.ts';

export interface Presentation {
  showStage(host: HTMLElement): void;
  hideStage(): void;
  attachCaptions(el: HTMLElement): void;
}

/** How long the audio layer waits for an idle moment before it is made ready anyway. */
const AUDIO_PREPARE_TIMEOUT_MS = 3000;

/** Resolves after the browser has painted the current DOM. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export function startPresentation(
  store: AppStore,
  scenes: ReadonlyMap<string, SceneManifest>,
  assetUrls: () => Promise<(file: string) => string>,
): Presentation {
  let stage: { destroy(): void } | null = null;
  let stageToken = 0;
  let captions: HTMLElement | null = null;
  let audioStarted = false;

  /**
   * The audio layer, made ready while the page is idle after the first screen: creating the audio
   * context and the sounds blocks the main thread for a few hundred ms under software rendering, and
   * on the first key press it landed in the middle of the stage's first fade (`npm run bench`). It
   * stays silent (and suspended) until the learner's first key or click.
   */
  let prepared: Promise<() => void> | null = null;
  const prepareAudio = () =>
    (prepared ??= Promise.all([
      import('../audio/howler-audio.ts'),
      import('../audio/audio-view.ts'),
      import('./sound-data.ts'),
      assetUrls(),
    ]).then(async ([{ createHowlerAudio }, { connectAudio }, { bundledSounds }, assetUrl]) => {
      const sounds = bundledSounds();
      const audio = await createHowlerAudio(sounds, assetUrl);
      return () => {
        audio.unlock();
        if (captions) connectAudio(store, audio, sounds, captions);
      };
    }));

  const startAudio = async () => {
    if (audioStarted || !captions) return;
    audioStarted = true;
    try {
      (await prepareAudio())();
    } catch (e) {
      store.getState().notify(STRINGS.soundUnavailable, failureOf(e).detail);
    }
  };
  // Browsers only allow sound after a gesture; the first key or click starts it.
  const onGesture = () => {
    window.removeEventListener('pointerdown', onGesture);
    window.removeEventListener('keydown', onGesture);
    void startAudio();
  };
  window.addEventListener('pointerdown', onGesture);
  window.addEventListener('keydown', onGesture);

  return {
    showStage(host) {
      const token = ++stageToken;
      stage?.destroy();
      stage = null;
      // Let the overlay paint the first choice before the (large) Phaser chunk is requested.
      void afterPaint()
        .then(() => Promise.all([import('../scenes/stage.ts'), assetUrls()]))
        .then(([{ mountStage }, assetUrl]) => mountStage(host, store, scenes, assetUrl))
        .then((mounted) => {
          if (token !== stageToken) mounted.destroy();
          else stage = mounted;
        })
        .catch((e: unknown) => {
          host.classList.add('stage-failed');
          console.warn('The scene art could not be drawn:', e);
        });
    },
    hideStage() {
      stageToken++;
      stage?.destroy();
      stage = null;
    },
    attachCaptions(el) {
      captions = el;
      // (A failure here is told when the learner's first gesture asks for the sound.)
      const prepare = () => void prepareAudio().catch(() => undefined);
      if (typeof window.requestIdleCallback === 'function')
        window.requestIdleCallback(prepare, { timeout: AUDIO_PREPARE_TIMEOUT_MS });
      else setTimeout(prepare, AUDIO_PREPARE_TIMEOUT_MS);
    },
  };
}
