// Scenes and captions in another language: a translation names every hotspot and sound and only the
// words a learner reads; what it lacks or adds is named by file and id; the words follow the language.

import { describe, expect, it } from 'vitest';
import type { SceneManifest, SoundEntry } from '../../src/core/encounter/scene-manifest.ts';
import {
  checkSceneTranslation,
  checkSoundTranslation,
  sceneInLanguage,
  soundsInLanguage,
  type SceneWords,
} from '../../src/core/encounter/scene-language.ts';

const scene = {
  id: 'hotel.lobby',
  setting: 'hotel',
  title: 'Hotel lobby',
  description: 'A quiet lobby at night.',
  art: 'lobby.svg',
  lighting: 'night',
  hotspots: [
    { id: 'desk', label: 'Front desk', x: 0, y: 0, w: 10, h: 10 },
    { id: 'door', label: 'Main door', x: 20, y: 0, w: 10, h: 10 },
  ],
  cast: [],
} as unknown as SceneManifest;

const sounds = [
  { id: 'chime', files: ['c.ogg'], caption: '[Chime]', loop: false, volume: 1, kind: 'effect' },
  { id: 'hum', files: ['h.ogg'], caption: '[Hum]', loop: true, volume: 1, kind: 'ambience' },
] as SoundEntry[];

const FILE = 'assets/scenes/es-US/hotel.lobby.json';

describe('scene translations', () => {
  it('accepts a complete translation with no problems', () => {
    const { words, problems } = checkSceneTranslation(
      scene,
      { title: 'Vestíbulo', description: 'Un vestíbulo.', hotspots: { desk: 'Recepción', door: 'Puerta' } },
      FILE,
    );
    expect(problems).toEqual([]);
    expect(words.title).toBe('Vestíbulo');
    expect(words.hotspots.get('door')).toBe('Puerta');
  });

  it('names missing fields, empty text, unknown and untranslated hotspots by file and id', () => {
    const { problems } = checkSceneTranslation(
      scene,
      { title: ' ', art: 'x.svg', hotspots: { desk: 'Recepción', window: 'Ventana' } },
      FILE,
    );
    expect(problems).toEqual([
      `${FILE}: "art" is not translated (only title, description, hotspots)`,
      `${FILE}: "title" must be text`,
      `${FILE}: "description" is missing`,
      `${FILE}: window: no hotspot with this id in scene hotel.lobby`,
      `${FILE}: door: not translated`,
    ]);
  });

  it('shows the words of the language in use at each read, English where none', () => {
    const inUse: { words?: SceneWords } = {};
    const view = sceneInLanguage(scene, () => inUse.words);
    expect(view.description).toBe('A quiet lobby at night.');
    inUse.words = { description: 'Un vestíbulo.', hotspots: new Map([['desk', 'Recepción']]) };
    expect(view.description).toBe('Un vestíbulo.');
    expect(view.title).toBe('Hotel lobby');
    expect(view.hotspots.map((h) => h.label)).toEqual(['Recepción', 'Main door']);
    expect(view.hotspots[0]?.x).toBe(0);
  });
});

describe('caption translations', () => {
  const CAPTIONS = 'assets/audio/es-US/sounds.json';
  it('names unknown, empty and untranslated captions', () => {
    const { captions, problems } = checkSoundTranslation(sounds, { chime: '', bell: '[Campana]' }, CAPTIONS);
    expect(problems).toEqual([
      `${CAPTIONS}: chime: caption must be text`,
      `${CAPTIONS}: bell: no sound with this id`,
      `${CAPTIONS}: hum: not translated`,
    ]);
    expect(captions.size).toBe(0);
  });

  it('follows the language in use at each read', () => {
    const inUse: { captions?: ReadonlyMap<string, string> } = {};
    const view = soundsInLanguage(sounds, () => inUse.captions);
    expect(view[0]?.caption).toBe('[Chime]');
    inUse.captions = checkSoundTranslation(
      sounds,
      { chime: '[Campanilla]', hum: '[Zumbido]' },
      CAPTIONS,
    ).captions;
    expect(view.map((s) => s.caption)).toEqual(['[Campanilla]', '[Zumbido]']);
    expect(view[1]?.loop).toBe(true);
  });
});
