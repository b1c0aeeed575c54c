// Actor mentions placed on the text, for asking "which actors are named between these offsets"; shared by calls and appeals.
import type { NewsDocument, TextSpan } from '../document/types.js';
import type { Actor } from '../schema.js';

export interface PlacedMention {
  start: number;
  end: number;
  actor: Actor;
}

/** Every mention of every actor, sorted by position; overlapping mentions keep the longest. */
export function placeMentions(actors: readonly Actor[]): PlacedMention[] {
  const placed: PlacedMention[] = [];
  for (const actor of actors) for (const m of actor.mentions) placed.push({ start: m.start, end: m.end, actor });
  placed.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PlacedMention[] = [];
  for (const m of placed) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) continue;
    kept.push(m);
  }
  return kept;
}

/** The mentions in the article's content: none from header words or the dateline, which hold sources, not parties. */
export function placeContentMentions(doc: NewsDocument, actors: readonly Actor[]): PlacedMention[] {
  const excluded = doc.datelineSpan ? [...doc.furniture, doc.datelineSpan] : doc.furniture;
  const placed = placeMentions(actors).filter((m) => !excluded.some((s) => m.start >= s.start && m.end <= s.end));
  return withRecoveredPeople(doc.text, placed, excluded);
}

/** A capitalized word with no mark after it: part of the same name ("Elian Gonzalez"). */
const NAME_WORD_RE = /^[A-Z][\w'’-]*$/;
const WORD_CHAR_RE = /\w/;

/** Where `form` stands alone in [start, end): whole words, no capitalized word joined on either side. */
export function standaloneIndex(text: string, start: number, end: number, form: string): number {
  if (form.length < 3) return -1;
  for (let at = text.indexOf(form, start); at >= 0 && at + form.length <= end; at = text.indexOf(form, at + 1)) {
    const after = at + form.length;
    if (WORD_CHAR_RE.test(text[at - 1] ?? '') || WORD_CHAR_RE.test(text[after] ?? '')) continue;
    const wordBefore = /(\S+)\s+$/.exec(text.slice(Math.max(0, at - 30), at))?.[1] ?? '';
    const wordAfter = /^\s+(\S+)/.exec(text.slice(after, after + 30))?.[1] ?? '';
    if (NAME_WORD_RE.test(wordBefore)) continue;
    if (NAME_WORD_RE.test(wordAfter)) continue;
    return at;
  }
  return -1;
}

/** How many times a person's form is looked for again; a long article's many names stay cheap. */
const MAX_RECOVERED_PER_FORM = 50;

/**
 * The people's mentions the actor stage left unrecorded ("Trump" again three paragraphs on): every
 * standalone occurrence of a person's recorded name forms, outside `excluded` spans, added to `placed`.
 */
export function withRecoveredPeople(text: string, placed: readonly PlacedMention[], excluded: readonly TextSpan[]): PlacedMention[] {
  const found: PlacedMention[] = [];
  const people = new Map(placed.filter((m) => m.actor.type === 'person').map((m) => [m.actor.id, m.actor]));
  for (const actor of people.values()) {
    const forms = new Set([actor.name, ...actor.mentions.map((x) => x.text)].filter((f) => /^[A-Z]/.test(f)));
    for (const form of forms) {
      let from = 0;
      for (let n = 0; n < MAX_RECOVERED_PER_FORM; n++) {
        const at = standaloneIndex(text, from, text.length, form);
        if (at < 0) break;
        from = at + form.length;
        const span = { start: at, end: at + form.length, actor };
        const taken = [...placed, ...found].some((p) => p.start < span.end && span.start < p.end);
        if (!taken && !excluded.some((s) => at >= s.start && at < s.end)) found.push(span);
      }
    }
  }
  return found.length === 0 ? [...placed] : [...placed, ...found].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Index of the first mention starting at or after `pos` (binary search: long documents have many). */
function firstAtOrAfter(placed: readonly PlacedMention[], pos: number): number {
  let lo = 0;
  let hi = placed.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (placed[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Mentions that lie wholly inside [start, end), in text order. */
export function mentionsWithin(placed: readonly PlacedMention[], start: number, end: number): PlacedMention[] {
  const out: PlacedMention[] = [];
  for (let i = firstAtOrAfter(placed, start); i < placed.length && placed[i].start < end; i++) {
    if (placed[i].end <= end) out.push(placed[i]);
  }
  return out;
}

/**
 * Whom a "he"/"his" at `pos` stands for: the nearest person named before it in its sentence
 * ("Biden said he spoke"), else the first person of the closest earlier sentence naming one
 * (the subject that sentence was about).
 */
export function pronounReferent(
  placed: readonly PlacedMention[],
  sentences: readonly TextSpan[],
  pos: number,
): PlacedMention | null {
  let i = firstAtOrAfter(placed, pos) - 1;
  while (i >= 0 && (placed[i].actor.type !== 'person' || placed[i].end > pos)) i--;
  if (i < 0) return null;
  const last = placed[i];
  const home = sentences.find((s) => s.start <= pos && pos < s.end);
  if (home && last.start >= home.start) return last;
  // The first person of the sentence that holds `last`.
  const before = sentences.find((s) => s.start <= last.start && last.start < s.end);
  if (!before) return last;
  const first = mentionsWithin(placed, before.start, last.end).find((m) => m.actor.type === 'person');
  return first ?? last;
}

/** Parties of a communication: people when the span names any, else the organizations and states. */
export function parties(mentions: readonly PlacedMention[]): PlacedMention[] {
  const acting = mentions.filter((m) => m.actor.type !== 'place');
  const people = acting.filter((m) => m.actor.type === 'person');
  return people.length > 0 ? people : acting;
}
