// Runs the actor stages up to classification on a sentence, for tests of single rules.
import { extract } from '../../../src/index.js';
import { readDocument } from '../../../src/document/read.js';
import { candidatesOf, type Candidate } from '../../../src/extract/actors/candidates.js';
import { classify, CLASSIFY_RULES, type Classified } from '../../../src/extract/actors/classify.js';
import { lowerCaseWords } from '../../../src/extract/actors/common-words.js';
import { nameText } from '../../../src/extract/actors/rules/types.js';
import { findRuns } from '../../../src/extract/actors/runs.js';
import { isSportsReport } from '../../../src/extract/actors/sports.js';
import { readTokens } from '../../../src/extract/actors/tokens.js';
import { createContext } from '../../../src/extract/context.js';
import type { Profile } from '../../../src/extract/profile.js';

/** Every candidate of the text, with its position. */
export function candidatesIn(text: string, refDate = '2025-04-08') {
  const ctx = createContext(readDocument(text, { refDate }));
  const tokens = readTokens(ctx);
  const position = new Map(tokens.map((t, i) => [t, i]));
  const keys = tokens.map((t) => t.key);
  const out: Array<{ c: Candidate; index: number }> = [];
  for (const run of findRuns(tokens)) for (const c of candidatesOf(run, tokens, keys, position.get(run[0])!)) out.push({ c, index: position.get(c.tokens[0])! });
  return { tokens, out };
}

/** The candidate written `words` in the text, as the profile's rules classify it. */
export function classifyIn(text: string, words: string, profile: Profile = 'news'): Classified {
  const refDate = profile === 'conll' ? '1996-08-22' : '2025-04-08';
  const { tokens, out } = candidatesIn(text, refDate);
  const found = out.find(({ c }) => nameText(c) === words);
  if (!found) throw new Error(`no candidate "${words}" in: ${out.map(({ c }) => nameText(c)).join(' | ')}`);
  const sports = profile === 'conll' && isSportsReport(text);
  return classify(found.c, { tokens, index: found.index, sports, lowerInDoc: lowerCaseWords(tokens), year: Number(refDate.slice(0, 4)) }, CLASSIFY_RULES[profile]);
}

/** The title, country and rule ids of the person named `name` in the text. */
export function person(text: string, name: string, refDate = '2025-04-08') {
  const actor = extract(text, { refDate, explain: true, only: ['actors'] }).actors.find((a) => a.name === name);
  return actor && { title: actor.title, country: actor.country, rules: actor.rules };
}

/** Every person of the text with name, title and country, in order. */
export function personRecords(text: string, refDate = '2025-04-08') {
  return extract(text, { refDate, only: ['actors'] })
    .actors.filter((a) => a.type === 'person')
    .map((a) => ({ name: a.name, title: a.title, country: a.country }));
}
