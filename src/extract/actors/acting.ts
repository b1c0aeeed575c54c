// Whether a country mention acts ("Israel launched strikes", "Moscow said", "Russia's position",
// "talks with India", "the leaders of China and Japan") or is only where something happens ("in Kabul").
import { WEEKDAY_NAMES } from '../../document/calendar.js';
import { COMPASS_ADJECTIVES } from '../../lexicon/compass-words.js';
import { OFFICE_WORDS } from './lexicon-index.js';
import type { Token } from './tokens.js';

const PLACE_PREPOSITIONS = new Set([
  'across', 'along', 'around', 'at', 'from', 'in', 'inside', 'into', 'near', 'outside', 'through', 'throughout', 'to',
  'toward', 'towards', 'within',
]);
/** Words before a state that make it a party: "strikes by", "talks with", "the leaders of". */
const PARTY_BEFORE = new Set(['between', 'by', 'with']);
const LEADER_NOUNS = new Set(['government', 'governments', 'leader', 'leaders']);
/** Nouns of a standing relation: "ties with Australia", "the border with Afghanistan" make no party. */
const RELATION_NOUNS = new Set(['border', 'borders', 'frontier', 'relations', 'relationship', 'ties']);
const COMPASS = new Set(COMPASS_ADJECTIVES);
const BE_FORMS = new Set(['am', 'are', 'be', 'been', 'being', 'is', 'was', 'were']);
const HAVE_FORMS = new Set(['had', 'has', 'have']);
/** After a possessive, what a state does or holds as an actor: "Russia's position", "Israel's strikes". */
const STANCE_NOUNS = new Set([
  'aggression', 'attack', 'attacks', 'bid', 'buildup', 'call', 'campaign', 'decision', 'demand', 'demands', 'efforts',
  'invasion', 'objections', 'offensive', 'offer', 'plan', 'policy', 'position', 'proposal', 'readiness', 'response',
  'retaliation', 'role', 'stance', 'strikes', 'support', 'threat', 'willingness',
]);
const VERB_TAGS = ['Verb', 'Modal', 'Auxiliary', 'Copula'];
/** Words of a time phrase or an adverb that may stand between a state and its verb ("Germany on Monday called on"). */
const WEEKDAYS = new Set(WEEKDAY_NAMES.map((name) => name.toLowerCase()));
const DAY_PARTS = new Set(['afternoon', 'evening', 'morning', 'night']);
const PERIOD_LEADS = new Set(['last', 'next', 'this']);
const PERIODS = new Set(['month', 'week', 'weekend', 'year']);
const BETWEEN_ADVERBS = new Set(['again', 'already', 'also', 'earlier', 'jointly', 'later', 'previously', 'recently', 'repeatedly', 'separately', 'today', 'yesterday']);

function startsVerbPhrase(t: Token | undefined): boolean {
  return t !== undefined && VERB_TAGS.some((tag) => t.tags.has(tag)) && !t.tags.has('Gerund') && !t.tags.has('Noun');
}

/**
 * "Russia's position", "Iran's retaliatory strikes": a state's stance or deed. "Pakistan's northwest",
 * "Iran's nuclear programme", "Russia's Foreign Ministry" (an organ that acts instead) are not.
 */
function possessiveActs(tokens: Token[], at: number): boolean {
  for (let i = at; i < Math.min(tokens.length, at + 3); i++) {
    if (STANCE_NOUNS.has(tokens[i].key)) return true;
    // "Kenya's government insists": the state acting, as the news gold records such a government.
    if (tokens[i].key === 'government' && tokens[i].post.trim() === '') return startsVerbPhrase(tokens[pastTimeWords(tokens, i + 1)]);
    if (/^\p{Lu}/u.test(tokens[i].text) || OFFICE_WORDS.has(tokens[i].key) || /[,.;:]/.test(tokens[i].post)) return false;
  }
  return false;
}

/** "Pakistan has been rocked by", "Iran was hit by": a passive with its agent named; the state undergoes it. */
function passiveWithAgent(tokens: Token[], at: number): boolean {
  let i = at;
  if (HAVE_FORMS.has(tokens[i]?.key ?? '')) i++;
  if (!BE_FORMS.has(tokens[i]?.key ?? '')) return false;
  // The tagger reads some participles after "been" as nouns ("has been hit"): "by" after the word decides.
  const participle = tokens[i + 1];
  return participle !== undefined && !participle.tags.has('Gerund') && tokens[i + 2]?.key === 'by';
}

/**
 * Where the verb would stand after a time phrase or an adverb that follows a state with no comma: "on
 * Monday (night)", "last week", "again", "yesterday" (at most three of them). `at` when there is none.
 */
function pastTimeWords(tokens: Token[], at: number): number {
  let i = at;
  for (let steps = 0; steps < 3 && tokens[i - 1]?.post.trim() === ''; steps++) {
    const key = tokens[i]?.key;
    if (key === 'on' && WEEKDAYS.has(tokens[i + 1]?.key ?? '')) i += DAY_PARTS.has(tokens[i + 2]?.key ?? '') ? 3 : 2;
    else if (PERIOD_LEADS.has(key ?? '') && PERIODS.has(tokens[i + 1]?.key ?? '')) i += 2;
    else if (BETWEEN_ADVERBS.has(key ?? '') || WEEKDAYS.has(key ?? '')) i++;
    else break;
  }
  return i;
}

/** Words that open an appositive or a relative clause after a state: "China, the world's largest emitter, urged". */
const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the', 'which', 'whose']);
/** Longest appositive read, in words. */
const APPOSITIVE_REACH = 14;

/**
 * Where the verb would stand after an appositive set off by commas ("Qatar, a key mediator, urged",
 * "Egypt, which borders Gaza, called on"); null when the state is not followed by one (rule
 * 'state-before-appositive').
 */
function pastAppositive(tokens: Token[], last: number): number | null {
  if (tokens[last].post.trim() !== ',' || !APPOSITIVE_OPENERS.has(tokens[last + 1]?.key ?? '')) return null;
  // "O'Donnell, the U.S. attorney, ...", "Benelux, the Netherlands and ...": a name opening it is an owner or a list item.
  if (/^\p{Lu}/u.test(tokens[last + 2]?.text ?? '')) return null;
  const sentence = tokens[last].sentence;
  for (let i = last + 1; i < Math.min(tokens.length, last + 1 + APPOSITIVE_REACH) && tokens[i].sentence === sentence; i++) {
    const post = tokens[i].post.trim();
    // "the embassy for Belgium, the Netherlands and Luxembourg, said": a list of names, not an appositive.
    if (tokens[i].key === 'and' && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')) return null;
    if (post === ',') return i + 1;
    if (post !== '' && post !== "'") return null;
  }
  return null;
}

/** `first`/`last` are positions in `tokens` of the mention's first and last word. */
export function isActing(tokens: Token[], first: number, last: number): boolean {
  const sentence = tokens[first].sentence;
  const inSentence = (t: Token | undefined): t is Token => t !== undefined && t.sentence === sentence;
  // "spoke with Germany's Scholz": what a possessive state owns decides, not the words before it.
  if (tokens[last].possessive) return possessiveActs(tokens, last + 1);
  let b = first - 1;
  // "in western India", "in the northeastern Borno State": a compass word only says where.
  if (inSentence(tokens[b]) && COMPASS.has(tokens[b].key)) b--;
  if (inSentence(tokens[b]) && tokens[b].key === 'the') b--;
  const before = tokens[b];
  if (inSentence(before)) {
    if (PLACE_PREPOSITIONS.has(before.key)) return false;
    if (PARTY_BEFORE.has(before.key)) return !(inSentence(tokens[b - 1]) && RELATION_NOUNS.has(tokens[b - 1].key));
    // "the leaders of China" is a party; "president of the United States" is an office's owner.
    if (before.key === 'of') return inSentence(tokens[b - 1]) && LEADER_NOUNS.has(tokens[b - 1].key);
    // "Kabul, Afghanistan": a country after a place only locates it.
    if (before.post.startsWith(',') && b === first - 1 && /^\p{Lu}/u.test(before.text)) return false;
  }
  const verbAfterAppositive = pastAppositive(tokens, last);
  if (verbAfterAppositive !== null) {
    const verb = tokens[verbAfterAppositive];
    return inSentence(verb) && !passiveWithAgent(tokens, verbAfterAppositive) && startsVerbPhrase(verb);
  }
  const next = tokens[last + 1];
  if (!inSentence(next) || tokens[last].post.trim() !== '') return false;
  if (passiveWithAgent(tokens, last + 1)) return false;
  if (startsVerbPhrase(next) || next.key === 'side') return true;
  // "Germany on Monday called on", "Russia last week said": the verb after a time phrase.
  const verbAt = pastTimeWords(tokens, last + 1);
  if (verbAt > last + 1 && inSentence(tokens[verbAt]) && tokens[verbAt - 1].post.trim() === '') {
    return !passiveWithAgent(tokens, verbAt) && startsVerbPhrase(tokens[verbAt]);
  }
  // "Israel and the United States launched": look past the coordinated name.
  if (next.key === 'and') {
    for (let i = last + 2; i < Math.min(tokens.length, last + 6); i++) {
      if (startsVerbPhrase(tokens[i])) return true;
      if (tokens[i].post.trim() !== '') return false;
    }
  }
  return false;
}

/** Text between two names of one list: ", ", " and ", ", and the ". */
const LIST_GAP_RE = /^(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/;

/**
 * States named in one list act together: "efforts by the European Union, the United States and
 * Russia", "the leaders of China, Saudi Arabia and El Salvador". `spans` are in text order.
 */
export function spreadAlongLists(text: string, spans: Array<{ start: number; end: number; acting: boolean }>): void {
  let groupStart = 0;
  for (let i = 1; i <= spans.length; i++) {
    const joined = i < spans.length && LIST_GAP_RE.test(text.slice(spans[i - 1].end, spans[i].start));
    if (joined) continue;
    const group = spans.slice(groupStart, i);
    if (group.length > 1 && group.some((s) => s.acting)) for (const s of group) s.acting = true;
    groupStart = i;
  }
}
