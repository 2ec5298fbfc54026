// Why a value from outside the build (a configuration, an import, an assignment link, saved data) is
// refused, as a code with its values rather than a sentence: the interface words each code from its
// `validation` catalog in the learner's language (src/ui/strings/strings-validation.ts), while logs,
// command-line tools and tests read the English of `reasonEnglish` below. Field paths, ids and file
// names are values, shown as they are.

/** The values each reason carries; a reason with none carries `{}`. */
export interface ReasonParams {
  // Shapes and types (src/core/validate.ts).
  notObject: object;
  notList: object;
  tooMany: { count: number; max: number };
  missing: object;
  notText: object;
  textOnly: object;
  controlChar: { char: string };
  tooLong: { length: number; max: number };
  needsAtLeast: { min: number };
  oneOf: { options: string; got: string };
  notNumber: object;
  notWhole: object;
  atLeast: { min: number };
  atMost: { max: number };
  notBoolean: object;
  unknownField: object;
  mustEqual: { value: string };
  badVersion: { expected: string; got: string };
  // Files and links.
  notJson: { detail: string };
  notJsonFile: object;
  tooLarge: { size: number; max: number };
  oneFileTooMany: { max: number };
  noAttempts: object;
  notHistoryExport: object;
  historyVersion: { version: string };
  notDate: object;
  notAssignment: { format: string };
  notAssignmentFile: object;
  historyNotAssignment: object;
  damagedLink: object;
  listedTwice: { id: string };
  notInLibrary: { id: string };
  // The organisation's configuration (src/core/config/).
  notPhone: { got: string };
  booleanOrOmit: object;
  textOrOmit: object;
  logoNotText: object;
  logoNotDataUrl: object;
  logoType: { type: string };
  logoEmpty: object;
  logoTooLarge: { kb: number; max: number };
  logoSpaces: object;
  logoOtherSite: object;
  logoTooLong: { max: number };
  logoScheme: object;
  notHttps: { got: string };
  plainHttp: { hosts: string; got: string };
  hotlinesNeedV2: object;
  hotlineReplaced: object;
  tooManySteps: { count: number; max: number };
  tooManyHotlines: { count: number; max: number };
  tooManyForContacts: { count: number; max: number };
  notEncounterList: { all: string };
  unknownEncounter: { id: string };
  repeated: { id: string };
  sameEverywhere: object;
  notFieldHere: { options: string };
  defaultLocaleHere: { locale: string };
  notLocale: { options: string };
  // Built-in catalogs and scenes.
  notDottedId: { id: string };
  appearsTwice: { id: string };
  writerNote: object;
  idPrefix: { prefix: string };
  missingProcedure: { id: string };
  outsideScene: object;
  notColour: { got: string };
  notFacing: object;
  // Saved LMS progress (suspend data).
  suspendTooLong: { length: number; max: number };
  damagedTooLarge: { max: number };
  notDecompressed: object;
  notPacked: object;
  notFormatNumber: { got: string };
  newerFormat: { from: number; max: number };
  formatGone: { from: number };
  wholeFrom: { min: number };
  modeRange: { max: number };
  notChoiceList: object;
  notShape: { shape: string };
}

export type ReasonCode = keyof ReasonParams;

/** One reason: its code and values. */
export type Reason = { [K in ReasonCode]: { code: K; params: ReasonParams[K] } }[ReasonCode];

/**
 * One problem with a value: the field path (`contacts.hotlines[0].phone`; '' for the whole value as
 * a reader saw it, null for the file or link itself) and the reason.
 */
export type DataProblem = Reason & { path: string | null };

/** The arguments after a reason's code: its values, left out when it has none. */
export type ParamsArg<K extends ReasonCode> = object extends ReasonParams[K]
  ? [params?: ReasonParams[K]]
  : [params: ReasonParams[K]];

export function reason<K extends ReasonCode>(code: K, ...params: ParamsArg<K>): Reason {
  return { code, params: params[0] ?? {} } as Reason;
}

/** A problem with the whole file or link, not with one field of it. */
export function fileProblem<K extends ReasonCode>(code: K, ...params: ParamsArg<K>): DataProblem {
  return { path: null, ...reason(code, ...params) };
}

/**
 * Sources that are not files: named in English in logs, and by the interface in the learner's
 * language (a file name is shown as it is).
 */
export const DATA_SOURCES = {
  assignmentLink: 'assignment link',
  savedAssignment: 'saved assignment',
  deviceConfig: "This device's set-up",
  lastGoodConfig: 'last working config.json',
  preset: 'built-in preset',
} as const;
export type DataSource = (typeof DATA_SOURCES)[keyof typeof DATA_SOURCES];

/** A path as messages show it: the whole value read is "(root)". */
export const ROOT_PATH = '(root)';

/** "52.4 MB" or "150 KB": a size in characters or bytes, for the English of a refusal. */
function sizeEnglish(n: number): string {
  return n >= 1_000_000 ? `${(n / 1_000_000).toFixed(1)} MB` : `${Math.ceil(n / 1000)} KB`;
}

type English = { [K in ReasonCode]: (p: ReasonParams[K]) => string };

const ENGLISH: English = {
  notObject: () => 'must be an object',
  notList: () => 'must be a list',
  tooMany: (p) => `has too many entries (${p.count}; at most ${p.max})`,
  missing: () => 'is missing',
  notText: () => 'must be non-empty text',
  textOnly: () => 'must be text',
  controlChar: (p) =>
    `contains an invisible control character (U+${p.char}) that could change how the text reads; remove it`,
  tooLong: (p) => `is too long (${p.length} characters; at most ${p.max})`,
  needsAtLeast: (p) => `needs at least ${p.min}`,
  oneOf: (p) => `must be one of ${p.options} (got ${p.got})`,
  notNumber: () => 'must be a number',
  notWhole: () => 'must be a whole number',
  atLeast: (p) => `must be at least ${p.min}`,
  atMost: (p) => `must be at most ${p.max}`,
  notBoolean: () => 'must be true or false',
  unknownField: () => 'is not a known field',
  mustEqual: (p) => `must be "${p.value}"`,
  badVersion: (p) => `must be ${p.expected} (got ${p.got})`,
  notJson: (p) => `is not valid JSON (${p.detail})`,
  notJsonFile: () => 'is not a JSON file',
  tooLarge: (p) => `is too large (${sizeEnglish(p.size)}; at most ${sizeEnglish(p.max)})`,
  oneFileTooMany: (p) => `is one file too many (at most ${p.max} at once)`,
  noAttempts: () => 'has no attempts in it',
  notHistoryExport: () => 'is not a Second Look history export',
  historyVersion: (p) => `was made by a version of Second Look this one cannot read (version ${p.version})`,
  notDate: () => 'must be a date',
  notAssignment: (p) => `must be "${p.format}" (this is not a Second Look assignment)`,
  notAssignmentFile: () => 'is not a Second Look assignment file',
  historyNotAssignment: () =>
    'is a history export, not an assignment (import it on the progress page or in Instructor tools)',
  damagedLink: () => 'is damaged or incomplete (copy the whole link again)',
  listedTwice: (p) => `"${p.id}" is listed twice`,
  notInLibrary: (p) => `"${p.id}" is not in this library`,
  notPhone: (p) => `must be a phone number (got "${p.got}")`,
  booleanOrOmit: () => 'must be true or false (leave it out when not known)',
  textOrOmit: () => 'must be text (leave it out when not known)',
  logoNotText: () => 'must be text (a URL, path or data: URL)',
  logoNotDataUrl: () => 'must be a base64 data: URL of an image (data:image/png;base64,…)',
  logoType: (p) => `must be a PNG, JPEG or SVG image (got ${p.type})`,
  logoEmpty: () => 'is an empty image',
  logoTooLarge: (p) => `is too large (${p.kb} KB; at most ${p.max} KB)`,
  logoSpaces: () => 'must be a URL or path without spaces',
  logoOtherSite: () => 'must not start with // (an address on another site); write https://…',
  logoTooLong: (p) => `is too long (at most ${p.max} characters)`,
  logoScheme: () => 'must be an https:// or http:// URL, a path next to index.html, or a data: URL',
  notHttps: (p) => `must be an https:// address (got "${p.got}")`,
  plainHttp: (p) =>
    `must be an https:// address: plain http:// would send the LRS credentials unencrypted, and is only allowed for ${p.hosts} (got "${p.got}")`,
  hotlinesNeedV2: () => 'is a version 2 field: set "version" to 2 and remove contacts.hotline',
  hotlineReplaced: () => 'was replaced in version 2 by contacts.hotlines, a list of hotlines',
  tooManySteps: (p) => `has ${p.count} steps; at most ${p.max}`,
  tooManyHotlines: (p) => `has ${p.count}; at most ${p.max}`,
  tooManyForContacts: (p) => `has ${p.count}; at most ${p.max} (one for each in contacts)`,
  notEncounterList: (p) => `must be "${p.all}" or a list of encounter ids`,
  unknownEncounter: (p) => `is not a known encounter ("${p.id}")`,
  repeated: (p) => `repeats "${p.id}"`,
  sameEverywhere: () => 'numbers and yes/no facts are the same in every language; set them in contacts',
  notFieldHere: (p) => `is not a field here (one of ${p.options})`,
  defaultLocaleHere: (p) => `${p.locale} words are the main sections; give other languages here`,
  notLocale: (p) => `is not a language the game speaks (one of ${p.options})`,
  notDottedId: (p) => `"${p.id}" must be lower_snake_case words joined by dots`,
  appearsTwice: (p) => `"${p.id}" appears twice`,
  writerNote: () => 'is shown to learners: move the verification note to "note"',
  idPrefix: (p) => `id must start with "${p.prefix}"`,
  missingProcedure: (p) => `the procedure dimension "${p.id}" is missing`,
  outsideScene: () => 'hotspot runs outside the 1280×720 scene',
  notColour: (p) => `must be a colour like #a1b2c3 (got "${p.got}")`,
  notFacing: () => 'must be 1 or -1',
  suspendTooLong: (p) =>
    `is too long (${p.length.toLocaleString('en')} characters; at most ${p.max.toLocaleString('en')} are read)`,
  damagedTooLarge: (p) =>
    `is damaged (it decompresses to more than ${p.max.toLocaleString('en')} characters)`,
  notDecompressed: () => 'is damaged (it could not be decompressed)',
  notPacked: () => 'must be a packed list',
  notFormatNumber: (p) => `must be a format number (got ${p.got})`,
  newerFormat: (p) =>
    `was saved by a newer version of the game (format ${p.from}; this one reads up to ${p.max})`,
  formatGone: (p) => `format ${p.from} can no longer be read`,
  wholeFrom: (p) => `must be a whole number from ${p.min}`,
  modeRange: (p) => `must be 0–${p.max}`,
  notChoiceList: () => 'must be a list of choice indices',
  notShape: (p) => `must be ${p.shape}`,
};

/** A reason in English, for logs, command-line tools and DataError.message. */
export function reasonEnglish(r: Reason): string {
  return (ENGLISH[r.code] as (p: Reason['params']) => string)(r.params);
}

/** A problem in English: "contacts.hotlines[0].phone: must be a phone number (got "x")". */
export function problemEnglish(p: DataProblem): string {
  return p.path === null ? reasonEnglish(p) : `${p.path || ROOT_PATH}: ${reasonEnglish(p)}`;
}
