// Actors: people, organizations, countries and places named in the article, one per entity,
// with every mention's offsets. Runs of capitalised words → candidates → readings → entities.
import './plugin.js';
import type { Actor } from '../../schema.js';
import type { ExtractContext } from '../context.js';
import { isActing, spreadAlongLists } from './acting.js';
import { candidatesOf, type Candidate } from './candidates.js';
import { classify, type Reading } from './classify.js';
import { lowerCaseWords } from './common-words.js';
import { COUNTRY_BY_CAPITAL, COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME, isKnownName } from './lexicon-index.js';
import { mergeMentions, type Entity, type Mention } from './merge.js';
import { nominalMentions } from './nominal.js';
import { findRuns } from './runs.js';
import { isSportsReport } from './sports.js';
import { readTokens, type Token } from './tokens.js';

export { actorAt } from './actor-at.js';

/** Last words of the people named in full: "Woods" later in the text is one of them. */
function personSurnames(readings: Reading[]): Set<string> {
  const surnames = new Set<string>();
  for (const r of readings) {
    if (r.type !== 'person') continue;
    const words = r.name.toLowerCase().split(/\s+/);
    if (words.length > 1) surnames.add(words[words.length - 1]);
  }
  return surnames;
}

/** A lone word that is a named person's surname is that person, whatever else it looked like. */
function surnameReading(c: Candidate, reading: Reading, surnames: Set<string>): Reading {
  if (c.tokens.length !== 1 || reading.type === 'person' || reading.type === 'country') return reading;
  const key = c.tokens[0].key;
  if (!surnames.has(key) || isKnownName(key)) return reading;
  return { type: 'person', name: c.tokens[0].text.replace(/['’]s?$/, ''), country: c.country };
}

/**
 * Wire convention: an official with no country named ("Deputy Foreign Minister X", "the Foreign
 * Ministry") belongs to the state of the dateline ("MOSCOW, June 29"), else to the state the
 * article names most.
 */
function assumeHomeCountry(entities: Entity[], tokens: Token[], places: string[]): void {
  const place = places[0]?.toLowerCase();
  const country = (place ? (COUNTRY_BY_CAPITAL.get(place) ?? COUNTRY_BY_NAME.get(place)) : undefined) ?? mostNamedCountry(entities, tokens);
  if (!country) return;
  for (const e of entities) {
    const official =
      (e.type === 'person' && e.title !== null && !MEDIA_TITLE_RE.test(e.title)) ||
      (e.type === 'organization' && GOVERNMENT_ORGAN_RE.test(e.name));
    if (official && e.country === null) e.country = country;
  }
}

/** The country named clearly more often than any other, or null. */
function mostNamedCountry(entities: Entity[], tokens: Token[]): string | null {
  const tally = new Map<string, number>();
  for (const e of entities) {
    if ((e.type === 'country' || e.type === 'place') && COUNTRY_NAMES.has(e.name)) tally.set(e.name, e.mentions.length);
  }
  // "British", "Mexican": nationality words count for their country too.
  for (const t of tokens) {
    const country = COUNTRY_BY_DEMONYM.get(t.key);
    if (country && !t.blocked && /^\p{Lu}/u.test(t.text)) tally.set(country, (tally.get(country) ?? 0) + 1);
  }
  const counts = [...tally].sort((a, b) => b[1] - a[1]);
  if (counts.length === 0 || (counts[0][1] < 2 && counts.length > 1) || (counts[1] && counts[1][1] * 2 > counts[0][1])) return null;
  return counts[0][0];
}

const COUNTRY_NAMES = new Set(COUNTRY_BY_NAME.values());

/** Journalists quoted by title ("Political Editor") work for an outlet, not a state. */
const MEDIA_TITLE_RE = /\b(?:editor|correspondent|reporter|journalist)\b/i;

const GOVERNMENT_ORGAN_RE = /\b(?:Ministry|Government|Cabinet|Parliament|Police|Army)$/;

type Found = { c: Candidate; first: number; reading: Reading };

/** "the Lavrov-Araghchi call": two known surnames joined by a hyphen are two people. */
function splitSurnamePairs(found: Found[], surnames: Set<string>): Found[] {
  return found.flatMap((f) => {
    const { tokens } = f.c;
    const hyphenated = tokens.length > 1 && tokens.slice(0, -1).every((t) => t.post === '-');
    if (!hyphenated || !tokens.every((t) => surnames.has(t.key))) return [f];
    return tokens.map((t, k) => ({
      c: { ...f.c, tokens: [t] },
      first: f.first + k,
      reading: { type: 'person' as const, name: t.text.replace(/['’]s?$/, ''), country: null },
    }));
  });
}

function toActor(e: Entity, index: number): Actor {
  const mentions = [...e.mentions].sort((a, b) => a.start - b.start);
  const aliases = [...new Set(mentions.map((m) => m.text))].filter((t) => t !== e.name);
  return {
    id: `A${index + 1}`,
    type: e.type,
    name: e.name,
    title: e.type === 'person' ? e.title : null,
    country: e.type === 'person' || e.type === 'organization' ? e.country : null,
    aliases,
    mentions: mentions.map(({ start, end, text }) => ({ start, end, text })),
  };
}

export function extractActors(ctx: ExtractContext): Actor[] {
  const tokens = readTokens(ctx);
  const position = new Map(tokens.map((t, i) => [t, i]));
  const keys = tokens.map((t) => t.key);
  const sports = isSportsReport(ctx.doc.text);
  const lowerInDoc = lowerCaseWords(tokens);
  const found: Found[] = [];
  for (const run of findRuns(tokens)) {
    for (const c of candidatesOf(run, tokens, keys, position.get(run[0])!)) {
      const first = position.get(c.tokens[0])!;
      found.push({ c, first, reading: classify(c, { tokens, index: first, sports, lowerInDoc }) });
    }
  }
  const surnames = personSurnames(found.map((f) => f.reading));
  const read = splitSurnamePairs(found, surnames).flatMap(({ c, first, reading: initial }) => {
    const reading = surnameReading(c, initial, surnames);
    if (reading.type === 'none') return [];
    const start = c.tokens[0].start;
    const end = c.tokens[c.tokens.length - 1].end;
    const acting = !c.ownerOnly && isActing(tokens, first, first + c.tokens.length - 1);
    return [{ c, reading, start, end, acting }];
  });
  spreadAlongLists(ctx.doc.text, read);
  const mentions: Mention[] = read.map(({ c, reading, start, end, acting }) => {
    let { type, name } = reading;
    if (type === 'place' || type === 'country') {
      const metonym = type === 'place' && acting ? COUNTRY_BY_CAPITAL.get(name.toLowerCase()) : undefined;
      if (metonym) name = metonym;
      // A country that only hosts events stays a place; one acting mention makes it a country.
      type = (type === 'country' || metonym) && acting ? 'country' : 'place';
    }
    const key = reading.key;
    return { start, end, text: ctx.doc.text.slice(start, end), type, name, title: c.title, country: reading.country ?? c.country, key };
  });
  const entities = mergeMentions(mentions);
  assumeHomeCountry(entities, tokens, ctx.doc.dateline?.places ?? []);
  nominalMentions(tokens, keys, entities, ctx.doc.text);
  return entities.map(toActor);
}
