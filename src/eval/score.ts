// What a scorer returns: raw counts only, so sections can be summed and tests can assert exact numbers.
// Ratios are derived from the counts when a report is printed.
import type { RecordKind } from '../schema.js';

/** A precision/recall row. `fp` is null for recall-only measures (stated casualty counts). */
export interface PrfRow {
  label: string;
  tp: number;
  fp: number | null;
  fn: number;
}

/** An attribute judged over matched pairs (type, value, title...). */
export interface AccuracyRow {
  label: string;
  correct: number;
  total: number;
}

/** One line of `--errors`: a false positive, a false negative, or a matched pair that differs. */
export interface ErrorItem {
  doc: string;
  type: 'fp' | 'fn' | 'diff';
  text: string;
}

/** The score of one gold format within one kind ("dates" scored on TempEval-3 timexes). */
export interface SectionScore {
  /** A record kind, or 'documents' for what is read of the document itself (its publication date). */
  kind: RecordKind | 'documents';
  /** The gold format: timexes, entities, actors, stated-counts, figures, calls, appeals. */
  name: string;
  title: string;
  documents: number;
  rows: PrfRow[];
  accuracies: AccuracyRow[];
  errors: ErrorItem[];
}

export interface Prf {
  p: number | null;
  r: number | null;
  f1: number | null;
}

/**
 * Precision, recall and F1 from counts. An empty system output gives P = 0 (as conlleval does);
 * a ratio is null only when both sides are empty, or for precision of a recall-only row.
 */
export function prf(row: PrfRow): Prf {
  const gold = row.tp + row.fn;
  if (row.fp === null) return { p: null, r: gold ? row.tp / gold : null, f1: null };
  const system = row.tp + row.fp;
  if (gold + system === 0) return { p: null, r: null, f1: null };
  return {
    p: system ? row.tp / system : 0,
    r: gold ? row.tp / gold : 0,
    f1: (2 * row.tp) / (gold + system),
  };
}

export function accuracy(row: AccuracyRow): number | null {
  return row.total ? row.correct / row.total : null;
}

/** Metric names for `--min KIND.METRIC=x`: "relaxed-f1", "PER-p", "value-accuracy" ... */
export function sectionMetrics(section: SectionScore): Map<string, number | null> {
  const metrics = new Map<string, number | null>();
  for (const row of section.rows) {
    const { p, r, f1 } = prf(row);
    metrics.set(`${row.label}-p`, p);
    metrics.set(`${row.label}-r`, r);
    metrics.set(`${row.label}-f1`, f1);
  }
  for (const row of section.accuracies) metrics.set(`${row.label}-accuracy`, accuracy(row));
  return metrics;
}

/** Counts of a one-to-one matching as a row. */
export function countRow(label: string, matched: number, goldTotal: number, systemTotal: number): PrfRow {
  return { label, tp: matched, fp: systemTotal - matched, fn: goldTotal - matched };
}

/** Micro-average: the rows' counts summed. */
export function sumRows(label: string, rows: readonly PrfRow[]): PrfRow {
  const recallOnly = rows.some((row) => row.fp === null);
  return {
    label,
    tp: rows.reduce((sum, row) => sum + row.tp, 0),
    fp: recallOnly ? null : rows.reduce((sum, row) => sum + (row.fp ?? 0), 0),
    fn: rows.reduce((sum, row) => sum + row.fn, 0),
  };
}

/** A row that counts false positives, built up document by document. */
export type CountingRow = PrfRow & { fp: number };

export function emptyRow(label: string): CountingRow {
  return { label, tp: 0, fp: 0, fn: 0 };
}

/** Adds one document's one-to-one matching to a running row. */
export function addMatching(row: CountingRow, matched: number, goldTotal: number, systemTotal: number): void {
  row.tp += matched;
  row.fp += systemTotal - matched;
  row.fn += goldTotal - matched;
}
