// `npm run package:scorm12 | package:scorm2004 | package:cmi5 -- [--assignment file.json] [--out dir]
//   [--lang en-US|es-US|all] [--title es-US=…]`
// Builds the game and wraps it as an LMS package (see docs/lms.md, "Languages").

import { parseArgs } from 'node:util';
import { LMS_STANDARDS, type LmsStandard } from '../../src/core/lms/lms.ts';
import { DataError } from '../../src/core/validate.ts';
import { LOCALES, type Locale } from '../../src/core/locale.ts';
import { buildPackage, defaultAssignment, packageLanguages, readAssignmentFile } from './lms-package.ts';

/** `--title es-US=Turno de noche`, repeatable: the assignment's title in another language. */
function readTitles(list: readonly string[]): Partial<Record<Locale, string>> {
  const out: Partial<Record<Locale, string>> = {};
  for (const item of list) {
    const at = item.indexOf('=');
    const locale = LOCALES.find((l) => l === item.slice(0, at));
    const text = item.slice(at + 1).trim();
    if (at < 0 || !locale || !text)
      throw new Error(
        `--title: "${item}" must be <language>=<title>, the language one of ${LOCALES.join(', ')}`,
      );
    out[locale] = text;
  }
  return out;
}

const standards = Object.values(LMS_STANDARDS) as string[];

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      assignment: { type: 'string' },
      out: { type: 'string' },
      dist: { type: 'string' },
      'course-id': { type: 'string' },
      lang: { type: 'string' },
      title: { type: 'string', multiple: true },
    },
  });
  // Checked first: a wrong language or title writes nothing.
  packageLanguages(values.lang);
  const titles = readTitles(values.title ?? []);
  const standard = positionals[0];
  if (!standard || !standards.includes(standard))
    throw new Error(`the first argument must be one of ${standards.join(', ')} (got "${standard ?? ''}")`);
  const assignment = values.assignment ? readAssignmentFile(values.assignment) : defaultAssignment();
  const out = await buildPackage({
    standard: standard as LmsStandard,
    assignment,
    ...(values.out ? { outDir: values.out } : {}),
    ...(values.dist ? { distDir: values.dist } : {}),
    ...(values['course-id'] ? { courseId: values['course-id'] } : {}),
    ...(values.lang ? { lang: values.lang } : {}),
    titles,
  });
  console.log(`Wrote ${out}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof DataError ? e.message : `package failed: ${(e as Error).message}`);
  process.exit(1);
});
