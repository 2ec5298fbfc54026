// lms.json, the file next to index.html in an LMS package: the standard, the assignment, and the
// package's languages with the assignment's title in each (docs/lms.md, "Languages").

import { readAssignment, type Assignment } from './assignment.ts';
import { LMS_FORMAT, LMS_STANDARDS, type LmsStandard } from './lms-launch.ts';
import { LOCALES, type Locale } from '../locale.ts';
import { TEXT_LIMITS } from '../limits.ts';
import { Reader } from '../validate.ts';

export interface LmsLaunch {
  format: typeof LMS_FORMAT;
  standard: LmsStandard;
  assignment: Assignment;
  /**
   * The languages the package is built for (`--lang`), first the one its manifest's plain titles use.
   * One fixes the game's language; several (or none, in a package older than languages) leave it to
   * the learner and the LMS.
   */
  languages?: Locale[];
  /** The assignment's title per language (the manifest's titles); `assignment.title` where missing. */
  titles?: Partial<Record<Locale, string>>;
}

/** Reads lms.json; a broken file is a DataError naming the field. */
export function readLaunch(source: string, value: unknown, known?: readonly string[]): LmsLaunch {
  const r = new Reader(source);
  const o = r.object(value, '') ?? {};
  r.onlyKeys(o, ['format', 'standard', 'assignment', 'languages', 'titles'], '');
  if (o['format'] !== LMS_FORMAT) r.fail('format', 'mustEqual', { value: LMS_FORMAT });
  const standard = r.oneOf(o, 'standard', Object.values(LMS_STANDARDS), '');
  let languages: Locale[] | undefined;
  if (o['languages'] !== undefined) {
    const found: Locale[] = (languages = []);
    r.array(o['languages'], 'languages', LOCALES.length).forEach((v, i) => {
      const locale = LOCALES.find((l) => l === v);
      if (locale) found.push(locale);
      else r.fail(`languages[${i}]`, 'oneOf', { options: LOCALES.join(', '), got: JSON.stringify(v) });
    });
    if (found.length === 0) r.fail('languages', 'needsAtLeast', { min: 1 });
    const twice = found.find((l, i) => found.indexOf(l) !== i);
    if (twice) r.fail('languages', 'listedTwice', { id: twice });
  }
  let titles: Partial<Record<Locale, string>> | undefined;
  if (o['titles'] !== undefined) {
    const t = r.object(o['titles'], 'titles') ?? {};
    r.onlyKeys(t, LOCALES, 'titles');
    titles = {};
    for (const locale of LOCALES)
      if (t[locale] !== undefined) titles[locale] = r.text(t, locale, 'titles', { max: TEXT_LIMITS.title });
  }
  r.done();
  return {
    format: LMS_FORMAT,
    standard,
    assignment: readAssignment(`${source}: assignment`, o['assignment'], known),
    ...(languages ? { languages } : {}),
    ...(titles ? { titles } : {}),
  };
}

/** The assignment's title in `locale`: the package's title in that language, else the assignment's own. */
export function launchTitle(launch: Pick<LmsLaunch, 'assignment' | 'titles'>, locale: Locale): string {
  return launch.titles?.[locale] ?? launch.assignment.title;
}
