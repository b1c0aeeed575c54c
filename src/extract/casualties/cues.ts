// The cue lexicon compiled once into anchored regexes: a cue starting at a position, or ending at one.
import { CUES_AFTER_NUMBER, CUES_BEFORE_NUMBER, INJURY_NOUNS, INJURY_VERBS, SHELTER_BUILDINGS, SHELTER_KINDS, TO_HOSPITAL_VERBS, type CasualtyCue } from '../../lexicon/casualty-cues.js';
import { TOLL_LINKS, TOLL_LINKS_NEAR, TOLL_LINKS_PAST, TOLL_NOUNS } from '../../lexicon/casualty-tolls.js';
import { NON_PERSON_NOUNS, VICTIM_NOUNS } from '../../lexicon/victim-nouns.js';
import type { CasualtyKind } from '../../schema.js';

export interface CueMatch {
  kind: CasualtyKind;
  phrase: string;
  start: number;
  end: number;
}

function alternation(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/ /g, '\\s+'))
    .join('|');
}

function kindsOf(cues: readonly CasualtyCue[]): Map<string, CasualtyKind> {
  return new Map(cues.map((c) => [c.phrase, c.kind]));
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');

const AFTER_KINDS = kindsOf(CUES_AFTER_NUMBER);
const BEFORE_KINDS = kindsOf(CUES_BEFORE_NUMBER);
const TOLL_KINDS = kindsOf(TOLL_NOUNS);

const AFTER_RE = new RegExp(`\\s*(${alternation(CUES_AFTER_NUMBER.map((c) => c.phrase))})(?![\\w-])`, 'iy');
// "taken to nearby hospitals", "rushed to Mercy Hospital": up to three words before the hospital; the state the person
// was in may come first ("transported in critical condition to Christ Hospital", rule condition-on-the-way)
const TO_HOSPITAL_RE = new RegExp(`\\s*((?:${TO_HOSPITAL_VERBS.join('|')})\\s+(?:in\\s+(?:critical|serious|stable|grave|fair|good|unknown)\\s+condition\\s+)?to\\s+(?:[\\w.'’-]+\\s+){0,3}?hospitals?)(?![\\w-])`, 'iy');
// "four victims to a hospital", "all four to Mercy General Hospital", "12 people to nearby hospitals": a hospital named or
// described, with no verb before the people (rule to-named-hospital); the words between are a name or a describing word only
const TO_NAMED_HOSPITAL_RE =
  /\s*([Tt]o\s+(?:(?:a|an|the|nearby|area|local|several|various|different|two|three|four)\s+)*(?:[A-Z][\w.'’-]*\s+){0,4}[Hh]ospitals?)(?![\w-])/y;
// "suffered minor injuries", "sustained a gunshot wound to the leg", "suffering from burns"; not "suffered no injuries"
const INJURIES_SUFFERED_RE = new RegExp(
  `\\s*((?:${INJURY_VERBS.join('|')})\\s+(?:from\\s+)?(?!no\\s|any\\s)(?:[\\w'’-]+\\s+){0,3}?(?:${INJURY_NOUNS.join('|')}))(?![\\w-])`,
  'iy',
);
// "in shelters", "sheltering in relief camps", "staying in temporary shelters", "in evacuation centres" (rule in-shelters),
// "moved to temporary shelters";
// a camp or centre needs a word saying whom it houses ("training camps", "detention centers" are not)
const IN_SHELTERS_RE = new RegExp(
  `\\s*((?:(?:sheltering|staying|living|housed|sleeping)\\s+in|(?:moved|relocated)\\s+to|in)\\s+(?:the\\s+)?(?:(?:emergency|government|${SHELTER_KINDS.join('|')})\\s+)?` +
    `(?:shelters|(?<=(?:${SHELTER_KINDS.join('|')})\\s+)(?:camps|cent(?:er|re)s)))(?![\\w-])`,
  'iy',
);
// "sheltering in schools", "taking refuge in churches" (rule sheltering-in-buildings): buildings people fled to
const IN_BUILDINGS_RE = new RegExp(
  `\\s*((?:sheltering|sleeping|housed|(?:taking|took|taken)\\s+(?:refuge|shelter))\\s+in\\s+(?:(?:the|local|nearby|makeshift)\\s+)?(?:${SHELTER_BUILDINGS.join('|')}))(?![\\w-])`,
  'iy',
);
const BEFORE_RE = new RegExp(
  `(?<![\\w-])(${alternation(CUES_BEFORE_NUMBER.map((c) => c.phrase))})\\s+(?:(?:a\\s+total\\s+of|an?\\s+(?:[\\w-]+\\s+)?family\\s+of|another|an\\s+additional|a\\s+further|the|all|his|her|their|(?<=(?:killed|killing|kills)\\s+)(?:himself|herself)\\s+and)\\s+)?$`,
  'i',
);
const TOLL_RE = new RegExp(`(?<![\\w-])(?:${alternation(TOLL_NOUNS.map((c) => c.phrase))})(?![\\w-])`, 'gi');
const TOLL_LINK_RE = new RegExp(`(?<![\\w-])(${alternation([...TOLL_LINKS, ...TOLL_LINKS_PAST, ...TOLL_LINKS_NEAR])})\\s+$`, 'i');
const PAST_LINKS = new Set(TOLL_LINKS_PAST);
const NEAR_LINKS = new Set(TOLL_LINKS_NEAR);

/** Cheap test run on every sentence before any heavier work: does it hold a casualty word at all? Every cue phrase must pass it (tests/casualties/prefilter.test.ts). */
export const CUE_PREFILTER =
  /kill|dead|deceased|death|die[ds]?\b|drown|execut|gunned|gunning|slain|murder|homicide|fatal|bod(?:y|ies)|perish|passed away|succumb|martyr|crushed|trampled|toll|li(?:fe|ves)|injur|wound|burns\b|fractur|hurt|hospital|treated|shot|critical|(?:serious|fair|grave|stable)\s+condition|missing|unaccounted|trap|buri|displac|evacu|refuge|homeless|shelter|tents|camps|cent(?:er|re)s|fled|flee|their\s+homes|surviv|infect|sicken|fell\s+ill|electrocut|behead|lynch|strangl|suffocat|uproot|treatment|corpse|arrest|detain|hostage|captive|captur|kidnap|abduct|custody|affect(?:ed|ing)|casualt|victim|among those|they\s+includ|these\s+includ/i;

/** "two senators were critical of the plan", "critical to the talks": a judgement, not a condition (rule critical-of). */
const JUDGEMENT_AFTER_RE = /^\s+(?:of|to|for|about)\b/i;

/** An after-number cue starting at `pos` after optional spaces ("were killed" is read as link word + cue by the caller). */
export function cueAt(text: string, pos: number): CueMatch | null {
  TO_HOSPITAL_RE.lastIndex = pos;
  const hospital = TO_HOSPITAL_RE.exec(text);
  if (hospital) return { kind: 'injured', phrase: 'to hospital', start: pos + hospital[0].length - hospital[1].length, end: pos + hospital[0].length };
  TO_NAMED_HOSPITAL_RE.lastIndex = pos;
  const named = TO_NAMED_HOSPITAL_RE.exec(text);
  if (named) return { kind: 'injured', phrase: 'to hospital', start: pos + named[0].length - named[1].length, end: pos + named[0].length };
  INJURIES_SUFFERED_RE.lastIndex = pos;
  const suffered = INJURIES_SUFFERED_RE.exec(text);
  if (suffered) return { kind: 'injured', phrase: 'injuries suffered', start: pos + suffered[0].length - suffered[1].length, end: pos + suffered[0].length };
  IN_SHELTERS_RE.lastIndex = pos;
  const shelters = IN_SHELTERS_RE.exec(text);
  if (shelters) return { kind: 'displaced', phrase: 'in shelters', start: pos + shelters[0].length - shelters[1].length, end: pos + shelters[0].length };
  IN_BUILDINGS_RE.lastIndex = pos;
  const buildings = IN_BUILDINGS_RE.exec(text);
  if (buildings) return { kind: 'displaced', phrase: 'sheltering in buildings', start: pos + buildings[0].length - buildings[1].length, end: pos + buildings[0].length };
  AFTER_RE.lastIndex = pos;
  const m = AFTER_RE.exec(text);
  if (!m) return null;
  const phrase = norm(m[1]);
  const kind = AFTER_KINDS.get(phrase);
  const end = pos + m[0].length;
  if (phrase === 'critical' && JUDGEMENT_AFTER_RE.test(text.slice(end, end + 8))) return null;
  return kind ? { kind, phrase, start: end - m[1].length, end } : null;
}

/** A before-number cue ending right before `pos` ("killing " + "at least 12"). */
export function cueEndingAt(text: string, pos: number): CueMatch | null {
  const from = Math.max(0, pos - 48);
  const m = BEFORE_RE.exec(text.slice(from, pos));
  if (!m) return null;
  const kind = BEFORE_KINDS.get(norm(m[1]));
  return kind ? { kind, phrase: norm(m[1]), start: from + m.index, end: from + m.index + m[1].length } : null;
}

/** A toll noun and how its link bounds the figure: "tops" a lower bound, "nears" an upper one. */
export interface TollMatch extends CueMatch {
  bound: 'past' | 'near' | null;
}

/** The last toll noun before `pos` whose figure is linked right before `pos`: "the death toll has risen to ". */
export function tollBefore(text: string, pos: number): TollMatch | null {
  const link = TOLL_LINK_RE.exec(text.slice(Math.max(0, pos - 24), pos));
  if (!link) return null;
  const linkWords = norm(link[1]);
  const bound = PAST_LINKS.has(linkWords) ? 'past' : NEAR_LINKS.has(linkWords) ? 'near' : null;
  let last: CueMatch | null = null;
  TOLL_RE.lastIndex = 0;
  for (let m = TOLL_RE.exec(text); m && m.index < pos; m = TOLL_RE.exec(text)) {
    const kind = TOLL_KINDS.get(norm(m[0]));
    if (kind) last = { kind, phrase: norm(m[0]), start: m.index, end: m.index + m[0].length };
  }
  return last && pos - last.end <= 160 ? { ...last, bound } : null;
}

export const VICTIM_WORDS: ReadonlySet<string> = new Set(VICTIM_NOUNS);
export const NON_PERSON_WORDS: ReadonlySet<string> = new Set(NON_PERSON_NOUNS);
