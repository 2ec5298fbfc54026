// LMS packages: the normal Vite build of the game (base '../', so it runs from any folder), plus the
// manifest of the standard (imsmanifest.xml for SCORM 1.2 and SCORM 2004 4th edition, cmi5.xml for
// cmi5) and lms.json, which tells the game which standard and assignment it runs under. One SCO / AU.

import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import MessageFormat from '@messageformat/core';
import { zipSync } from 'fflate';
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { build } from 'vite';
import {
  ASSIGNMENT_FORMAT,
  ASSIGNMENT_VERSION,
  readAssignment,
  type Assignment,
} from '../../src/core/lms/assignment.ts';
import {
  LMS_FILE,
  LMS_FORMAT,
  LMS_STANDARDS,
  type LmsLaunch,
  type LmsStandard,
} from '../../src/core/lms/lms.ts';
import { LMS_META } from '../../src/core/lms/lms-launch.ts';
import { LANG_PARAM, LOCALES, type Locale } from '../../src/core/locale.ts';
import { courseDescription, type LmsWords } from '../../src/core/lms/xapi.ts';
import { encounterFiles, headerMeta, ROOT, STORIES_DIR } from '../check/library.ts';
import { MESSAGES_DIR, readCatalog } from '../i18n/i18n-compile.ts';

export const MANIFEST = { scorm: 'imsmanifest.xml', cmi5: 'cmi5.xml' } as const;
export const PACKAGES_DIR = join(ROOT, 'packages');
export const DEFAULT_PASS_MARK = 80;
/** The one page every standard launches. */
export const LAUNCH_PAGE = 'index.html';

/** Ids of every encounter in the library, in file order. */
export function libraryIds(): string[] {
  return encounterFiles().map((f) => headerMeta(f).id);
}

/** `--lang all`: one package in every language the game ships. */
export const ALL_LANGUAGES = 'all';

/**
 * The languages of a package from `--lang`: one locale, or every one (`all`, the default), English
 * first. Anything else is an error naming the value and the allowed ones.
 */
export function packageLanguages(lang: string | undefined): Locale[] {
  if (lang === undefined || lang === ALL_LANGUAGES) return [...LOCALES];
  const locale = LOCALES.find((l) => l === lang);
  if (!locale)
    throw new Error(
      `--lang: "${lang}" is not a language of this game (use one of ${[...LOCALES, ALL_LANGUAGES].join(', ')})`,
    );
  return [locale];
}

/** The title of the package of the whole library, in each language. */
export const DEFAULT_TITLES: Readonly<Record<Locale, string>> = {
  'en-US': 'Second Look: recognising and responding to human trafficking',
  'es-US': 'Second Look: reconocer la trata de personas y actuar',
};

/** Without a file: every encounter in the library, assessment mode, pass mark 80. */
export function defaultAssignment(ids = libraryIds()): Assignment {
  return {
    format: ASSIGNMENT_FORMAT,
    version: ASSIGNMENT_VERSION,
    title: DEFAULT_TITLES['en-US'],
    encounters: ids,
    mode: 'assessment',
    passMark: DEFAULT_PASS_MARK,
  };
}

/**
 * The package's words in `locale`, from the same catalog as the game's xAPI records
 * (src/i18n/messages/<locale>/lms.json), compiled here with @messageformat/core.
 */
export function packageWords(locale: Locale, root = ROOT): LmsWords {
  const catalog = readCatalog(join(root, MESSAGES_DIR, locale, 'lms.json'));
  const mf = new MessageFormat(locale);
  const message = (key: string): ((d: Record<string, unknown>) => string) => {
    const text = catalog[key];
    if (typeof text !== 'string') throw new Error(`${MESSAGES_DIR}/${locale}/lms.json: ${key} is missing`);
    const fn = mf.compile(text);
    return (d) => String(fn(d));
  };
  const verbs = catalog['verbs'] as Record<string, string>;
  return {
    verbs: verbs as LmsWords['verbs'],
    course: message('course'),
    encounters: message('encounters'),
    decision: message('decision'),
    report: message('report'),
    reportAction: message('reportAction')({}),
  };
}

/**
 * Each encounter's title in `locale`, by id: the header of its translation
 * (stories/<locale>/<setting>/<name>.ink), or of the English story when it has none.
 */
export function encounterTitles(locale: Locale): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of encounterFiles()) {
    const english = headerMeta(file);
    const translated = join(STORIES_DIR, locale, relative(STORIES_DIR, file));
    const meta = locale !== LOCALES[0] && existsSync(translated) ? headerMeta(translated) : english;
    out.set(english.id, meta.title);
  }
  return out;
}

/** What a package says in one language: its title and its description. */
export interface PackageText {
  title: string;
  description: string;
}

/**
 * The package's title and description in each of its languages. The title is the package's own for
 * that language (`titles`), else the default package's when the assignment is the library's default,
 * else the assignment's; the description names the encounters by their titles in that language.
 */
export function packageTexts(
  assignment: Assignment,
  languages: readonly Locale[],
  titles: Partial<Record<Locale, string>> = {},
): Record<Locale, PackageText> {
  const isDefault = assignment.title === DEFAULT_TITLES['en-US'];
  const out = {} as Record<Locale, PackageText>;
  for (const locale of languages) {
    const names = encounterTitles(locale);
    out[locale] = {
      title: titles[locale] ?? (isDefault ? DEFAULT_TITLES[locale] : assignment.title),
      description: courseDescription(
        locale,
        packageWords(locale),
        assignment,
        assignment.encounters.map((id) => names.get(id) ?? id),
      ),
    };
  }
  return out;
}

/** What the launch URL adds: `?lang=es` when the package has one language, nothing otherwise. */
export function launchQuery(languages: readonly Locale[]): string {
  const only = languages.length === 1 ? languages[0] : undefined;
  return only ? `?${LANG_PARAM}=${only.split('-')[0]}` : '';
}

export function readAssignmentFile(path: string, known = libraryIds()): Assignment {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: is not readable JSON (${(e as Error).message})`);
  }
  return readAssignment(path, value, known);
}

/** A name for files and identifiers: letters, digits and dashes. */
export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'second-look'
  );
}

/** Every file under `dir`, as forward-slash paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

export interface ManifestInput {
  assignment: Assignment;
  /** Files of the package (forward slashes), the manifest itself left out. */
  files: string[];
  /** Identifier stem; for cmi5 an IRI for the course. */
  id: string;
  /** The package's languages, the first the one plain (single-language) titles use. */
  languages: Locale[];
  /** Title and description in each of the package's languages. */
  texts: Record<Locale, PackageText>;
}

/** The text of `key` in the package's first language (for elements that hold one language only). */
const firstText = (input: ManifestInput, key: keyof PackageText): string => {
  const first = input.languages[0];
  return first ? input.texts[first][key] : input.assignment.title;
};

/** What differs between the SCORM 1.2 and 2004 manifests; the rest of the skeleton is shared. */
interface ScormFlavour {
  /** Namespace and schema-location attributes of the manifest element. */
  namespaces: Record<string, string>;
  schemaVersion: string;
  /** The attribute that marks the resource as a SCO (its case differs between versions). */
  scoAttribute: string;
  /** Adds the version's pass-mark rule to the organization's one item. */
  passMark(item: XMLBuilder, passMark: number): void;
  /** Adds the package's metadata (title, language, description in each language). */
  metadata(metadata: XMLBuilder, input: ManifestInput): void;
}

/** One organization with one item, launching one SCO resource that lists every file. */
function scormManifest(input: ManifestInput, flavour: ScormFlavour): string {
  const { assignment, files, id } = input;
  const doc = create({ version: '1.0', encoding: 'UTF-8' }).ele('manifest', {
    identifier: `${id}-manifest`,
    version: '1',
    ...flavour.namespaces,
  });
  const metadata = doc.ele('metadata');
  metadata.ele('schema').txt('ADL SCORM').up().ele('schemaversion').txt(flavour.schemaVersion);
  flavour.metadata(metadata, input);
  const org = doc
    .ele('organizations', { default: `${id}-org` })
    .ele('organization', { identifier: `${id}-org` });
  // Titles here hold one language: the package's first.
  org.ele('title').txt(firstText(input, 'title'));
  const query = launchQuery(input.languages);
  const item = org.ele('item', {
    identifier: `${id}-item`,
    identifierref: `${id}-sco`,
    isvisible: 'true',
    // A one-language package fixes the game's language in its launch: index.html?lang=es.
    ...(query ? { parameters: query } : {}),
  });
  item.ele('title').txt(firstText(input, 'title'));
  flavour.passMark(item, assignment.passMark);
  const res = doc.ele('resources').ele('resource', {
    identifier: `${id}-sco`,
    type: 'webcontent',
    [flavour.scoAttribute]: 'sco',
    href: LAUNCH_PAGE,
  });
  for (const f of files) res.ele('file', { href: f });
  return doc.end({ prettyPrint: true });
}

/** SCORM 1.2 (IMS Content Packaging 1.1.2 with the ADL 1.2 extensions). */
export function scorm12Manifest(input: ManifestInput): string {
  return scormManifest(input, {
    namespaces: {
      xmlns: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
      'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
      'xmlns:imsmd': 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1',
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation':
        'http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd',
    },
    schemaVersion: '1.2',
    scoAttribute: 'adlcp:scormtype',
    passMark: (item, mark) => item.ele('adlcp:masteryscore').txt(String(mark)),
    // IMS Learning Resource Meta-data 1.2.1 (the binding SCORM 1.2 uses): <langstring xml:lang>.
    metadata: (metadata, { languages, texts }) => {
      const general = metadata.ele('imsmd:lom').ele('imsmd:general');
      const strings = (parent: XMLBuilder, key: keyof PackageText) => {
        for (const l of languages) parent.ele('imsmd:langstring', { 'xml:lang': l }).txt(texts[l][key]);
      };
      strings(general.ele('imsmd:title'), 'title');
      for (const l of languages) general.ele('imsmd:language').txt(l);
      strings(general.ele('imsmd:description'), 'description');
    },
  });
}

/** SCORM 2004 4th edition: one SCO whose primary objective is satisfied at the pass mark. */
export function scorm2004Manifest(input: ManifestInput): string {
  return scormManifest(input, {
    namespaces: {
      xmlns: 'http://www.imsglobal.org/xsd/imscp_v1p1',
      'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_v1p3',
      'xmlns:adlseq': 'http://www.adlnet.org/xsd/adlseq_v1p3',
      'xmlns:adlnav': 'http://www.adlnet.org/xsd/adlnav_v1p3',
      'xmlns:imsss': 'http://www.imsglobal.org/xsd/imsss',
      'xmlns:lom': 'http://ltsc.ieee.org/xsd/LOM',
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation':
        'http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd http://ltsc.ieee.org/xsd/LOM lom.xsd',
    },
    // IEEE LOM (the binding SCORM 2004 uses), inline: <string language> per language.
    metadata: (metadata, { languages, texts }) => {
      const general = metadata.ele('lom:lom').ele('lom:general');
      const strings = (parent: XMLBuilder, key: keyof PackageText) => {
        for (const l of languages) parent.ele('lom:string', { language: l }).txt(texts[l][key]);
      };
      strings(general.ele('lom:title'), 'title');
      for (const l of languages) general.ele('lom:language').txt(l);
      strings(general.ele('lom:description'), 'description');
    },
    schemaVersion: '2004 4th Edition',
    scoAttribute: 'adlcp:scormType',
    passMark: (item, mark) =>
      item
        .ele('imsss:sequencing')
        .ele('imsss:objectives')
        .ele('imsss:primaryObjective', { objectiveID: 'pass-mark', satisfiedByMeasure: 'true' })
        .ele('imsss:minNormalizedMeasure')
        .txt(String(mark / 100)),
  });
}

/** cmi5 course structure: one AU that moves on when completed and passed at the pass mark. */
export function cmi5CourseStructure({ assignment, id, languages, texts }: ManifestInput): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' }).ele('courseStructure', {
    xmlns: 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd',
  });
  // cmi5 titles and descriptions: one langstring per language of the package.
  const strings = (parent: XMLBuilder, key: keyof PackageText) => {
    for (const l of languages) parent.ele('langstring', { lang: l }).txt(texts[l][key]);
  };
  const course = doc.ele('course', { id });
  strings(course.ele('title'), 'title');
  strings(course.ele('description'), 'description');
  const au = doc.ele('au', {
    id: `${id}/au`,
    moveOn: assignment.mode === 'assessment' ? 'CompletedAndPassed' : 'Completed',
    masteryScore: String(assignment.passMark / 100),
    launchMethod: 'AnyWindow',
  });
  strings(au.ele('title'), 'title');
  strings(au.ele('description'), 'description');
  // A one-language package fixes the game's language; the LMS adds its launch parameters after.
  au.ele('url').txt(`${LAUNCH_PAGE}${launchQuery(languages)}`);
  return doc.end({ prettyPrint: true });
}

export interface PackageOptions {
  standard: LmsStandard;
  assignment: Assignment;
  /** A game already built with base '../'; when left out, `vite build` runs first. */
  distDir?: string;
  outDir?: string;
  /** For cmi5, the course IRI; defaults to a URN from the title. */
  courseId?: string;
  /** `--lang`: one locale, or `all` (the default: every shipped language in one package). */
  lang?: string;
  /** The assignment's title in other languages (`--title es-US=…`). */
  titles?: Partial<Record<Locale, string>>;
}

/** Builds the zip; returns its path. */
export async function buildPackage(opts: PackageOptions): Promise<string> {
  // A wrong --lang is refused before anything is built or written.
  packageLanguages(opts.lang);
  const outDir = opts.outDir ?? PACKAGES_DIR;
  let dist = opts.distDir;
  let scratch: string | null = null;
  if (!dist) {
    dist = scratch = mkdtempSync(join(tmpdir(), 'second-look-lms-'));
    await build({ root: ROOT, logLevel: 'warn', base: '../', build: { outDir: dist, emptyOutDir: true } });
  }
  try {
    return writePackage(opts, dist, outDir);
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

function writePackage(opts: PackageOptions, dist: string, outDir: string): string {
  const languages = packageLanguages(opts.lang);
  const texts = packageTexts(opts.assignment, languages, opts.titles);
  const name = slug(opts.assignment.title) + (languages.length === 1 ? `-${languages[0]}` : '');
  const files: Record<string, Uint8Array> = {};
  for (const f of listFiles(dist)) {
    if (f === LMS_FILE || f === MANIFEST.scorm || f === MANIFEST.cmi5) continue;
    files[f] = readFileSync(join(dist, f));
  }
  // Mark the launch page, so the game looks for lms.json only inside a package.
  const page = new TextDecoder().decode(files[LAUNCH_PAGE]);
  const meta = `<meta name="${LMS_META}" content="${LMS_FILE}">`;
  files[LAUNCH_PAGE] = new TextEncoder().encode(
    /<head[^>]*>/i.test(page)
      ? page.replace(/<head[^>]*>/i, (head) => head + meta)
      : page.replace(/^(<!doctype html>)?/i, (doctype) => doctype + meta),
  );
  const launch: LmsLaunch = {
    format: LMS_FORMAT,
    standard: opts.standard,
    assignment: opts.assignment,
    languages,
    titles: Object.fromEntries(languages.map((l) => [l, texts[l].title])),
  };
  files[LMS_FILE] = new TextEncoder().encode(`${JSON.stringify(launch, null, 2)}\n`);
  const listed = Object.keys(files).sort();
  const input: ManifestInput = {
    assignment: opts.assignment,
    files: listed,
    id: name.startsWith('second-look') ? name : `second-look-${name}`,
    languages,
    texts,
  };
  if (opts.standard === LMS_STANDARDS.cmi5) {
    input.id = opts.courseId ?? `urn:second-look:course:${name.toLowerCase()}`;
    files[MANIFEST.cmi5] = new TextEncoder().encode(cmi5CourseStructure(input));
  } else {
    const xml = opts.standard === LMS_STANDARDS.scorm12 ? scorm12Manifest(input) : scorm2004Manifest(input);
    files[MANIFEST.scorm] = new TextEncoder().encode(xml);
  }
  mkdirSync(outDir, { recursive: true });
  const out = join(outDir, `${name}-${opts.standard}.zip`);
  writeFileSync(out, zipSync(files, { level: 9 }));
  return out;
}
