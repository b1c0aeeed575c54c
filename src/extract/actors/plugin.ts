// Teaches compromise the word lists once at module load, so every parse (ctx.nlp()) tags them.
import nlp from 'compromise';
import { COUNTRIES } from '../../lexicon/countries.js';
import { HONORIFICS } from '../../lexicon/honorifics.js';
import { ORGANIZATIONS } from '../../lexicon/organizations.js';
import { PLACES } from '../../lexicon/places.js';

function lexiconWords(): Record<string, string> {
  const world = nlp.world() as { model: { one: { lexicon: Record<string, string | undefined> } } };
  const known = world.model.one.lexicon;
  const words: Record<string, string> = {};
  const add = (word: string, tag: string): void => {
    const key = word.toLowerCase();
    // Words compromise already knows keep their reading: "us", "who", "jordan", "chad".
    if (known[key] !== undefined || key.length < 3) return;
    words[key] = tag;
  };
  for (const c of COUNTRIES) {
    for (const n of [c.name, ...c.aliases]) add(n, 'Country');
    for (const d of c.demonyms) if (!/[.]/.test(d) && d.length > 2) add(d, 'Demonym');
    if (c.capital) add(c.capital, 'City');
  }
  for (const p of PLACES) add(p, 'Place');
  for (const o of ORGANIZATIONS) for (const n of [o.name, ...o.aliases]) if (n.length > 2) add(n, 'Organization');
  for (const h of HONORIFICS) add(h.replace(/\.$/, ''), 'Honorific');
  return words;
}

nlp.plugin({ words: lexiconWords() });
