// lz-string's decompression (decompressFromEncodedURIComponent) with an output limit. The library's
// own decompress has none: 10 k characters of crafted suspend data expand to 15 M, and 64 k (what
// SCORM 2004 lets an LMS hold) to hundreds of megabytes. This is the same algorithm (lz-string 1.5.0,
// MIT, © 2013 pieroxy), reading the URI-safe alphabet, that counts what it has produced and gives up
// as soon as the output would pass `maxOutput` characters. Its memory is bounded by the output: every
// dictionary entry is a piece of the output plus one character.

const URI_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE = new Map([...URI_SAFE].map((c, i) => [c, i]));

/** Thrown when the output would pass the limit. */
export class TooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`decompresses to more than ${limit.toLocaleString('en')} characters`);
  }
}

/**
 * Decompresses lz-string's URI-safe form, as lz-string's decompressFromEncodedURIComponent does
 * (null for input it cannot read, "" for an empty stream), but throws TooLargeError once the output
 * would pass `maxOutput` characters, and returns null for a character outside the alphabet.
 */
export function decompressBounded(text: string, maxOutput: number): string | null {
  if (text === '') return null;
  const input = text.replace(/ /g, '+');
  const values: number[] = [];
  for (const ch of input) {
    const v = VALUE.get(ch);
    if (v === undefined) return null;
    values.push(v);
  }
  const length = values.length;
  const resetValue = 32;
  let val = values[0]!;
  let position = resetValue;
  let index = 1;
  const bits = (n: number): number => {
    let out = 0;
    for (let power = 1, max = 2 ** n; power !== max; power <<= 1) {
      const b = val & position;
      position >>= 1;
      if (position === 0) {
        position = resetValue;
        val = values[index++] ?? 0;
      }
      if (b > 0) out |= power;
    }
    return out;
  };

  const dictionary: string[] = ['', '', ''];
  let enlargeIn = 4;
  let dictSize = 4;
  let numBits = 3;
  const result: string[] = [];
  let produced = 0;
  const emit = (s: string) => {
    produced += s.length;
    if (produced > maxOutput) throw new TooLargeError(maxOutput);
    result.push(s);
  };

  let c: string;
  switch (bits(2)) {
    case 0:
      c = String.fromCharCode(bits(8));
      break;
    case 1:
      c = String.fromCharCode(bits(16));
      break;
    case 2:
      return '';
    default:
      return null;
  }
  dictionary[3] = c;
  let w = c;
  emit(c);
  for (;;) {
    if (index > length) return '';
    let code = bits(numBits);
    switch (code) {
      case 0:
        dictionary[dictSize++] = String.fromCharCode(bits(8));
        code = dictSize - 1;
        enlargeIn--;
        break;
      case 1:
        dictionary[dictSize++] = String.fromCharCode(bits(16));
        code = dictSize - 1;
        enlargeIn--;
        break;
      case 2:
        return result.join('');
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
    let entry: string;
    const known = dictionary[code];
    if (known) entry = known;
    else if (code === dictSize) entry = w + w.charAt(0);
    else return null;
    emit(entry);
    dictionary[dictSize++] = w + entry.charAt(0);
    enlargeIn--;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
}
