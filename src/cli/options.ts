// Parsing and checking option values; every problem is a UsageError (exit 2).
import { RECORD_KINDS, type RecordKind } from '../kinds.js';
import { FORMATS, type Format } from '../output/types.js';
import type { InputKind } from '../input/types.js';
import { UsageError } from './errors.js';
import { PROFILES, isProfile, type Profile } from '../extract/profile.js';
import { calendarDate } from '../document/calendar.js';

export const INPUT_KINDS: InputKind[] = ['auto', 'text', 'jsonl', 'html'];
export const FAIL_CONDITIONS = ['no-records', 'error', 'warning'] as const;
export type FailCondition = (typeof FAIL_CONDITIONS)[number];

function commaList<T extends string>(value: string, allowed: readonly T[], option: string): T[] {
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = items.filter((i) => !(allowed as readonly string[]).includes(i));
  if (unknown.length || items.length === 0) {
    throw new UsageError(`${option}: unknown value "${unknown.join(',') || value}" (choose from ${allowed.join(', ')})`);
  }
  return items as T[];
}

export const parseKinds = (value: string): RecordKind[] => commaList(value, RECORD_KINDS, '--only');
export const parseFailOn = (value: string): FailCondition[] => commaList(value, FAIL_CONDITIONS, '--fail-on');

export function parseProfile(value: string): Profile {
  if (!isProfile(value)) throw new UsageError(`--profile: unknown profile "${value}" (choose from ${PROFILES.join(', ')})`);
  return value;
}

export const PROFILE_HELP = `rule set: ${PROFILES.join(' | ')} (conll adds the rules for CoNLL-2003's 1996 sports pages and results tables)`;

export function parseFormat(value: string): Format {
  if (!(FORMATS as readonly string[]).includes(value)) {
    throw new UsageError(`--format: unknown format "${value}" (choose from ${FORMATS.join(', ')})`);
  }
  return value as Format;
}

export function parseInputKind(value: string): InputKind {
  if (!(INPUT_KINDS as string[]).includes(value)) {
    throw new UsageError(`--input: unknown input kind "${value}" (choose from ${INPUT_KINDS.join(', ')})`);
  }
  return value as InputKind;
}

export function parseRefDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !calendarDate(value)) {
    throw new UsageError(`--ref-date: "${value}" is not a calendar date in the form YYYY-MM-DD`);
  }
  return value;
}

/** The format an output file's name asks for, if it names one. */
export function formatForFile(file: string): Format | null {
  const ext = file.toLowerCase().split('.').pop();
  if (ext === 'json') return 'json';
  if (ext === 'ndjson' || ext === 'jsonl') return 'ndjson';
  if (ext === 'csv') return 'csv';
  if (ext === 'md') return 'md';
  return null;
}

export function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new UsageError(`--jobs: "${value}" is not a whole number from 1 to 256`);
  return n;
}

export function parseMaxChars(value: string): number {
  const n = Number(value.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--max-chars: "${value}" is not a whole number of characters`);
  return n;
}

export function parseTimeout(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--timeout-ms: "${value}" is not a whole number of milliseconds`);
  return n;
}
