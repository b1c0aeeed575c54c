// Generational suffixes ("Jr.", "III") belong to a person's name but are not the surname:
// "Ferdinand Marcos, Jr." is called "Marcos", and "Joe Manchin III" is "Manchin".
import { NAME_SUFFIXES, REGNAL_NUMBERS } from '../lexicon/name-cues.js';

const SUFFIX_KEYS = new Set(NAME_SUFFIXES.map((w) => w.toLowerCase().replace(/\.$/, '')));

const REGNAL = new Set(REGNAL_NUMBERS);

/** "jr", "Jr.", "III": a generational suffix, case and a closing dot aside; "XIV": a regnal number, in capitals. */
export const isNameSuffix = (word: string): boolean => {
  const bare = word.replace(/[.,]+$/, '');
  return SUFFIX_KEYS.has(bare.toLowerCase()) || REGNAL.has(bare);
};

/** A name's words without a closing suffix and the comma before it: ["Marcos,", "Jr."] → ["Marcos"]. */
export function withoutNameSuffix(words: string[]): string[] {
  if (words.length < 2 || !isNameSuffix(words[words.length - 1])) return words;
  const rest = words.slice(0, -1);
  rest[rest.length - 1] = rest[rest.length - 1].replace(/,$/, '');
  return rest;
}
