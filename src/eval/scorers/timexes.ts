// TempEval-3 Task A, as the official toolkit scores it (see the tempeval3 corpus README): a greedy
// left-to-right one-to-one pairing of overlapping timexes, strict = identical extents, type and
// value judged over the pairs, attribute F1 = accuracy × relaxed F1. Counts are summed over documents.
import type { DateMention, DocumentRecord } from '../../schema.js';
import type { GoldTimex, GoldWith } from '../gold.js';
import { countRow, type ErrorItem, type SectionScore } from '../score.js';

type Timex = Pick<DateMention, 'start' | 'end' | 'text' | 'type' | 'value'>;

/**
 * Walks the timex starts in text order, gold first on ties. A timex that begins while an unpaired
 * timex of the other side is open (began at or before this point and has not ended) pairs with it.
 */
export function pairTimexes(gold: readonly Timex[], system: readonly Timex[]): Array<[Timex, Timex]> {
  const starts = [
    ...gold.map((timex) => ({ timex, side: 0 })),
    ...system.filter((timex) => timex.end > timex.start).map((timex) => ({ timex, side: 1 })),
  ].sort((a, b) => a.timex.start - b.timex.start || a.side - b.side);
  const paired = new Set<Timex>();
  const pairs: Array<[Timex, Timex]> = [];
  for (const { timex, side } of starts) {
    if (paired.has(timex)) continue;
    const other = side === 0 ? system : gold;
    const open = other.find((o) => !paired.has(o) && o.start <= timex.start && timex.start < o.end);
    if (!open) continue;
    paired.add(timex).add(open);
    pairs.push(side === 0 ? [timex, open] : [open, timex]);
  }
  return pairs;
}

const show = (t: Timex) => `"${t.text}" ${t.start}-${t.end} ${t.type} ${t.value}`;

export function scoreTimexes(docs: ReadonlyArray<{ gold: GoldWith<'timexes'>; record: DocumentRecord }>): SectionScore {
  let goldTotal = 0;
  let systemTotal = 0;
  let relaxed = 0;
  let strict = 0;
  let rightType = 0;
  let rightValue = 0;
  const errors: ErrorItem[] = [];
  for (const { gold, record } of docs) {
    const goldTimexes: GoldTimex[] = gold.timexes;
    const pairs = pairTimexes(goldTimexes, record.dates);
    goldTotal += goldTimexes.length;
    systemTotal += record.dates.length;
    relaxed += pairs.length;
    const inPair = new Set(pairs.flat());
    for (const [g, s] of pairs) {
      const sameExtent = g.start === s.start && g.end === s.end;
      strict += Number(sameExtent);
      rightType += Number(g.type === s.type);
      rightValue += Number(g.value === s.value);
      if (!sameExtent || g.type !== s.type || g.value !== s.value) {
        errors.push({ doc: gold.id, type: 'diff', text: `gold ${show(g)} | system ${show(s)}` });
      }
    }
    for (const g of goldTimexes) if (!inPair.has(g)) errors.push({ doc: gold.id, type: 'fn', text: show(g) });
    for (const s of record.dates) if (!inPair.has(s)) errors.push({ doc: gold.id, type: 'fp', text: show(s) });
  }
  return {
    kind: 'dates',
    name: 'timexes',
    title: 'dates: TempEval-3 Task A timexes',
    documents: docs.length,
    rows: [
      countRow('strict', strict, goldTotal, systemTotal),
      countRow('relaxed', relaxed, goldTotal, systemTotal),
      // P = right / system and R = right / gold, so F1 = accuracy × relaxed F1 exactly.
      countRow('type', rightType, goldTotal, systemTotal),
      countRow('value', rightValue, goldTotal, systemTotal),
    ],
    accuracies: [
      { label: 'type', correct: rightType, total: relaxed },
      { label: 'value', correct: rightValue, total: relaxed },
    ],
    errors,
  };
}
