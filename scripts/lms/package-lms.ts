// `npm run package:scorm12 | package:scorm2004 | package:cmi5 -- [--assignment file.json] [--out dir]`
// Builds the game and wraps it as an LMS package (see docs/lms.md).

import { parseArgs } from 'node:util';
import { LMS_STANDARDS, type LmsStandard } from '../../src/core/lms/lms.ts';
import { DataError } from '../../src/core/validate.ts';
import { buildPackage, defaultAssignment, readAssignmentFile } from './lms-package.ts';

const standards = Object.values(LMS_STANDARDS) as string[];

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      assignment: { type: 'string' },
      out: { type: 'string' },
      dist: { type: 'string' },
      'course-id': { type: 'string' },
    },
  });
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
  });
  console.log(`Wrote ${out}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof DataError ? e.message : `package failed: ${(e as Error).message}`);
  process.exit(1);
});
