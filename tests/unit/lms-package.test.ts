// The package builder on a small stand-in build: the zips hold the game, lms.json and a manifest that
// keeps the schema rules of its standard (required elements, identifiers and references, hrefs that
// exist in the zip, schema versions).

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { ASSIGNMENT_FORMAT, ASSIGNMENT_VERSION, type Assignment } from '../../src/core/lms/assignment.ts';
import { LMS_FILE, readLaunch, type LmsStandard } from '../../src/core/lms/lms.ts';
import { DataError } from '../../src/core/validate.ts';
import {
  buildPackage,
  DEFAULT_TITLES,
  defaultAssignment,
  libraryIds,
  packageLanguages,
  readAssignmentFile,
} from '../../scripts/lms/lms-package.ts';
import { encounterFiles, headerMeta, STORIES_DIR } from '../../scripts/check/library.ts';
import { existsSync, readdirSync } from 'node:fs';
import { relative } from 'node:path';

const work = mkdtempSync(join(tmpdir(), 'lms-package-test-'));
const dist = join(work, 'dist');
mkdirSync(join(dist, 'assets'), { recursive: true });
writeFileSync(
  join(dist, 'index.html'),
  '<!doctype html><title>Second Look</title><script src="./assets/index.js"></script>',
);
writeFileSync(join(dist, 'assets', 'index.js'), 'console.log(1)');
writeFileSync(join(dist, 'assets', 'lobby night.svg'), '<svg/>');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const ids = libraryIds();
const assignment: Assignment = {
  format: ASSIGNMENT_FORMAT,
  version: ASSIGNMENT_VERSION,
  title: 'Night shift & hotels — <refresher>',
  encounters: ids.slice(0, 2),
  mode: 'assessment',
  passMark: 75,
};

async function unpacked(
  standard: LmsStandard,
  opts: { lang?: string; of?: Assignment } = {},
): Promise<Record<string, string>> {
  const zip = await buildPackage({
    standard,
    assignment: opts.of ?? assignment,
    distDir: dist,
    outDir: join(work, 'out'),
    ...(opts.lang ? { lang: opts.lang } : {}),
  });
  return Object.fromEntries(
    Object.entries(unzipSync(readFileSync(zip))).map(([k, v]) => [k, new TextDecoder().decode(v)]),
  );
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (n) =>
    ['file', 'langstring', 'imsmd:langstring', 'lom:string', 'imsmd:language', 'lom:language'].includes(n),
});
type Node = Record<string, unknown>;
const node = (n: unknown, key: string): Node => {
  const v = (n as Node)[key];
  expect(v, `element <${key}>`).toBeDefined();
  return v as Node;
};
/** xs:ID: an XML name without a colon, unique in the document. */
const XS_ID = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;

function checkScormManifest(
  files: Record<string, string>,
  version: '1.2' | '2004 4th Edition',
  title = assignment.title,
): Node {
  const xml = files['imsmanifest.xml']!;
  expect(XMLValidator.validate(xml)).toBe(true);
  const manifest = node(parser.parse(xml), 'manifest');
  const ns =
    version === '1.2'
      ? 'http://www.imsproject.org/xsd/imscp_rootv1p1p2'
      : 'http://www.imsglobal.org/xsd/imscp_v1p1';
  expect(manifest['@xmlns']).toBe(ns);
  const metadata = node(manifest, 'metadata');
  expect(metadata['schema']).toBe('ADL SCORM');
  expect(String(metadata['schemaversion'])).toBe(version);
  const orgs = node(manifest, 'organizations');
  const org = node(orgs, 'organization');
  const item = node(org, 'item');
  const resource = node(node(manifest, 'resources'), 'resource');
  const identifiers = [
    manifest['@identifier'],
    org['@identifier'],
    item['@identifier'],
    resource['@identifier'],
  ];
  for (const id of identifiers) expect(String(id)).toMatch(XS_ID);
  expect(new Set(identifiers).size).toBe(identifiers.length);
  // References resolve: the default organization, the item's resource.
  expect(orgs['@default']).toBe(org['@identifier']);
  expect(item['@identifierref']).toBe(resource['@identifier']);
  expect(org['title']).toBe(title);
  expect(item['title']).toBe(title);
  expect(resource['@type']).toBe('webcontent');
  expect(resource[version === '1.2' ? '@adlcp:scormtype' : '@adlcp:scormType']).toBe('sco');
  // The launch page and every listed file are in the zip, and every file in the zip is listed.
  expect(files[String(resource['@href'])]).toBeDefined();
  const listed = (resource['file'] as Node[]).map((f) => String(f['@href']));
  for (const href of listed) expect(files[href], href).toBeDefined();
  expect(listed.sort()).toEqual(
    Object.keys(files)
      .filter((f) => f !== 'imsmanifest.xml')
      .sort(),
  );
  return item;
}

describe('LMS packages', () => {
  it('SCORM 1.2: one SCO, a well-formed manifest with the mastery score', async () => {
    const files = await unpacked('scorm12');
    const item = checkScormManifest(files, '1.2');
    expect(item['adlcp:masteryscore']).toBe(75);
    expect(files['assets/lobby night.svg']).toBe('<svg/>');
    // The launch page is marked, so the game looks for lms.json only inside a package.
    expect(files['index.html']).toContain('<meta name="second-look-lms" content="lms.json">');
    const launch = readLaunch(LMS_FILE, JSON.parse(files[LMS_FILE]!), ids);
    // Built for every language by default; a title given once holds in each.
    expect(launch).toEqual({
      format: 'second-look-lms',
      standard: 'scorm12',
      assignment,
      languages: ['en-US', 'es-US'],
      titles: { 'en-US': assignment.title, 'es-US': assignment.title },
    });
  });

  it('SCORM 2004 4th edition: one SCO whose primary objective is satisfied at the pass mark', async () => {
    const files = await unpacked('scorm2004');
    const item = checkScormManifest(files, '2004 4th Edition');
    const manifest = node(parser.parse(files['imsmanifest.xml']!), 'manifest');
    expect(manifest['@xmlns:adlcp']).toBe('http://www.adlnet.org/xsd/adlcp_v1p3');
    expect(manifest['@xmlns:imsss']).toBe('http://www.imsglobal.org/xsd/imsss');
    const primary = node(node(node(item, 'imsss:sequencing'), 'imsss:objectives'), 'imsss:primaryObjective');
    expect(primary['@satisfiedByMeasure']).toBe('true');
    const measure = Number(primary['imsss:minNormalizedMeasure']);
    expect(measure).toBe(0.75);
    expect(measure).toBeGreaterThanOrEqual(-1);
    expect(measure).toBeLessThanOrEqual(1);
    expect(JSON.parse(files[LMS_FILE]!).standard).toBe('scorm2004');
  });

  it('cmi5: a course structure with one AU launching the game', async () => {
    const files = await unpacked('cmi5');
    expect(files['imsmanifest.xml']).toBeUndefined();
    const xml = files['cmi5.xml']!;
    expect(XMLValidator.validate(xml)).toBe(true);
    const cs = node(parser.parse(xml), 'courseStructure');
    expect(cs['@xmlns']).toBe('https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd');
    const course = node(cs, 'course');
    const au = node(cs, 'au');
    expect(String(course['@id'])).toMatch(IRI);
    expect(String(au['@id'])).toMatch(IRI);
    expect(au['@id']).not.toBe(course['@id']);
    const langstrings = (n: Node) => (n['langstring'] as Node[]).map((l) => [l['@lang'], l['#text']]);
    expect(langstrings(node(course, 'title'))).toEqual([
      ['en-US', assignment.title],
      ['es-US', assignment.title],
    ]);
    expect(langstrings(node(au, 'title')).map(([lang]) => lang)).toEqual(['en-US', 'es-US']);
    expect(['Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed', 'NotApplicable']).toContain(
      au['@moveOn'],
    );
    expect(au['@moveOn']).toBe('CompletedAndPassed');
    expect(Number(au['@masteryScore'])).toBe(0.75);
    expect(['OwnWindow', 'AnyWindow']).toContain(au['@launchMethod']);
    expect(files[String(au['url'])]).toBeDefined();
  });

  it('defaults to every encounter, assessment mode, pass mark 80', () => {
    const a = defaultAssignment();
    expect(a.encounters).toEqual(ids);
    expect(ids.length).toBeGreaterThanOrEqual(12);
    expect(a).toMatchObject({ mode: 'assessment', passMark: 80 });
  });

  it('refuses a broken assignment file, naming the file and the field', () => {
    const file = join(work, 'bad.json');
    writeFileSync(file, JSON.stringify({ ...assignment, encounters: ['hotel.nowhere'], passMark: 120 }));
    expect(() => readAssignmentFile(file)).toThrow(DataError);
    expect(() => readAssignmentFile(file)).toThrow(/bad\.json.*encounters\[0\].*not in this library/s);
    expect(() => readAssignmentFile(file)).toThrow(/passMark/);
    writeFileSync(file, '{ not json');
    expect(() => readAssignmentFile(file)).toThrow(/bad\.json: is not readable JSON/);
  });
});

describe('LMS packages in each language (--lang)', () => {
  // The library's own package: its title exists in every language.
  const library: Assignment = { ...assignment, title: DEFAULT_TITLES['en-US'] };
  const fileOf = (id: string) => encounterFiles().find((f) => headerMeta(f).id === id)!;
  const titleIn = (locale: 'en-US' | 'es-US', id: string) =>
    headerMeta(locale === 'en-US' ? fileOf(id) : join(STORIES_DIR, locale, relative(STORIES_DIR, fileOf(id))))
      .title;
  const [first, second] = library.encounters as [string, string];

  it('knows en-US, es-US and all (the default), and nothing else', () => {
    expect(packageLanguages(undefined)).toEqual(['en-US', 'es-US']);
    expect(packageLanguages('all')).toEqual(['en-US', 'es-US']);
    expect(packageLanguages('es-US')).toEqual(['es-US']);
    expect(() => packageLanguages('es')).toThrow('--lang: "es" is not a language of this game');
  });

  it('SCORM 1.2: IMS metadata langstrings per language; titles and launch in a one-language package', async () => {
    // The stories' Spanish titles differ from the English ones (or this test proves nothing).
    expect(titleIn('es-US', first)).not.toBe(titleIn('en-US', first));
    const es = await unpacked('scorm12', { lang: 'es-US', of: library });
    const item = checkScormManifest(es, '1.2', DEFAULT_TITLES['es-US']);
    const manifest = node(parser.parse(es['imsmanifest.xml']!), 'manifest');
    expect(manifest['@xmlns:imsmd']).toBe('http://www.imsglobal.org/xsd/imsmd_rootv1p2p1');
    const general = node(node(node(manifest, 'metadata'), 'imsmd:lom'), 'imsmd:general');
    const strings = (n: Node) =>
      (n['imsmd:langstring'] as Node[]).map((l) => [l['@xml:lang'], String(l['#text'])]);
    expect(strings(node(general, 'imsmd:title'))).toEqual([['es-US', DEFAULT_TITLES['es-US']]]);
    expect(general['imsmd:language']).toEqual(['es-US']);
    const [[lang, description]] = strings(node(general, 'imsmd:description')) as [[string, string]];
    expect(lang).toBe('es-US');
    expect(description).toContain('2 encuentros');
    expect(description).toContain(titleIn('es-US', first));
    expect(description).toContain(titleIn('es-US', second));
    expect(description).not.toContain(titleIn('en-US', first));
    // The launch fixes the language, and lms.json says so too.
    expect(item['@parameters']).toBe('?lang=es');
    expect(JSON.parse(es[LMS_FILE]!)).toMatchObject({
      languages: ['es-US'],
      titles: { 'es-US': DEFAULT_TITLES['es-US'] },
    });

    const all = await unpacked('scorm12', { of: library });
    const allItem = checkScormManifest(all, '1.2', DEFAULT_TITLES['en-US']);
    const allGeneral = node(
      node(node(node(parser.parse(all['imsmanifest.xml']!), 'manifest'), 'metadata'), 'imsmd:lom'),
      'imsmd:general',
    );
    expect(strings(node(allGeneral, 'imsmd:title'))).toEqual([
      ['en-US', DEFAULT_TITLES['en-US']],
      ['es-US', DEFAULT_TITLES['es-US']],
    ]);
    expect(allItem['@parameters']).toBeUndefined();
  });

  it('SCORM 2004: inline LOM with a string per language; ?lang= only when one language', async () => {
    const lomOf = (files: Record<string, string>) =>
      node(
        node(node(node(parser.parse(files['imsmanifest.xml']!), 'manifest'), 'metadata'), 'lom:lom'),
        'lom:general',
      );
    const strings = (n: Node) => (n['lom:string'] as Node[]).map((l) => [l['@language'], String(l['#text'])]);

    const all = await unpacked('scorm2004', { of: library });
    const item = checkScormManifest(all, '2004 4th Edition', DEFAULT_TITLES['en-US']);
    expect(item['@parameters']).toBeUndefined();
    const general = lomOf(all);
    expect(strings(node(general, 'lom:title'))).toEqual([
      ['en-US', DEFAULT_TITLES['en-US']],
      ['es-US', DEFAULT_TITLES['es-US']],
    ]);
    expect(general['lom:language']).toEqual(['en-US', 'es-US']);
    const descriptions = Object.fromEntries(strings(node(general, 'lom:description')));
    expect(descriptions['en-US']).toContain(`2 encounters, assessment mode, pass mark 75%.`);
    expect(descriptions['en-US']).toContain(titleIn('en-US', first));
    expect(descriptions['es-US']).toContain(titleIn('es-US', first));

    const en = await unpacked('scorm2004', { lang: 'en-US', of: library });
    expect(checkScormManifest(en, '2004 4th Edition', DEFAULT_TITLES['en-US'])['@parameters']).toBe(
      '?lang=en',
    );
    expect(strings(node(lomOf(en), 'lom:title'))).toEqual([['en-US', DEFAULT_TITLES['en-US']]]);
  });

  it('cmi5: a langstring per language in course and AU; the URL fixes a single language', async () => {
    const read = (files: Record<string, string>) => {
      const cs = node(parser.parse(files['cmi5.xml']!), 'courseStructure');
      return { course: node(cs, 'course'), au: node(cs, 'au') };
    };
    const langs = (n: Node) => (n['langstring'] as Node[]).map((l) => [l['@lang'], String(l['#text'])]);
    const es = read(await unpacked('cmi5', { lang: 'es-US', of: library }));
    for (const part of [es.course, es.au]) {
      expect(langs(node(part, 'title'))).toEqual([['es-US', DEFAULT_TITLES['es-US']]]);
      const [[lang, text]] = langs(node(part, 'description')) as [[string, string]];
      expect(lang).toBe('es-US');
      expect(text).toContain(titleIn('es-US', second));
    }
    expect(es.au['url']).toBe('index.html?lang=es');
    const all = read(await unpacked('cmi5', { of: library }));
    expect(langs(node(all.au, 'title'))).toEqual([
      ['en-US', DEFAULT_TITLES['en-US']],
      ['es-US', DEFAULT_TITLES['es-US']],
    ]);
    expect(all.au['url']).toBe('index.html');
  });

  it('refuses an unknown --lang, naming it and the allowed ones, and writes nothing', async () => {
    const out = join(work, 'refused');
    await expect(
      buildPackage({ standard: 'scorm12', assignment, distDir: dist, outDir: out, lang: 'fr-CA' }),
    ).rejects.toThrow('--lang: "fr-CA" is not a language of this game (use one of en-US, es-US, all)');
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });
});
