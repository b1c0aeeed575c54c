// Casualty figures: regex patterns over the sentences that hold a casualty word, with dates, money,
// ages and other non-count numbers masked first; refiners then merge repeated figures.
import type { Casualty } from '../../schema.js';
import type { ExtractContext } from '../context.js';
import { CUE_PREFILTER } from './cues.js';
import { maskNonCounts } from './masks.js';
import { isNotACount } from './not-counts.js';
import { amongTheFigure } from './patterns/among-the-figure.js';
import { cueBeforeNumber } from './patterns/cue-before-number.js';
import { both } from './patterns/both.js';
import { breakdown } from './patterns/breakdown.js';
import { colonBreakdown } from './patterns/colon-breakdown.js';
import { conjoinedGroup } from './patterns/conjoined-group.js';
import { ellipticalFigure } from './patterns/elliptical.js';
import { forcedToFlee } from './patterns/forced-to-flee.js';
import { heldHostage } from './patterns/held-hostage.js';
import { includedList } from './patterns/included-list.js';
import { invertedToll } from './patterns/inverted-toll.js';
import { elidedVerbVictim } from './patterns/elided-verb-victim.js';
import { leftInState } from './patterns/left-in-state.js';
import { livesTaken } from './patterns/lives-taken.js';
import { loneDeath, loneHarm } from './patterns/lone-death.js';
import { chargesWithoutToll, murderCounts } from './patterns/murder-counts.js';
import { namedVictim } from './patterns/named-victim.js';
import { numberBeforeCue } from './patterns/number-before-cue.js';
import { singleVictim } from './patterns/single-victim.js';
import { tollFigure } from './patterns/toll.js';
import { upFrom } from './patterns/up-from.js';
import { victimList } from './patterns/victim-list.js';
import { victimsAndSelf } from './patterns/victims-and-self.js';
import { victimsInARow } from './patterns/victims-in-a-row.js';
import { markOtherIncidents } from './incidents/index.js';
import { findQuantities } from './quantity.js';
import { dedupeFigures } from './refiners/dedupe.js';
import { dropNestedVague } from './refiners/nested-vague.js';
import { partDiedLater } from './refiners/part-died-later.js';
import { shotLessDead } from './refiners/shot-less-dead.js';
import { linkVictimActors } from './refiners/victim-actors.js';
import { woundedThenDied } from './refiners/wounded-then-died.js';
import type { Finding, QuantityPattern, SentencePattern } from './types.js';

/** Tried in order on each figure; the first that accepts it wins, so a cue right before the figure ("killed 12") is read first. */
const QUANTITY_PATTERNS: readonly QuantityPattern[] = [cueBeforeNumber, numberBeforeCue, tollFigure, invertedToll, livesTaken, heldHostage, forcedToFlee, amongTheFigure, ellipticalFigure, upFrom, murderCounts];
/** Run on each sentence after the figure patterns; the later ones read what the earlier found. */
const SENTENCE_PATTERNS: readonly SentencePattern[] = [victimsInARow, namedVictim, victimList, singleVictim, both, conjoinedGroup, breakdown, colonBreakdown, includedList, victimsAndSelf, leftInState, elidedVerbVictim, loneDeath, loneHarm];

export function extractCasualties(ctx: ExtractContext): Casualty[] {
  const { text } = ctx.doc;
  let masked: string | null = null;
  const findings: Finding[] = [];
  for (const span of ctx.doc.sentences) {
    if (!CUE_PREFILTER.test(text.slice(span.start, span.end))) continue;
    masked ??= maskNonCounts(ctx);
    const sentence = { text: masked.slice(span.start, span.end), raw: text.slice(span.start, span.end), start: span.start };
    const inSentence: Finding[] = [];
    for (const quantity of findQuantities(sentence)) {
      if (isNotACount(sentence, quantity)) continue;
      for (const pattern of QUANTITY_PATTERNS) {
        const found = pattern.extract(sentence, quantity, inSentence.at(-1) ?? null);
        if (found) {
          // "13 died and another 10 are missing": "another" sets the figure against one of its own kind only
          if (quantity.additional && inSentence.at(-1)?.kind !== undefined && inSentence.at(-1)?.kind !== found.kind) quantity.additional = false;
          if (quantity.additional) found.additional = true;
          found.rules = [pattern.name, ...(found.rules ?? [])];
          inSentence.push(found);
          break;
        }
      }
    }
    for (const pattern of SENTENCE_PATTERNS) {
      for (const found of pattern.extract(sentence, inSentence, findings)) inSentence.push(Object.assign(found, { rules: [pattern.name, ...(found.rules ?? [])] }));
    }
    const refined = shotLessDead(sentence, inSentence);
    markOtherIncidents(sentence, refined);
    findings.push(...refined.sort((a, b) => a.start - b.start));
  }
  linkVictimActors(findings, ctx.actors);
  return dedupeFigures(dropNestedVague(chargesWithoutToll(woundedThenDied(partDiedLater(findings, text), text))), text).map((f) => toCasualty(f, text));
}

function toCasualty(f: Finding, text: string): Casualty {
  const casualty: Casualty = {
    kind: f.kind,
    ...f.quantity,
    victims: f.victims,
    text: text.slice(f.start, f.end),
    start: f.start,
    end: f.end,
  };
  if (f.actor) casualty.actor = f.actor;
  if (f.rules) casualty.rules = f.rules;
  return casualty;
}
