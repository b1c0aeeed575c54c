// Rows with named columns (query results, events) in the formats a user asks for with -f.
import { cell } from './csv.js';

export const GRID_FORMATS = ['json', 'ndjson', 'table', 'csv', 'tsv'] as const;
export type GridFormat = (typeof GRID_FORMATS)[number];
export type GridRow = Record<string, unknown>;

/** Widest cell the table shows before cutting it with an ellipsis. */
const MAX_CELL = 60;

function plain(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(plain).join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]+/g;
const oneLine = (value: unknown) => plain(value).replace(CONTROL, ' ');

function table(rows: GridRow[], columns: string[]): string {
  const cut = (s: string) => (s.length > MAX_CELL ? `${s.slice(0, MAX_CELL - 1)}…` : s);
  const body = rows.map((row) => columns.map((c) => cut(oneLine(row[c]))));
  const widths = columns.map((c, i) => Math.max(c.length, ...body.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((s, i) => s.padEnd(widths[i])).join('  ').trimEnd();
  const count = `(${rows.length} row${rows.length === 1 ? '' : 's'})`;
  return [line(columns), line(widths.map((w) => '─'.repeat(w))), ...body.map(line), count].join('\n') + '\n';
}

export function formatGrid(rows: GridRow[], columns: string[], format: GridFormat): string {
  const lines = (cells: (row: GridRow) => string) => rows.map((r) => `${cells(r)}\n`).join('');
  switch (format) {
    case 'json':
      return `${JSON.stringify(rows, null, 2)}\n`;
    case 'ndjson':
      return lines((r) => JSON.stringify(r));
    case 'table':
      return table(rows, columns);
    case 'csv':
      return `${columns.join(',')}\n${lines((r) => columns.map((c) => cell(plain(r[c]))).join(','))}`;
    case 'tsv':
      return `${columns.join('\t')}\n${lines((r) => columns.map((c) => oneLine(r[c]).replace(/\t/g, ' ')).join('\t'))}`;
  }
}
