// Which earlier person a person mention names: named rules tried in order, the first that finds
// one wins ("Putin" after "Vladimir Putin", "Yang" after "Yang Jiechi").
import { withoutNameSuffix } from '../../text/name-suffix.js';
import type { Entity } from './merge.js';

export interface PersonMergeRule {
  id: string;
  /** `people`: the persons found so far, in text order; `words`: the mention's name in lower case. */
  find(people: Entity[], words: string[]): Entity | undefined;
}

/** A closing generational suffix ("jr."), or '' where the name has none. */
const suffixOf = (words: string[]): string => (withoutNameSuffix(words).length < words.length ? words[words.length - 1].replace(/\.$/, '') : '');

/** Given names that may be one: "J." and "John", "Sergei" and "Sergey"; "John" and "Jane" are two people. */
function sameGivenName(x: string, y: string): boolean {
  const [a, b] = [x.replace(/\.$/, ''), y.replace(/\.$/, '')];
  if (a === b || (a[0] === b[0] && Math.min(a.length, b.length) === 1)) return true;
  return a.length >= 5 && b.length >= 5 && a.slice(0, 4) === b.slice(0, 4);
}

/** One person by surname; a bare surname joins the latest person who has it. */
function sameSurname(entity: Entity, written: string[]): boolean {
  // "Tony Hale" and "Tony Hale Jr." are father and son; "Hale" alone may be either (rule 'name-suffix').
  if (entity.words.length > 1 && written.length > 1 && suffixOf(entity.words) !== suffixOf(written)) return false;
  const [family, words] = [withoutNameSuffix(entity.words), withoutNameSuffix(written)];
  if (family[family.length - 1] !== words[words.length - 1]) return false;
  return words.length === 1 || family.length === 1 || sameGivenName(family[0], words[0]);
}

function latest(people: Entity[], same: (e: Entity) => boolean): Entity | undefined {
  for (let i = people.length - 1; i >= 0; i--) if (same(people[i])) return people[i];
  return undefined;
}

export const PERSON_MERGE_RULES: readonly PersonMergeRule[] = [
  { id: 'same-surname', find: (people, words) => latest(people, (e) => sameSurname(e, words)) },
  // "Yang" after "Yang Jiechi", and "Yang Jiechi" after "Yang": names written family name first.
  {
    id: 'family-name-first',
    find: (people, words) =>
      words.length === 1
        ? people.find((e) => e.words.length > 1 && e.words[0] === words[0])
        : people.find((e) => e.words.length === 1 && e.words[0] === words[0]),
  },
];

/** The earlier person the mention names, and the id of the rule that found them. */
export function samePersonAs(people: Entity[], words: string[]): { target: Entity; rule: string } | undefined {
  for (const rule of PERSON_MERGE_RULES) {
    const target = rule.find(people, words);
    if (target) return { target, rule: rule.id };
  }
  return undefined;
}

