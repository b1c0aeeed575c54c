// Markdown: a heading per document and a table of its records, for reports and issues.
import { COLUMNS, recordRows } from './rows.js';
import type { DocumentRecord } from '../schema.js';
import type { Formatter } from './types.js';

const SHOWN = COLUMNS.filter((c) => c !== 'document');

function cell(value: string): string {
  return value.replace(/\|/g, '\\|').replace(/\n+/g, ' ');
}

export function mdFormatter(): Formatter {
  return {
    record(json) {
      const record = JSON.parse(json) as DocumentRecord;
      const meta = [`published ${record.publishedAt ?? 'unknown'}`, `reference ${record.referenceDate ?? 'none'}`];
      if (record.dateline) meta.push(`dateline ${record.dateline.places.join('/')}${record.dateline.agency ? ` (${record.dateline.agency})` : ''}`);
      const lines = [`## ${cell(record.id)}`, '', meta.join(' · '), ''];
      const rows = recordRows(record);
      if (rows.length) {
        lines.push(`| ${SHOWN.join(' | ')} |`, `|${SHOWN.map(() => ' --- ').join('|')}|`);
        for (const row of rows) lines.push(`| ${SHOWN.map((c) => cell(row[c])).join(' | ')} |`);
      } else {
        lines.push('_No records._');
      }
      for (const w of record.warnings) lines.push('', `> warning (${w.code}): ${w.message}`);
      return `${lines.join('\n')}\n\n`;
    },
    end: () => '',
  };
}
