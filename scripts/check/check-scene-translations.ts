// The scene and caption part of `npm run check:translations` (issue #13): each
// assets/scenes/<locale>/<scene id>.json and assets/audio/<locale>/sounds.json is checked against the
// English scene or sound list (src/core/encounter/scene-language.ts), every problem named by file and id.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSceneTranslation, checkSoundTranslation } from '../../src/core/encounter/scene-language.ts';
import { readSceneManifest, readSoundManifest } from '../../src/core/encounter/scene-manifest.ts';

function readJson(path: string, rel: string, problems: string[]): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    problems.push(`${rel}: not valid JSON (${(e as Error).message})`);
    return undefined;
  }
}

/** Checks one locale's scene words and captions; returns how many scenes it translates, of how many. */
export function checkSceneWords(
  root: string,
  locale: string,
  problems: string[],
): { scenes: number; of: number; captions: boolean } {
  const sceneDir = join(root, 'assets', 'scenes');
  const english = existsSync(sceneDir) ? readdirSync(sceneDir).filter((f) => f.endsWith('.json')) : [];
  const dir = join(sceneDir, locale);
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  let scenes = 0;
  for (const file of files) {
    const rel = `assets/scenes/${locale}/${file}`;
    if (!english.includes(file)) {
      problems.push(`${rel}: translates assets/scenes/${file}, which does not exist`);
      continue;
    }
    const raw = readJson(join(dir, file), rel, problems);
    if (raw === undefined) continue;
    const scene = readSceneManifest(`assets/scenes/${file}`, readJson(join(sceneDir, file), file, problems));
    problems.push(...checkSceneTranslation(scene, raw, rel).problems);
    scenes++;
  }
  const captionsFile = join(root, 'assets', 'audio', locale, 'sounds.json');
  const captions = existsSync(captionsFile);
  if (captions) {
    const rel = `assets/audio/${locale}/sounds.json`;
    const raw = readJson(captionsFile, rel, problems);
    const sourcePath = join(root, 'assets', 'audio', 'sounds.json');
    const sounds = readSoundManifest(
      'assets/audio/sounds.json',
      readJson(sourcePath, 'sounds.json', problems),
    );
    if (raw !== undefined) problems.push(...checkSoundTranslation(sounds, raw, rel).problems);
  }
  return { scenes, of: english.length, captions };
}
