// Casualty corpora with incident-level gold (GVA, GVDB): most articles do not state the incident's
// number, so only the counts the article states (countStatedByType) are judged: is the gold number
// among the system's figures of that kind? Recall only; the other figures an article gives are
// not wrong, so there is no precision here.
import type { DocumentRecord } from '../../schema.js';
import type { GoldCasualty, GoldWith } from '../gold.js';
import { sumRows, type ErrorItem, type PrfRow, type SectionScore } from '../score.js';

export type StatedGold = GoldWith<'casualties'> & Required<Pick<GoldWith<'casualties'>, 'countStatedByType'>>;

export function isStatedGold(gold: GoldWith<'casualties'>): gold is StatedGold {
  return gold.countStatedByType !== undefined;
}

/** The gold counts an article states; only these can be scored. */
export function statedCounts(gold: StatedGold): GoldCasualty[] {
  return gold.casualties.filter((c) => c.count !== null && c.count > 0 && gold.countStatedByType[c.kind] === true);
}

export function scoreStatedCounts(docs: ReadonlyArray<{ gold: StatedGold; record: DocumentRecord }>): SectionScore {
  const rows = new Map<string, PrfRow>();
  const errors: ErrorItem[] = [];
  for (const { gold, record } of docs) {
    for (const stated of statedCounts(gold)) {
      const row = rows.get(stated.kind) ?? { label: stated.kind, tp: 0, fp: null, fn: 0 };
      rows.set(stated.kind, row);
      const figures = record.casualties.filter((c) => c.kind === stated.kind).map((c) => c.count);
      if (figures.includes(stated.count)) row.tp++;
      else {
        row.fn++;
        errors.push({ doc: gold.id, type: 'fn', text: `${stated.kind} ${stated.count} not among [${figures.join(', ')}]` });
      }
    }
  }
  const kinds = [...rows.values()].sort((a, b) => a.label.localeCompare(b.label));
  return {
    kind: 'casualties',
    name: 'stated-counts',
    title: 'casualties: stated gold counts found among the extracted figures (recall)',
    documents: docs.filter(({ gold }) => statedCounts(gold).length > 0).length,
    rows: [...kinds, sumRows('all', kinds)],
    accuracies: [],
    errors,
  };
}
