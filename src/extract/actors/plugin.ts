// The project's word lists as compromise lexicon entries (extract/nlp.ts teaches them to its
// private compromise), so every parse tags them.
import { COUNTRIES } from '../../lexicon/countries.js';
import { HONORIFICS } from '../../lexicon/honorifics.js';
import { ORGANIZATIONS } from '../../lexicon/organizations.js';
import { PLACES } from '../../lexicon/places.js';

/**
 * compromise matches a word by its plain form ("Bogotá", "People’s" as "bogota", "people's"): an
 * entry with accents or a curly apostrophe never matches (the lists hold the plain spelling too)
 * and a multi-word one upsets its index of multi-word names ("San Antonio Spurs" read as a city).
 */
const isPlain = (key: string): boolean => /^[\x20-\x7e]*$/.test(key);

/** Word to tag; `known` says which words compromise has already, which keep their reading ("us", "who", "jordan", "chad"). */
export function lexiconWords(known: (word: string) => boolean): Record<string, string> {
  const words: Record<string, string> = {};
  const add = (word: string, tag: string): void => {
    const key = word.toLowerCase();
    if (known(key) || key.length < 3 || !isPlain(key)) return;
    words[key] = tag;
  };
  for (const c of COUNTRIES) {
    for (const n of [c.name, ...c.aliases]) add(n, 'Country');
    for (const d of c.demonyms) if (!/[.]/.test(d) && d.length > 2) add(d, 'Demonym');
    for (const capital of c.capitals) add(capital, 'City');
  }
  for (const p of PLACES) add(p, 'Place');
  for (const o of ORGANIZATIONS) for (const n of [o.name, ...o.aliases]) if (n.length > 2) add(n, 'Organization');
  for (const h of HONORIFICS) add(h.replace(/\.$/, ''), 'Honorific');
  return words;
}
