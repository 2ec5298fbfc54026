// Scenes and sound captions in other languages (issue #13). A translation of a scene is a file per
// locale, assets/scenes/<locale>/<scene id>.json, holding only the words a learner reads:
// `{ "title": "…", "description": "…", "hotspots": { "<hotspot id>": "<label>" } }`. Captions are one
// file, assets/audio/<locale>/sounds.json: `{ "<sound id>": "<caption>" }`. Ids, rectangles, art and
// cast never change with the language. The checkers name every missing, extra or empty entry; the
// overlays apply the checked words, keeping English for anything not translated.

import type { SceneManifest, SoundEntry } from './scene-manifest.ts';
import { withLiveWords } from '../live-words.ts';

/** Checked words of one scene in one language. */
export interface SceneWords {
  title?: string;
  description?: string;
  hotspots: ReadonlyMap<string, string>;
}

const SCENE_FIELDS = ['title', 'description'] as const;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isText(v: unknown): v is string {
  return typeof v === 'string' && v.trim() !== '';
}

/** Checks one scene's translation (`file` names it in messages) against the English scene. */
export function checkSceneTranslation(
  scene: SceneManifest,
  raw: unknown,
  file: string,
): { words: SceneWords; problems: string[] } {
  const problems: string[] = [];
  const hotspots = new Map<string, string>();
  const words: SceneWords = { hotspots };
  if (!isRecord(raw))
    return { words, problems: [`${file}: must be an object of title, description, hotspots`] };
  for (const key of Object.keys(raw))
    if (key !== 'hotspots' && !(SCENE_FIELDS as readonly string[]).includes(key))
      problems.push(`${file}: "${key}" is not translated (only title, description, hotspots)`);
  for (const field of SCENE_FIELDS) {
    const value = raw[field];
    if (value === undefined) problems.push(`${file}: "${field}" is missing`);
    else if (!isText(value)) problems.push(`${file}: "${field}" must be text`);
    else words[field] = value;
  }
  const labels = raw['hotspots'];
  if (!isRecord(labels)) {
    problems.push(`${file}: "hotspots" must be an object of labels by hotspot id`);
    return { words, problems };
  }
  const ids = new Set(scene.hotspots.map((h) => h.id));
  for (const [id, label] of Object.entries(labels)) {
    if (!ids.has(id)) problems.push(`${file}: ${id}: no hotspot with this id in scene ${scene.id}`);
    else if (!isText(label)) problems.push(`${file}: ${id}: label must be text`);
    else hotspots.set(id, label);
  }
  for (const id of ids) if (!(id in labels)) problems.push(`${file}: ${id}: not translated`);
  return { words, problems };
}

/** Checks one language's captions (`file` names it in messages) against the English sounds. */
export function checkSoundTranslation(
  sounds: readonly SoundEntry[],
  raw: unknown,
  file: string,
): { captions: ReadonlyMap<string, string>; problems: string[] } {
  const captions = new Map<string, string>();
  if (!isRecord(raw)) return { captions, problems: [`${file}: must be an object of captions by sound id`] };
  const problems: string[] = [];
  const ids = new Set(sounds.map((s) => s.id));
  for (const [id, caption] of Object.entries(raw)) {
    if (!ids.has(id)) problems.push(`${file}: ${id}: no sound with this id`);
    else if (!isText(caption)) problems.push(`${file}: ${id}: caption must be text`);
    else captions.set(id, caption);
  }
  for (const id of ids) if (!(id in raw)) problems.push(`${file}: ${id}: not translated`);
  return { captions, problems };
}

/**
 * A scene whose words follow the language in use: `wordsFor` is asked at each read, so a change of
 * language shows at once; English stays for anything not translated.
 */
export function sceneInLanguage(scene: SceneManifest, wordsFor: () => SceneWords | undefined): SceneManifest {
  const hotspots = scene.hotspots.map((h) =>
    withLiveWords(h, ['label'], () => wordsFor()?.hotspots.get(h.id)),
  );
  return withLiveWords({ ...scene, hotspots }, SCENE_FIELDS, (field) => wordsFor()?.[field]);
}

/** Sounds whose captions follow the language in use (asked at each read), English otherwise. */
export function soundsInLanguage(
  sounds: readonly SoundEntry[],
  captionsFor: () => ReadonlyMap<string, string> | undefined,
): SoundEntry[] {
  return sounds.map((s) => withLiveWords(s, ['caption'], () => captionsFor()?.get(s.id)));
}
