// `newsfacts events facts.duckdb`: call events and casualty stories across the articles of a database.
import { Command, Option } from 'commander';
import { GRID_FORMATS, formatGrid, type GridFormat } from '../../output/grid.js';
import { UsageError } from '../errors.js';
import { stdoutSink } from '../sink.js';
import { defaultGridFormat, parseGridFormat } from './query.js';

const EVENT_KINDS = ['all', 'calls', 'stories'] as const;
type EventKind = (typeof EVENT_KINDS)[number];

function parseEventKind(value: string): EventKind {
  if (!(EVENT_KINDS as readonly string[]).includes(value)) throw new UsageError(`--kind: unknown kind "${value}" (choose from ${EVENT_KINDS.join(', ')})`);
  return value as EventKind;
}

async function runEvents(file: string, flags: { format?: GridFormat; kind?: EventKind }): Promise<void> {
  const format = flags.format ?? defaultGridFormat();
  const flat = format === 'csv' || format === 'tsv';
  if (flat && flags.kind === 'all') throw new UsageError(`--format ${format} holds one kind: choose --kind calls or --kind stories`);
  const kind = flags.kind ?? (flat ? 'calls' : 'all');
  const { openDatabase } = await import('../../db/open.js');
  const { readEvents } = await import('../../db/events/read.js');
  const f = await import('../../db/events/format.js');
  const db = await openDatabase(file, 'read');
  let events;
  try {
    events = await readEvents(db);
  } finally {
    db.close();
  }
  const calls = kind === 'stories' ? [] : events.callEvents;
  const stories = kind === 'calls' ? [] : events.stories;
  const parts: string[] = [];
  const out = (text: string) => parts.push(text);
  if (format === 'json') out(`${JSON.stringify({ callEvents: calls, stories }, null, 2)}\n`);
  else if (format === 'ndjson') out([...calls.map((e) => ({ type: 'call', ...e })), ...stories.map((s) => ({ type: 'story', ...s }))].map((o) => `${JSON.stringify(o)}\n`).join(''));
  else if (format === 'table') {
    if (kind !== 'stories') out(`CALL EVENTS\n${formatGrid(calls.map(f.callRow), f.CALL_COLUMNS.slice(0, 8), 'table')}`);
    if (kind === 'all') out('\n');
    if (kind !== 'calls') out(`STORIES\n${formatGrid(stories.map(f.storySummaryRow), f.STORY_SUMMARY_COLUMNS, 'table')}`);
  } else if (kind === 'calls') {
    out(format === 'tsv' ? formatGrid(calls.map(f.callTsvRow), f.CALL_TSV_COLUMNS, 'tsv') : formatGrid(calls.map(f.callRow), f.CALL_COLUMNS, 'csv'));
  } else {
    out(formatGrid(stories.flatMap(f.storyRows), f.STORY_COLUMNS, format));
  }
  await stdoutSink().write(parts.join(''));
}

export function eventsCommand(): Command {
  return new Command('events')
    .description('call events and casualty stories across the articles of a corpus database')
    .argument('<database>', 'DuckDB file made by newsfacts load')
    .addOption(new Option('-f, --format <fmt>', `${GRID_FORMATS.join(' | ')} (default: table on a terminal, json when piped)`).argParser(parseGridFormat))
    .addOption(new Option('--kind <kind>', `${EVENT_KINDS.join(' | ')} (default: all; calls for csv and tsv)`).argParser(parseEventKind))
    .action(runEvents);
}
