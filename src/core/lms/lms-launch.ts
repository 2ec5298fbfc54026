// The marker file of an LMS package, kept apart from src/core/lms/lms.ts so the boot code can look for it
// without pulling the LMS code (and its compression library) into the first download.

/** The standards a package can be built for. */
export const LMS_STANDARDS = { scorm12: 'scorm12', scorm2004: 'scorm2004', cmi5: 'cmi5' } as const;
export type LmsStandard = (typeof LMS_STANDARDS)[keyof typeof LMS_STANDARDS];

/** The file next to index.html that tells the game it runs inside an LMS package. */
export const LMS_FILE = 'lms.json';
export const LMS_FORMAT = 'second-look-lms';
/**
 * A package's index.html carries this meta tag, so the plain game never asks the server for
 * lms.json at start-up; only a page that has it looks for the file.
 */
export const LMS_META = 'second-look-lms';
