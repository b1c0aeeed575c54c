// Actors: people, organizations, countries and places named in the article, one per entity,
// with every mention's offsets. Runs of capitalised words → candidates → readings → entities.
import type { Actor } from '../../schema.js';
import type { ExtractContext } from '../context.js';
import { isActing, spreadAlongLists } from './acting.js';
import { candidatesOf, type Candidate } from './candidates.js';
import { capitalFor, countriesNamed } from './capitals.js';
import { classify, CLASSIFY_RULES } from './classify.js';
import { counterpartTitles } from './counterparts.js';
import { lowerCaseWords } from './common-words.js';
import { guessCountries } from './country-guesses.js';
import { dropIncidentalOrganizations } from './incidental.js';
import { mergeMentions, type Entity, type Mention } from './merge.js';
import { nominalMentions } from './nominal.js';
import { officeOfStateBeforeName } from './office-of-state.js';
import { findOwnedOrganizations } from './owned-organizations.js';
import { placeElsewhere } from './place-elsewhere.js';
import { pluralOffices } from './plural-offices.js';
import { findRuns } from './runs.js';
import { isSportsReport, spreadClubNames } from './sports.js';
import { personSurnames, splitSurnamePairs, strandedSurnames, surnameReading, type Found } from './surnames.js';
import { readTokens } from './tokens.js';
import { tagRules, unionRules } from '../provenance.js';

export { actorAt } from './actor-at.js';

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
    rules: unionRules(mentions),
  };
}

export function extractActors(ctx: ExtractContext): Actor[] {
  const tokens = readTokens(ctx);
  const position = new Map(tokens.map((t, i) => [t, i]));
  const keys = tokens.map((t) => t.key);
  // Sports reports are read as sides and scorecards only under the conll profile.
  const sports = ctx.profile === 'conll' && isSportsReport(ctx.doc.text);
  const rules = CLASSIFY_RULES[ctx.profile];
  const lowerInDoc = lowerCaseWords(tokens);
  const found: Found[] = [];
  for (const run of findRuns(tokens, ctx.profile !== 'conll')) {
    for (const c of candidatesOf(run, tokens, keys, position.get(run[0])!)) {
      const first = position.get(c.tokens[0])!;
      found.push({ c, first, ...classify(c, { tokens, index: first, sports, lowerInDoc, year: ctx.doc.reference?.year ?? null }, rules) });
    }
  }
  found.splice(0, found.length, ...placeElsewhere(found));
  const surnames = personSurnames(found.map((f) => f.reading));
  found.push(...strandedSurnames(tokens, found, surnames));
  found.sort((a, b) => a.first - b.first);
  const readings = splitSurnamePairs(found, surnames).map((f) => surnameReading(f, surnames));
  if (sports) spreadClubNames(readings, tokens, position);
  const read = readings.flatMap(({ c, first, reading, rule }) => {
    if (reading.type === 'none') return [];
    const start = c.tokens[0].start;
    const end = c.tokens[c.tokens.length - 1].end;
    const acting = !c.ownerOnly && isActing(tokens, first, first + c.tokens.length - 1);
    return [{ c, reading, start, end, acting, rules: [...c.rules, rule] }];
  });
  for (const o of findOwnedOrganizations(tokens, ctx.profile)) {
    const organ = tokens.slice(o.first, o.last + 1);
    const start = organ[0].start;
    const end = organ[organ.length - 1].end;
    const name = ctx.doc.text.slice(start, end);
    const c: Candidate = { tokens: organ, title: null, country: o.country, personCue: false, organizationCue: true, ownerOnly: false, rules: [] };
    read.push({ c, reading: { type: 'organization', name, country: o.country }, start, end, acting: false, rules: [o.rule] });
  }
  read.sort((a, b) => a.start - b.start);
  pluralOffices(read, tokens);
  officeOfStateBeforeName(read, tokens, position);
  spreadAlongLists(ctx.doc.text, read);
  counterpartTitles(read);
  const named = countriesNamed(read.map(({ reading }) => reading));
  const mentions: Mention[] = read.map(({ c, reading, start, end, acting, rules }) => {
    let { type, name } = reading;
    // "Essex are set to ...", "Newcastle's problems": in a sports report a town that acts is its side.
    if (sports && type === 'place' && acting) type = 'organization';
    if (type === 'place' || type === 'country') {
      const metonym = capitalFor({ type, name, acting, first: position.get(c.tokens[0])! }, tokens, named);
      if (metonym) name = metonym;
      // A country that only hosts events stays a place; one acting mention makes it a country.
      type = (type === 'country' || metonym) && acting ? 'country' : 'place';
    }
    const key = reading.key;
    if (name !== reading.name) rules.push('capital-for-country');
    return { start, end, text: ctx.doc.text.slice(start, end), type, name, title: c.title, country: reading.country ?? c.country, key, rules, stateless: c.stateless, ownerName: c.ownerName };
  });
  const merged = mergeMentions(mentions);
  // News readers want the organizations that act; CoNLL-2003 marks every named one.
  const entities = ctx.profile === 'conll' ? merged : dropIncidentalOrganizations(merged, tokens);
  for (const e of entities) if (e.mentions.length > 1) tagRules(e.mentions[0], 'merge-mentions');
  const span = ctx.doc.datelineSpan;
  guessCountries(entities, {
    tokens,
    datelinePlaces: ctx.doc.dateline?.places ?? [],
    datelineText: span ? ctx.doc.text.slice(span.start, span.end) : '',
    year: ctx.doc.reference?.year ?? null,
  });
  nominalMentions(tokens, keys, entities, ctx.doc.text);
  return entities.map(toActor);
}
