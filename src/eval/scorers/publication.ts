// The publication date read from the article's text against the news gold's `dct` (which the
// annotators also took from the text only): right when both are the same TIMEX3 value, or both null.
import type { DocumentRecord } from '../../schema.js';
import type { GoldDoc } from '../gold.js';
import type { AccuracyRow, ErrorItem, SectionScore } from '../score.js';

export function scorePublication(docs: ReadonlyArray<{ gold: GoldDoc; record: DocumentRecord }>): SectionScore {
  const all: AccuracyRow = { label: 'date', correct: 0, total: 0 };
  const stated: AccuracyRow = { label: 'stated', correct: 0, total: 0 };
  const errors: ErrorItem[] = [];
  for (const { gold, record } of docs) {
    const right = (record.publishedAt ?? null) === (gold.dct ?? null);
    all.total++;
    if (right) all.correct++;
    if (gold.dct !== null) {
      stated.total++;
      if (right) stated.correct++;
    }
    if (!right) errors.push({ doc: gold.id, type: 'diff', text: `publication date ${record.publishedAt ?? 'none'}, gold ${gold.dct ?? 'none'}` });
  }
  return {
    kind: 'documents',
    name: 'publication',
    title: 'publication date read from the text (all documents; those whose text states one)',
    documents: docs.length,
    rows: [],
    accuracies: [all, stated],
    errors,
  };
}
