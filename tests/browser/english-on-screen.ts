// Is there English on a Spanish screen? A pure judge of the texts a page shows (issue #13): given each
// rendered text and where it is, and the words that may stay as they are (people's names, the
// organisation's name and configured contacts, phone numbers, the game's name), it reports every text
// that reads as English, with the English words that gave it away. The browser tests collect the
// texts with `collectScreenText` (tests/browser/screen-text.ts); tests/unit/english-on-screen.test.ts
// holds this judge to the real catalogs: no Spanish message is flagged, nearly every English one is.

/** One text on screen: the words, and where they are (a selector, with the element's role). */
export interface ScreenText {
  text: string;
  where: string;
}

/** A text that reads as English, and the words that say so. */
export interface EnglishText extends ScreenText {
  words: string[];
}

/**
 * English words that are not Spanish words. Short, common and everywhere in English sentences, so a
 * run of English almost always holds one. Left out on purpose because Spanish has them too: a, al, me,
 * no, he, has, son, solo, us (EE. UU.), i.
 */
const FUNCTION_WORDS = (
  'the and you your yours with this that these those what which who whom whose when where why how ' +
  'is are was were been being of for from have had will would shall should could can not it its ' +
  'they them their she her his him we our an at by be to in on or if but do does did into about ' +
  'after before than then there here just only also my please back next yes off out up over again ' +
  'any some each every all too very more most now new one two three first last so because while ' +
  'without within between'
).split(' ');

/**
 * English words a game screen shows on their own (a button, a heading, a column), none of them also a
 * Spanish word: a lone "Settings" has no function word, but is just as English.
 */
const SCREEN_WORDS = (
  'settings progress scenarios scenario start close print cancel save download continue history ' +
  'score scores points point report filed language sound sounds captions reset clear delete remove ' +
  'open show hide done try assignment assignments certificate name encounter encounters practice ' +
  'assessment debrief instructors organization organisation contacts contact step look choose play ' +
  'replay loading update privacy device help skip home search edit add copy share upload select ' +
  'minutes minute hours days week yesterday today never none learner learners officer room phone ' +
  'number emergency hotline police child children indicator indicators signs sign missed correct ' +
  'wrong pass passed failed attempt attempts class question answer results summary path best worst ' +
  'why mode text size motion dark light contrast volume mute off on yes setting store transit ' +
  'night day morning evening visitor staff trafficking labour sex human people person safety trust ' +
  'talk act briefing presenter console projector link links code join waiting file files problem ' +
  'problems invalid required optional examples example full screen page back previous next finish ' +
  'finished completed measure value table critical errors instead action better choice chose ' +
  'recommended common misconceptions source tools main content happens around scene coaching helped ' +
  'phases possible found dismiss started opened unexpected reload uploaded image hotlines standards ' +
  'offered fix played yet story discuss discussed hands phones majority take closed voted revealed ' +
  'shared end turn move down copied imported duplicate counted average overall times shown rate ' +
  'latest trend oldest second incident exact trainers music ambience effects display large larger ' +
  'high friendly font received changed connected far'
).split(' ');

const WORD_SETS = new Set<string>([...FUNCTION_WORDS, ...SCREEN_WORDS]);

/** Endings no Spanish word has ("-ción" and "-sión" carry an accent), contractions, and "th". */
const ENGLISH_SHAPES: readonly RegExp[] = [
  /^[a-z]{3,}(tion|tions|sion|sions|ness|ments?|ful|ings?)$/,
  /^[a-z]{3,}ly$/,
  /^[a-z]+'(s|t|re|ll|ve|m|d)$/,
  /^th[a-z]+$/,
];

/** Spanish words that the shapes above would take for English. */
const SPANISH_SHAPED = new Set(['ful', 'ly']);

/** Letters of a word in either language, with an apostrophe inside ("don't"). */
const WORD = /[\p{L}]+(?:['’][\p{L}]+)?/gu;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Takes the allowed phrases out of `text` (longest first, ignoring case), so a name like "Harborview
 * Inn" or a contact like "National Human Trafficking Hotline" does not count as English.
 */
export function withoutAllowed(text: string, allowed: readonly string[]): string {
  let out = text;
  const phrases = [...new Set(allowed.map((a) => a.trim()).filter((a) => a.length > 0))].sort(
    (a, b) => b.length - a.length,
  );
  for (const phrase of phrases) {
    const re = new RegExp(`(?<![\\p{L}])${escape(phrase)}(?![\\p{L}])`, 'giu');
    out = out.replace(re, ' ');
  }
  return out;
}

/** A configuration field or file name ("organisation.logo", "config.json") is code, not words. */
const DOTTED = /[\p{L}\w]+(?:\.[\p{L}\w]+)+/gu;

/** The words of `text` a reader reads, without the allowed phrases and dotted names. */
function readWords(text: string, allowed: readonly string[]): string[] {
  return withoutAllowed(text, allowed).replace(DOTTED, ' ').match(WORD) ?? [];
}

/** The English words in `text`, once each in the order met, after the allowed phrases are taken out. */
export function englishWords(text: string, allowed: readonly string[] = []): string[] {
  const found: string[] = [];
  for (const raw of readWords(text, allowed)) {
    const word = raw.replace('’', "'").toLowerCase();
    if (found.includes(word) || SPANISH_SHAPED.has(word)) continue;
    if (WORD_SETS.has(word) || ENGLISH_SHAPES.some((s) => s.test(word))) found.push(word);
  }
  return found;
}

/**
 * Every text that reads as English: a text with two English words or more, or one whose every word
 * is English (a lone "Settings", "Back to the scenarios"). A single English word in a Spanish
 * sentence is a loanword or a name ("el check-in", "Slack"), not an untranslated text.
 */
export function englishOnScreen(
  texts: readonly ScreenText[],
  allowed: readonly string[] = [],
): EnglishText[] {
  const out: EnglishText[] = [];
  for (const t of texts) {
    const english = englishWords(t.text, allowed);
    if (english.length === 0) continue;
    const all = readWords(t.text, allowed);
    if (english.length >= 2 || all.length === english.length) out.push({ ...t, words: english });
  }
  return out;
}
