// Appeals: someone urges, calls for, demands, appeals for or insists on something. Sentence by
// sentence, appeal verbs from the lexicon are found, their agent resolved to actors and the
// demand cut to its clause.
import type { TextSpan } from '../../document/types.js';
import type { Appeal } from '../../schema.js';
import type { ExtractContext } from '../context.js';
import { placeMentions, type PlacedMention } from '../calls/actor-lookup.js';
import { appealAgents } from './agent.js';
import { demandAfter } from './demand.js';
import { findAppealVerbs } from './verbs.js';

function inside(spans: readonly TextSpan[], m: PlacedMention): boolean {
  return spans.some((s) => m.start >= s.start && m.end <= s.end);
}

export function extractAppeals(ctx: ExtractContext): Appeal[] {
  const { doc } = ctx;
  const { text } = doc;
  const excluded = doc.datelineSpan ? [...doc.furniture, doc.datelineSpan] : doc.furniture;
  const placed = placeMentions(ctx.actors).filter((m) => !inside(excluded, m));
  if (placed.length === 0) return [];

  const appeals: Appeal[] = [];
  for (const sentence of doc.sentences) {
    if (sentence.end <= doc.contentStart) continue;
    for (const match of findAppealVerbs(text, Math.max(sentence.start, doc.contentStart), sentence.end)) {
      const demand = demandAfter(text, match.end, sentence.end);
      if (!demand) continue;
      const evidence = { start: sentence.start, end: sentence.end, text: text.slice(sentence.start, sentence.end) };
      for (const actor of appealAgents(text, placed, sentence, match)) {
        // One appeal per actor and sentence: "urged X ..., calling for Y" is one demand stated twice.
        if (appeals.some((a) => a.actor === actor.id && a.evidence.start === sentence.start)) continue;
        appeals.push({ actor: actor.id, verb: text.slice(match.start, match.end), demand, evidence });
      }
    }
  }
  return appeals;
}
