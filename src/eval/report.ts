// Printing an evaluation: aligned tables for people, JSON (counts and ratios) for programs.
import type { EvalReport } from './index.js';
import { accuracy, prf, type ErrorItem, type SectionScore } from './score.js';

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
const ratio = (value: number | null) => (value === null ? '—' : value.toFixed(3));

function sectionTable(section: SectionScore): string[] {
  const label = Math.max(16, ...section.rows.map((r) => r.label.length + 2), ...section.accuracies.map((a) => a.label.length + 11));
  const lines = [
    `${section.title} — ${plural(section.documents, 'document')}`,
    `  ${''.padEnd(label)}${['gold', 'system', 'match', 'P', 'R', 'F1'].map((h) => h.padStart(8)).join('')}`,
  ];
  for (const row of section.rows) {
    const { p, r, f1 } = prf(row);
    const system = row.fp === null ? '—' : String(row.tp + row.fp);
    const counts = [String(row.tp + row.fn), system, String(row.tp)].map((c) => c.padStart(8)).join('');
    lines.push(`  ${row.label.padEnd(label)}${counts}${[p, r, f1].map((v) => ratio(v).padStart(8)).join('')}`);
  }
  for (const row of section.accuracies) {
    const name = `${row.label} accuracy`;
    lines.push(`  ${name.padEnd(label)}${`${row.correct}/${row.total}`.padStart(24)}${ratio(accuracy(row)).padStart(8)}`);
  }
  return lines;
}

function errorLine(section: SectionScore, error: ErrorItem): string {
  return `  ${error.type.toUpperCase().padEnd(4)} ${section.name.padEnd(13)} ${error.doc}  ${error.text.replace(/\s+/g, ' ')}`;
}

export function formatTable(report: EvalReport, options: { errors?: boolean } = {}): string {
  const lines = [`${report.gold}: ${plural(report.documents, 'document')}`];
  if (report.failures.length) lines.push(`${plural(report.failures.length, 'document')} failed to extract (scored as empty)`);
  for (const section of report.sections) lines.push('', ...sectionTable(section));
  if (options.errors) {
    for (const section of report.sections) {
      if (section.errors.length === 0) continue;
      lines.push('', `errors: ${section.title}`, ...section.errors.map((error) => errorLine(section, error)));
    }
  }
  return `${lines.join('\n')}\n`;
}

export function formatJson(report: EvalReport, options: { errors?: boolean } = {}): string {
  const json = {
    gold: report.gold,
    documents: report.documents,
    failures: report.failures,
    sections: report.sections.map((section) => ({
      kind: section.kind,
      name: section.name,
      title: section.title,
      documents: section.documents,
      rows: section.rows.map((row) => ({ ...row, ...prf(row) })),
      accuracies: section.accuracies.map((row) => ({ ...row, accuracy: accuracy(row) })),
      ...(options.errors ? { errors: section.errors } : {}),
    })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
