// The same figure stated twice (headline and body, lede and quote) is one record; the first is kept.
import { tagRules } from '../../provenance.js';
import type { Finding } from '../types.js';

// Words that say nothing about who was counted, so "12 killed" and "12 people were killed" match.
const GENERIC_VICTIMS = new Set(['individual', 'more', 'other', 'people', 'person', 'victim']);

/** The head noun of who was counted, singular, or null when it is generic or absent. */
function victimHead(victims: string | null): string | null {
  if (!victims) return null;
  const last = victims.toLowerCase().split(/\s+/).pop()!;
  const head = last.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');
  return GENERIC_VICTIMS.has(head) ? null : head;
}

function sameWords(a: Finding, b: Finding, text: string): boolean {
  return a.kind === b.kind && a.quantity.count === b.quantity.count && text.slice(a.start, a.end).toLowerCase() === text.slice(b.start, b.end).toLowerCase();
}

/** "wounding another" adds one more person, but those very words told twice (headline and body) are one figure. */
const anotherRetold = (a: Finding, b: Finding, text: string) => /\banother\b/i.test(text.slice(b.start, b.end)) && sameWords(a, b, text);

function sameFigure(a: Finding, b: Finding, text: string): boolean {
  if (a.kind !== b.kind || a.quantity.count !== b.quantity.count) return false;
  if (sameWords(a, b, text)) return true;
  if (a.name || b.name) return a.name === b.name || (a.actor !== undefined && a.actor === b.actor);
  // two vague figures ("dozens", "scores of people") are told apart by their words only; a range by its bounds
  if (a.quantity.count === null) return a.quantity.qualifier === 'range' && a.quantity.min === b.quantity.min && a.quantity.max === b.quantity.max;
  const ha = victimHead(a.victims);
  const hb = victimHead(b.victims);
  // single people ("a man", "a woman") are different people unless described alike; "one person" told twice is one
  if (a.quantity.count === 1) return ha === hb;
  return ha === null || hb === null || ha === hb;
}

/** "Kills 85" in the headline, "at least 85" in the body: the figure keeps the hedge the text gives it. */
function keepHedge(kept: Finding, repeat: Finding): void {
  if (kept.quantity.qualifier !== 'exact' || repeat.quantity.qualifier === 'exact' || repeat.quantity.qualifier === 'vague') return;
  kept.quantity = { ...repeat.quantity };
  tagRules(kept, 'dedupe-hedge');
}

/**
 * Figures of another incident (incidents/rules.ts) stand apart from the story's, however alike. A figure told
 * again without the words that set it apart ("The firing left two policemen dead") is the earlier one
 * when the story has no equal figure of its own.
 */
function retoldFigure(kept: readonly Finding[], f: Finding, text: string): Finding | undefined {
  return f.incident === undefined ? kept.find((k) => sameFigure(k, f, text)) : undefined;
}

/** The kept figure that `f` tells again, if any. */
function repeatOf(kept: readonly Finding[], f: Finding, text: string): Finding | undefined {
  // two patterns that read the very same words ("A second man was in critical condition") found one figure
  const sameWordsRead = kept.find((k) => k.kind === f.kind && k.quantity.count === f.quantity.count && k.start === f.start && k.end === f.end);
  if (sameWordsRead) return sameWordsRead;
  if (f.additional) return kept.find((k) => anotherRetold(k, f, text));
  return kept.find((k) => k.incident === f.incident && sameFigure(k, f, text)) ?? retoldFigure(kept, f, text);
}

export function dedupeFigures(findings: readonly Finding[], text: string): Finding[] {
  const kept: Finding[] = [];
  for (const f of findings) {
    const same = repeatOf(kept, f, text);
    if (same) keepHedge(same, f);
    else kept.push(f);
  }
  return kept;
}
