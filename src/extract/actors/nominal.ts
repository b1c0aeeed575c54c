// "the Russian leader", "the Iranian president", "the president": descriptions that can only mean one
// person already named, added to that person's mentions.
import { COUNTRY_BY_DEMONYM, LEADER_TITLES, officeLengthAt } from './lexicon-index.js';
import type { Entity } from './merge.js';
import type { Token } from './tokens.js';

function fits(person: Entity, office: string, country: string | null): boolean {
  if (country && person.country !== country) return false;
  const title = person.title?.toLowerCase() ?? null;
  if (office === 'leader') return title !== null && LEADER_TITLES.has(title);
  return title === office;
}

export function nominalMentions(tokens: Token[], keys: string[], entities: Entity[], text: string): void {
  const people = entities.filter((e) => e.type === 'person' && e.title);
  if (people.length === 0) return;
  for (let i = 0; i < tokens.length - 1; i++) {
    if (keys[i] !== 'the' || tokens[i].blocked) continue;
    let j = i + 1;
    const country = COUNTRY_BY_DEMONYM.get(keys[j]) ?? null;
    if (country) j++;
    const len = officeLengthAt(keys, j);
    if (len === 0) continue;
    const last = tokens[j + len - 1];
    const next = tokens[j + len];
    // "the Russian President Vladimir Putin" is a title before a name, handled with the name.
    if (next && next.sentence === last.sentence && /^\p{Lu}/u.test(next.text) && last.post.trim() === '') continue;
    const office = keys.slice(j, j + len).join(' ');
    const matches = people.filter((p) => fits(p, office, country));
    if (matches.length !== 1) continue;
    const start = tokens[i].start;
    const end = last.end;
    const person = matches[0];
    if (person.mentions.some((m) => m.start < end && start < m.end)) continue;
    person.mentions.push({ start, end, text: text.slice(start, end), type: 'person', name: person.name, title: null, country: null });
  }
}
