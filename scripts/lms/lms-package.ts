// LMS packages: the normal Vite build of the game (base '../', so it runs from any folder), plus the
// manifest of the standard (imsmanifest.xml for SCORM 1.2 and SCORM 2004 4th edition, cmi5.xml for
// cmi5) and lms.json, which tells the game which standard and assignment it runs under. One SCO / AU.

import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
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
import { encounterFiles, headerMeta, ROOT } from '../check/library.ts';

export const MANIFEST = { scorm: 'imsmanifest.xml', cmi5: 'cmi5.xml' } as const;
export const PACKAGES_DIR = join(ROOT, 'packages');
export const DEFAULT_PASS_MARK = 80;
/** The one page every standard launches. */
export const LAUNCH_PAGE = 'index.html';

/** Ids of every encounter in the library, in file order. */
export function libraryIds(): string[] {
  return encounterFiles().map((f) => headerMeta(f).id);
}

/** Without a file: every encounter in the library, assessment mode, pass mark 80. */
export function defaultAssignment(ids = libraryIds()): Assignment {
  return {
    format: ASSIGNMENT_FORMAT,
    version: ASSIGNMENT_VERSION,
    title: 'Second Look: recognising and responding to human trafficking',
    encounters: ids,
    mode: 'assessment',
    passMark: DEFAULT_PASS_MARK,
  };
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
}

const description = (a: Assignment) =>
  `${a.encounters.length} encounter(s), ${a.mode} mode, pass mark ${a.passMark}%.`;

/** What differs between the SCORM 1.2 and 2004 manifests; the rest of the skeleton is shared. */
interface ScormFlavour {
  /** Namespace and schema-location attributes of the manifest element. */
  namespaces: Record<string, string>;
  schemaVersion: string;
  /** The attribute that marks the resource as a SCO (its case differs between versions). */
  scoAttribute: string;
  /** Adds the version's pass-mark rule to the organization's one item. */
  passMark(item: XMLBuilder, passMark: number): void;
}

/** One organization with one item, launching one SCO resource that lists every file. */
function scormManifest({ assignment, files, id }: ManifestInput, flavour: ScormFlavour): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' }).ele('manifest', {
    identifier: `${id}-manifest`,
    version: '1',
    ...flavour.namespaces,
  });
  doc.ele('metadata').ele('schema').txt('ADL SCORM').up().ele('schemaversion').txt(flavour.schemaVersion);
  const org = doc
    .ele('organizations', { default: `${id}-org` })
    .ele('organization', { identifier: `${id}-org` });
  org.ele('title').txt(assignment.title);
  const item = org.ele('item', { identifier: `${id}-item`, identifierref: `${id}-sco`, isvisible: 'true' });
  item.ele('title').txt(assignment.title);
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
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation':
        'http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd',
    },
    schemaVersion: '1.2',
    scoAttribute: 'adlcp:scormtype',
    passMark: (item, mark) => item.ele('adlcp:masteryscore').txt(String(mark)),
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
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation':
        'http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd',
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
export function cmi5CourseStructure({ assignment, id }: ManifestInput): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' }).ele('courseStructure', {
    xmlns: 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd',
  });
  const course = doc.ele('course', { id });
  course.ele('title').ele('langstring', { lang: 'en-US' }).txt(assignment.title);
  course.ele('description').ele('langstring', { lang: 'en-US' }).txt(description(assignment));
  const au = doc.ele('au', {
    id: `${id}/au`,
    moveOn: assignment.mode === 'assessment' ? 'CompletedAndPassed' : 'Completed',
    masteryScore: String(assignment.passMark / 100),
    launchMethod: 'AnyWindow',
  });
  au.ele('title').ele('langstring', { lang: 'en-US' }).txt(assignment.title);
  au.ele('description').ele('langstring', { lang: 'en-US' }).txt(description(assignment));
  au.ele('url').txt(LAUNCH_PAGE);
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
}

/** Builds the zip; returns its path. */
export async function buildPackage(opts: PackageOptions): Promise<string> {
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
  const name = slug(opts.assignment.title);
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
  const launch: LmsLaunch = { format: LMS_FORMAT, standard: opts.standard, assignment: opts.assignment };
  files[LMS_FILE] = new TextEncoder().encode(`${JSON.stringify(launch, null, 2)}\n`);
  const listed = Object.keys(files).sort();
  const input: ManifestInput = {
    assignment: opts.assignment,
    files: listed,
    id: name.startsWith('second-look') ? name : `second-look-${name}`,
  };
  if (opts.standard === LMS_STANDARDS.cmi5) {
    input.id = opts.courseId ?? `urn:second-look:course:${name}`;
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
