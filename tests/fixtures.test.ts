// Every fixture article is run through the built CLI and checked against its *.expected.json:
// the facts listed there must be found, and for the kinds named in "exhaustive" nothing else.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Actor, DocumentRecord } from '../src/schema.js';
import { FIXTURES, runCli } from './cli/run.js';

interface Expected {
  id?: string;
  publishedAt?: string | null;
  dateline?: unknown;
  warnings?: string[];
  actors?: Partial<Actor>[];
  absentActors?: string[];
  calls?: { participants: string[]; medium?: string; date?: string | null }[];
  appeals?: { actor: string }[];
  dates?: { text: string; value: string }[];
  casualties?: Record<string, unknown>[];
  notCasualtyCounts?: number[];
  exhaustive?: ('calls' | 'casualties')[];
}

// Top-level articles only: fixtures/events/ holds the corpus-database fixtures, with their own tests.
const articleFiles = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((f) => f.isFile() && !f.name.endsWith('.expected.json'))
  .map((f) => f.name)
  .sort();

function expectationsFor(file: string): Expected[] {
  const stem = file.replace(/\.[^.]+$/, '');
  const data = JSON.parse(readFileSync(path.join(FIXTURES, `${stem}.expected.json`), 'utf8'));
  return data.documents ?? [data];
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Every way the record falls short of the expectation, as readable lines. */
function shortfalls(record: DocumentRecord, exp: Expected): string[] {
  const problems: string[] = [];
  const names = new Map(record.actors.map((a) => [a.id, a.name]));
  const nameOf = (id: string) => names.get(id) ?? id;

  if ('publishedAt' in exp && record.publishedAt !== exp.publishedAt) problems.push(`publishedAt ${record.publishedAt} ≠ ${exp.publishedAt}`);
  if ('dateline' in exp && JSON.stringify(record.dateline) !== JSON.stringify(exp.dateline)) problems.push(`dateline ${JSON.stringify(record.dateline)}`);
  for (const code of exp.warnings ?? []) if (!record.warnings.some((w) => w.code === code)) problems.push(`no warning ${code}`);

  for (const want of exp.actors ?? []) {
    const got = record.actors.find((a) => a.name === want.name);
    if (!got) {
      problems.push(`actor missing: ${want.name}`);
      continue;
    }
    for (const key of ['type', 'title', 'country'] as const) {
      if (key in want && got[key] !== want[key]) problems.push(`actor ${want.name}: ${key} ${got[key]} ≠ ${want[key]}`);
    }
  }
  for (const word of exp.absentActors ?? []) {
    for (const a of record.actors) if (a.name.includes(word)) problems.push(`actor should not be: ${a.name}`);
  }

  for (const want of exp.calls ?? []) {
    const found = record.calls.some((c) =>
      sameSet(c.participants.map(nameOf), want.participants) &&
      (want.medium === undefined || c.medium === want.medium) &&
      (!('date' in want) || (c.date?.value ?? null) === want.date));
    if (!found) problems.push(`call missing: ${JSON.stringify(want)}`);
  }
  if (exp.exhaustive?.includes('calls') && record.calls.length !== (exp.calls ?? []).length) {
    problems.push(`calls: ${record.calls.length} found, ${(exp.calls ?? []).length} expected: ${JSON.stringify(record.calls.map((c) => c.participants.map(nameOf)))}`);
  }

  for (const want of exp.appeals ?? []) {
    if (!record.appeals.some((p) => nameOf(p.actor) === want.actor)) problems.push(`appeal missing by ${want.actor}`);
  }
  for (const want of exp.dates ?? []) {
    if (!record.dates.some((d) => d.text === want.text && d.value === want.value)) {
      problems.push(`date missing: ${want.text} → ${want.value} (got ${JSON.stringify(record.dates.filter((d) => d.text.includes(want.text)))})`);
    }
  }

  for (const want of exp.casualties ?? []) {
    const found = record.casualties.some((c) => Object.entries(want).every(([k, v]) => (c as Record<string, unknown>)[k] === v));
    if (!found) problems.push(`casualty missing: ${JSON.stringify(want)}`);
  }
  if (exp.exhaustive?.includes('casualties') && record.casualties.length !== (exp.casualties ?? []).length) {
    problems.push(`casualties: ${record.casualties.length} found, ${(exp.casualties ?? []).length} expected: ${JSON.stringify(record.casualties.map((c) => [c.kind, c.count, c.text]))}`);
  }
  for (const n of exp.notCasualtyCounts ?? []) {
    for (const c of record.casualties) if ([c.count, c.min, c.max].includes(n)) problems.push(`not a casualty: ${c.text}`);
  }
  return problems;
}

describe('fixture articles', () => {
  const run = runCli(['-f', 'ndjson', '-q', FIXTURES]);
  const records: DocumentRecord[] = run.stdout.trim().split('\n').map((line) => JSON.parse(line));

  it('all fixtures are read without errors', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  for (const file of articleFiles) {
    const expectations = expectationsFor(file);
    for (const [index, exp] of expectations.entries()) {
      it(`${file}${exp.id ? ` ${exp.id}` : ''}`, () => {
        const mine = records.filter((r) => path.basename(r.source.replace(/:\d+$/, '')) === file);
        const record = exp.id ? mine.find((r) => r.id === exp.id) : mine[index];
        expect(record, `no record for ${file}`).toBeDefined();
        expect(shortfalls(record!, exp).join('\n')).toBe('');
      });
    }
  }
});
