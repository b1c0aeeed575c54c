// --explain: every record names the rules behind it; without the flag no record carries `rules`.
import path from 'node:path';
import { extract } from 'newsfacts';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './cli/run.js';

const KINDS = ['actors', 'calls', 'appeals', 'dates', 'casualties'] as const;

describe('--explain', () => {
  const text = [
    'ROME, June 3 (Reuters) - Italian Prime Minister Lucia Ferri spoke by telephone with Greek',
    'Prime Minister Nikos Andreou on Tuesday and urged an end to the fighting, her office said.',
    'Floods in the north killed at least 14 people on Monday.',
  ].join(' ');

  it('gives every record of every kind a non-empty rules list', () => {
    const record = extract(text, { refDate: '2025-06-03', explain: true });
    for (const kind of KINDS) {
      expect(record[kind].length, kind).toBeGreaterThan(0);
      for (const item of record[kind]) expect(item.rules?.length, `${kind}: ${JSON.stringify(item)}`).toBeGreaterThan(0);
    }
    expect(record.calls[0].rules?.[0]).toBe('spoke-with');
    expect(record.casualties[0].rules).toEqual(['cue-before-number']);
    expect(record.dates.map((d) => d.rules)).toEqual([['month-day'], ['weekday'], ['weekday']]);
  });

  it('leaves rules out without the flag', () => {
    const record = extract(text, { refDate: '2025-06-03' });
    for (const kind of KINDS) for (const item of record[kind]) expect(item).not.toHaveProperty('rules');
  });

  it('lists the page furniture no fact was taken from', () => {
    const page = 'Home | World\n\nBy Rosa Lind\n\nQuake hits coast\n\nA quake struck.';
    expect(extract(page, { explain: true }).furniture?.map((f) => [f.kind, f.text, f.rule])).toEqual([
      ['navigation', 'Home | World', 'navigation-line'],
      ['byline', 'By Rosa Lind', 'byline-line'],
    ]);
    expect(extract(page)).not.toHaveProperty('furniture');
  });

  it('is a CLI flag for JSON output', () => {
    const file = path.join(FIXTURES, 'readout-phone-call.txt');
    const plain = JSON.parse(runCli(['-f', 'json', file]).stdout);
    const explained = JSON.parse(runCli(['-f', 'json', '--explain', file]).stdout);
    expect(explained.calls.every((c: { rules?: string[] }) => (c.rules?.length ?? 0) > 0)).toBe(true);
    expect(JSON.stringify(plain)).not.toContain('"rules"');
  });
});
