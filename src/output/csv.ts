// CSV (RFC 4180): a header, then one row per record with a `kind` column, so it loads as is;
// cells that a spreadsheet would take for formulas are made text.
import { COLUMNS, recordRows } from './rows.js';
import type { DocumentRecord } from '../schema.js';
import type { Formatter } from './types.js';

/** A cell a spreadsheet would run as a formula; "-" alone (stdin's id) is not one. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function cell(raw: string): string {
  // OWASP's advice against CSV injection: a leading quote makes the cell text.
  const value = FORMULA_START.test(raw) && raw !== '-' ? `'${raw}` : raw;
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvFormatter(): Formatter {
  let headerWritten = false;
  return {
    record(json) {
      const lines = recordRows(JSON.parse(json) as DocumentRecord).map((row) => COLUMNS.map((c) => cell(row[c])).join(','));
      const header = headerWritten ? '' : `${COLUMNS.join(',')}\n`;
      headerWritten = true;
      return lines.length ? `${header}${lines.join('\n')}\n` : header;
    },
    end: () => (headerWritten ? '' : `${COLUMNS.join(',')}\n`),
  };
}
