// News gold casualties: a (kind, count) pair is right when the gold has it, one-to-one, so a figure
// repeated by the system is one false positive; vague figures ("dozens") pair on a null count.
// The qualifier (exact, at-least ...) is judged over the matched pairs.
import type { Casualty, DocumentRecord } from '../../schema.js';
import type { GoldCasualty, GoldWith } from '../gold.js';
import { pairByKey } from '../pairing.js';
import { addMatching, emptyRow, sumRows, type CountingRow, type ErrorItem, type SectionScore } from '../score.js';

type Figure = Pick<Casualty, 'kind' | 'count'> & { qualifier?: string; text?: string };

const figureKey = (figure: Figure) => `${figure.kind}:${figure.count ?? 'vague'}`;
const show = (figure: Figure) => `${figure.kind} ${figure.count ?? 'vague'} ${figure.qualifier ?? ''} "${figure.text ?? ''}"`;

export function scoreCasualtyFigures(docs: ReadonlyArray<{ gold: GoldWith<'casualties'>; record: DocumentRecord }>): SectionScore {
  const rows = new Map<string, CountingRow>();
  const rowOf = (kind: string) => rows.get(kind) ?? rows.set(kind, emptyRow(kind)).get(kind)!;
  const qualifiers = { correct: 0, total: 0 };
  const errors: ErrorItem[] = [];
  for (const { gold, record } of docs) {
    const kinds = new Set([...gold.casualties, ...record.casualties].map((c) => c.kind));
    for (const kind of kinds) {
      const goldFigures = gold.casualties.filter((c) => c.kind === kind);
      const systemFigures = record.casualties.filter((c) => c.kind === kind);
      const { pairs, missed, spurious } = pairByKey<GoldCasualty, Casualty>(goldFigures, systemFigures, figureKey, figureKey, [
        (g, s) => g.qualifier === s.qualifier,
        () => true,
      ]);
      addMatching(rowOf(kind), pairs.length, goldFigures.length, systemFigures.length);
      for (const figure of missed) errors.push({ doc: gold.id, type: 'fn', text: show(figure) });
      for (const figure of spurious) errors.push({ doc: gold.id, type: 'fp', text: show(figure) });
      for (const [g, s] of pairs) {
        if (g.qualifier === undefined) continue;
        qualifiers.total++;
        if (g.qualifier === s.qualifier) qualifiers.correct++;
        else errors.push({ doc: gold.id, type: 'diff', text: `qualifier: gold ${show(g)} | system ${show(s)}` });
      }
    }
  }
  const kinds = [...rows.values()].sort((a, b) => a.label.localeCompare(b.label));
  return {
    kind: 'casualties',
    name: 'figures',
    title: 'casualties: (kind, count) pairs of the news gold',
    documents: docs.length,
    rows: [...kinds, sumRows('all', kinds)],
    accuracies: [{ label: 'qualifier', ...qualifiers }],
    errors,
  };
}
