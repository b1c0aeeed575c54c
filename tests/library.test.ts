// The package's public API, imported by name as a user would: the CLI is a thin layer over it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extract, outputJsonSchema, RECORD_KINDS } from 'newsfacts';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './cli/run.js';

describe('import { extract } from "newsfacts"', () => {
  const file = path.join(FIXTURES, 'flood-missing-displaced.txt');
  const text = readFileSync(file, 'utf8');

  it('gives the same record as the CLI', () => {
    const fromCli = JSON.parse(runCli([file]).stdout);
    expect(extract(text, { id: file, source: file })).toEqual(fromCli);
  });

  it('honours only and refDate', () => {
    const record = extract(text, { only: ['dates'], refDate: '2024-09-20' });
    expect(record.referenceDate).toBe('2024-09-20');
    for (const kind of RECORD_KINDS) if (kind !== 'dates') expect(record[kind]).toEqual([]);
  });

  it('gives with only actors the actors of the full record, the states of unnamed offices in calls among them', () => {
    const call = 'WASHINGTON (AP) — President Donald Trump spoke by phone on Monday with the Canadian prime minister about trade, the White House said.';
    const names = (record: ReturnType<typeof extract>) => record.actors.map((actor) => `${actor.id} ${actor.name} (${actor.type})`);
    expect(names(extract(call, { only: ['actors'] }))).toEqual(['A1 Donald Trump (person)', 'A2 White House (organization)', 'A3 Canada (country)']);
    expect(extract(call, { only: ['actors'] }).actors).toEqual(extract(call).actors);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(extract(text))).toBe(JSON.stringify(extract(text)));
  });

  it('exports the JSON Schema', () => {
    expect(outputJsonSchema()).toMatchObject({ type: 'object' });
  });
});
