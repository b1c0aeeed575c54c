// One actor per real-world entity: a bare surname joins the latest person with that surname,
// "Foreign Ministry" joins "Russian Foreign Ministry", a capital that acts joins its country.
import type { ActorType } from '../../schema.js';
import { tagRules } from '../provenance.js';
import { samePersonAs } from './merge-persons.js';

export interface Mention {
  start: number;
  end: number;
  text: string;
  type: ActorType;
  /** The canonical or written name this mention gives. */
  name: string;
  title: string | null;
  country: string | null;
  /** Canonical name from the word lists, when known: mentions with one key are one entity. */
  key?: string;
  /** The rules that found and read this mention (--explain). */
  rules?: string[];
  /** The office's owner is written and is no state: no country may be guessed. */
  stateless?: boolean;
  /** The person or office whose official this is, written in the possessive ("putin" in "Putin's spokesman"). */
  ownerName?: string | null;
}

export interface Entity {
  type: ActorType;
  name: string;
  title: string | null;
  country: string | null;
  mentions: Mention[];
  /** Lower-case name words, for surname matching. */
  words: string[];
  key?: string;
  /** One mention's office has a written owner that is no state ("President of the European Council"). */
  stateless?: boolean;
  ownerName?: string | null;
}

const wordsOf = (name: string): string[] => name.toLowerCase().split(/\s+/).filter(Boolean);

/** Organization names compared without a leading country word: "Russian Foreign Ministry" ~ "Foreign Ministry". */
function orgCore(words: string[], country: string | null): string {
  return (country && words.length > 1 ? words.slice(1) : words).join(' ');
}

const ACRONYM_RE = /^[A-Z]{2,6}$/;
const MINOR_WORDS = new Set(['and', 'for', 'of', 'the', '&']);

/** "Inter-Services Public Relations" → "ISPR": the initials an acronym of the name would have. */
function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !MINOR_WORDS.has(w.toLowerCase()))
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}

/** One organization written out and by its acronym: "the ISPR" and "the Inter-Services Public Relations". */
function acronymOf(a: string, b: string): boolean {
  const [short, long] = ACRONYM_RE.test(a) ? [a, b] : [b, a];
  return ACRONYM_RE.test(short) && !ACRONYM_RE.test(long) && initials(long) === short;
}

/** "the Syrian Observatory" after "the Syrian Observatory for Human Rights": the name's first words, cut before "for" or "of". */
function shortForm(short: string[], long: string[]): boolean {
  const cut = long[short.length];
  return short.length >= 2 && (cut === 'for' || cut === 'of') && short.every((w, i) => long[i] === w);
}

export function mergeMentions(mentions: Mention[]): Entity[] {
  const entities: Entity[] = [];
  const byKey = new Map<string, Entity>();
  for (const m of mentions) {
    const words = wordsOf(m.name);
    let target: Entity | undefined;
    if (m.type === 'person') {
      const found = samePersonAs(entities.filter((e) => e.type === 'person'), words);
      target = found?.target;
      if (found && found.rule !== 'same-surname') tagRules(m, found.rule);
    } else if (m.type === 'organization') {
      const core = orgCore(words, m.country);
      target = entities.find(
        (e) =>
          e.type === 'organization' &&
          (m.key !== undefined && e.key === m.key ||
            (orgCore(e.words, e.country) === core && (!e.country || !m.country || e.country === m.country)) ||
            acronymOf(e.name, m.name) ||
            shortForm(words, e.words)),
      );
      if (target && shortForm(words, target.words)) tagRules(m, 'organization-short-form');
    } else {
      target = byKey.get(m.name.toLowerCase());
    }
    if (!target) {
      target = { type: m.type, name: m.name, title: m.title, country: m.country, mentions: [], words, key: m.key };
      entities.push(target);
      if (m.type === 'country' || m.type === 'place') byKey.set(m.name.toLowerCase(), target);
    }
    if (words.length > target.words.length && (m.type === 'person' || m.type === 'organization')) {
      target.name = m.name;
      target.words = words;
      // The title written nearest the fullest name wins over a headline's short form (rule 'title-of-fullest-name').
      if (m.type === 'person' && m.title !== null && target.title !== null && m.title !== target.title) {
        target.title = m.title;
        tagRules(m, 'title-of-fullest-name');
      }
    }
    if (m.type === 'country') target.type = 'country';
    target.key ??= m.key;
    target.title ??= m.title;
    target.country ??= m.country;
    if (m.stateless) target.stateless = true;
    target.ownerName ??= m.ownerName;
    target.mentions.push(m);
  }
  return entities;
}
