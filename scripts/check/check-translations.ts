// `npm run check:translations`: proves every translated story keeps its English source's structure
// (src/core/tags/story-parity.ts) and is not stale. A translation lives at
// stories/<locale>/<path of the English file>, e.g. stories/es-US/hotel/late-check-in.ink for
// stories/hotel/late-check-in.ink (stories/README.md). Prints each difference as
// `source:line ↔ translation:line: message`, then how much of the library each language covers;
// exits 1 when any translation differs, is stale or has no English source.

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATALOG_FILES, loadCatalogs } from '../../src/core/encounter/catalog.ts';
import {
  checkCatalogTranslation,
  type RawCatalogTranslation,
} from '../../src/core/encounter/catalog-language.ts';
import { checkSceneWords } from './check-scene-translations.ts';
import { claimLanguage, contactClaims } from '../../src/core/encounter/claims.ts';
import { DEFAULT_LOCALE, LOCALES } from '../../src/core/locale.ts';
import { checkParity, formatParityProblem } from '../../src/core/tags/story-parity.ts';

/** The content hash a translation names in its `// translation-of:` line. */
export function sourceHash(text: string): string {
  const normal = text.replace(/\r\n?/g, '\n');
  return `sha256:${createHash('sha256').update(normal).digest('hex').slice(0, 16)}`;
}

function inkFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? inkFiles(join(dir, e.name)) : e.name.endsWith('.ink') ? [join(dir, e.name)] : [],
    )
    .sort();
}

export interface TranslationReport {
  /** One line per problem, places first. */
  problems: string[];
  /** Per locale: how many English story files it translates, and which it does not yet. */
  coverage: {
    locale: string;
    translated: number;
    of: number;
    missing: string[];
    catalogs: boolean;
    /** Scenes translated (assets/scenes/<locale>/), of how many; whether captions are. */
    scenes: { translated: number; of: number };
    captions: boolean;
  }[];
}

/** Checks stories/catalog/<locale>/*.json against the English catalogs; false when there are none. */
function checkCatalogs(root: string, locale: string, problems: string[]): boolean {
  const catalogDir = join(root, 'stories', 'catalog');
  const dir = join(catalogDir, locale);
  if (!existsSync(dir)) return false;
  const read = (d: string, file: string): unknown =>
    existsSync(join(d, file)) ? JSON.parse(readFileSync(join(d, file), 'utf8')) : undefined;
  const english = loadCatalogs({
    indicators: read(catalogDir, CATALOG_FILES.indicators),
    dimensions: read(catalogDir, CATALOG_FILES.dimensions),
    criticalErrors: read(catalogDir, CATALOG_FILES.criticalErrors),
    misconceptions: read(catalogDir, CATALOG_FILES.misconceptions),
    distractors: read(catalogDir, CATALOG_FILES.distractors),
  });
  const raw: RawCatalogTranslation = {};
  for (const [name, file] of Object.entries(CATALOG_FILES)) {
    try {
      const data = read(dir, file);
      if (data !== undefined) raw[name as keyof RawCatalogTranslation] = data;
    } catch (e) {
      problems.push(`${relative(root, join(dir, file))}: not valid JSON (${(e as Error).message})`);
      return true;
    }
  }
  problems.push(...checkCatalogTranslation(english, raw, relative(root, dir)).problems);
  return true;
}

/** Checks every translation under `<root>/stories/<locale>/` against its English source. */
export function checkTranslations(root: string): TranslationReport {
  const stories = join(root, 'stories');
  const others = LOCALES.filter((l) => l !== DEFAULT_LOCALE);
  const localeDirs = new Set<string>(others.map((l) => join(stories, l)));
  const sources = inkFiles(stories).filter(
    (f) =>
      ![...localeDirs].some((d) => f.startsWith(`${d}/`)) && !f.includes(`${join(stories, '_template')}/`),
  );
  const problems: string[] = [];
  const coverage: TranslationReport['coverage'] = [];
  for (const locale of others) {
    const dir = join(stories, locale);
    const translations = inkFiles(dir);
    for (const file of translations) {
      const source = join(stories, relative(dir, file));
      const rel = relative(root, file);
      if (!existsSync(source)) {
        problems.push(`${rel}: translates ${relative(root, source)}, which does not exist`);
        continue;
      }
      const sourceText = readFileSync(source, 'utf8');
      const translationText = readFileSync(file, 'utf8');
      for (const p of checkParity({
        sourceFile: relative(root, source),
        sourceText,
        sourceHash: sourceHash(sourceText),
        translationFile: rel,
        translationText,
      }))
        problems.push(formatParityProblem(p));
      // A translation may not state what the configured hotline is like where the English does not.
      for (const d of contactClaims(rel, translationText, claimLanguage(locale)))
        problems.push(`${d.file}:${d.line ?? '?'}: ${d.message}`);
    }
    const done = new Set(translations.map((f) => relative(dir, f)));
    const missing = sources.map((f) => relative(stories, f)).filter((f) => !done.has(f));
    const catalogs = checkCatalogs(root, locale, problems);
    const sceneWords = checkSceneWords(root, locale, problems);
    coverage.push({
      locale,
      translated: sources.length - missing.length,
      of: sources.length,
      missing,
      catalogs,
      scenes: { translated: sceneWords.scenes, of: sceneWords.of },
      captions: sceneWords.captions,
    });
  }
  return { problems, coverage };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const report = checkTranslations(process.cwd());
  for (const line of report.problems) console.error(line);
  for (const c of report.coverage)
    console.log(
      `${c.locale}: ${c.translated} of ${c.of} story files translated${c.missing.length ? ` (not yet: ${c.missing.join(', ')})` : ''}; ${c.scenes.translated} of ${c.scenes.of} scenes; catalogs ${c.catalogs ? 'translated' : 'not yet'}; captions ${c.captions ? 'translated' : 'not yet'}`,
    );
  if (report.problems.length) {
    console.error(`${report.problems.length} translation problem(s).`);
    process.exit(1);
  }
}
