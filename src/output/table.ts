// The terminal view: one block per document, one aligned section per kind, in colour when allowed.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Actor, DocumentRecord } from '../schema.js';
import type { FormatOptions, Formatter } from './types.js';

/** Longest quoted text shown before it is cut with an ellipsis. */
const MAX_QUOTE = 70;

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1)}…` : flat}”`;
}

function aligned(rows: string[][], c: ChalkInstance, styles: ((s: string) => string)[]): string[] {
  const widths = rows.reduce<number[]>((w, row) => row.map((cell, i) => Math.max(w[i] ?? 0, cell.length)), []);
  return rows.map((row) => `  ${row.map((cell, i) => (styles[i] ?? c.reset)(i === row.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ')}`.trimEnd());
}

function renderDocument(record: DocumentRecord, c: ChalkInstance): string {
  const actors = new Map<string, Actor>(record.actors.map((a) => [a.id, a]));
  const name = (id: string | null) => (id ? (actors.get(id)?.name ?? id) : '?');
  const out: string[] = [];
  const meta = [`published ${record.publishedAt ?? c.yellow('unknown')}`, `reference ${record.referenceDate ?? c.yellow('none')}`];
  if (record.dateline) meta.push(`dateline ${record.dateline.places.join('/')}${record.dateline.agency ? ` (${record.dateline.agency})` : ''}`);
  out.push(`${c.bold.underline(record.id)}  ${c.dim(meta.join(' · '))}`);

  const section = (title: string, count: number, lines: string[]) => {
    out.push('', c.bold.cyan(`${title} (${count})`));
    out.push(...(lines.length ? lines : [c.dim('  none')]));
  };

  section('ACTORS', record.actors.length, aligned(
    record.actors.map((a) => [a.id, a.type, a.name, [a.title, a.country].filter(Boolean).join(' · '), `${a.mentions.length}×`]),
    c, [c.dim, c.magenta, c.bold, c.reset, c.dim],
  ));
  section('CALLS', record.calls.length, aligned(
    record.calls.map((k) => [k.id, k.participants.map(name).join(' ↔ '), `${k.medium} · CAMEO ${k.cameo}`, k.date ? `${k.date.value} (${k.date.text})` : 'date unknown', quote(k.evidence.text)]),
    c, [c.dim, c.bold, c.magenta, c.green, c.dim],
  ));
  section('APPEALS', record.appeals.length, aligned(
    record.appeals.map((p) => [name(p.actor), p.verb, quote(p.demand)]),
    c, [c.bold, c.magenta, c.reset],
  ));
  section('DATES', record.dates.length, aligned(
    record.dates.map((d) => [d.text, d.type, d.value]),
    c, [c.reset, c.magenta, c.green],
  ));
  section('CASUALTIES', record.casualties.length, aligned(
    record.casualties.map((k) => {
      const bounds = k.qualifier === 'range' || k.min !== null || k.max !== null ? ` [${k.min ?? ''}–${k.max ?? ''}]` : '';
      return [k.kind, k.count === null ? '?' : String(k.count), `${k.qualifier}${bounds}`, k.victims ?? (k.actor ? name(k.actor) : ''), quote(k.text)];
    }),
    c, [c.red, c.bold, c.magenta, c.reset, c.dim],
  ));
  for (const w of record.warnings) out.push('', c.yellow(`warning (${w.code}): ${w.message}`));
  return `${out.join('\n')}\n`;
}

/** Escape sequences (CSI, OSC, 8-bit CSI) and every other control character but line breaks and tabs. */
const TERMINAL_CONTROL = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u009b[0-?]*[ -/]*[@-~]|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Text from the documents cannot move the cursor, retitle the window or clear the screen. */
const terminalSafe = (_key: string, value: unknown) => (typeof value === 'string' ? value.replace(TERMINAL_CONTROL, '') : value);

export function tableFormatter(options: FormatOptions): Formatter {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  let count = 0;
  return {
    record(json) {
      return `${count++ ? '\n' : ''}${renderDocument(JSON.parse(json, terminalSafe) as DocumentRecord, c)}`;
    },
    end: () => '',
  };
}
