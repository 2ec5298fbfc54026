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
  defaultAssignment,
  libraryIds,
  readAssignmentFile,
} from '../../scripts/lms/lms-package.ts';

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

async function unpacked(standard: LmsStandard): Promise<Record<string, string>> {
  const zip = await buildPackage({ standard, assignment, distDir: dist, outDir: join(work, 'out') });
  return Object.fromEntries(
    Object.entries(unzipSync(readFileSync(zip))).map(([k, v]) => [k, new TextDecoder().decode(v)]),
  );
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (n) => n === 'file',
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

function checkScormManifest(files: Record<string, string>, version: '1.2' | '2004 4th Edition'): Node {
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
  expect(org['title']).toBe(assignment.title);
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
    expect(launch).toEqual({ format: 'second-look-lms', standard: 'scorm12', assignment });
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
    expect(node(node(course, 'title'), 'langstring')['#text']).toBe(assignment.title);
    expect(node(node(au, 'title'), 'langstring')['@lang']).toBe('en-US');
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
