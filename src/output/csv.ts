// CSV (RFC 4180): a header, then one row per record with a `kind` column, so it loads as is.
import { COLUMNS, recordRows } from './rows.js';
import type { DocumentRecord } from '../schema.js';
import type { Formatter } from './types.js';

function cell(value: string): string {
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
