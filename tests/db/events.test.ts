// `newsfacts events` on fixtures/events: four outlets report one call (one without a date, one a
// day off), two report another, and a flood toll rises over three days of reports.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Events } from '../../src/db/events/types.js';
import { runCli } from '../cli/run.js';
import { DB_TEST_TIMEOUT, load, newDatabase } from './run-db.js';

const EVENTS = 'fixtures/events';
const WIRES = `${EVENTS}/wires.jsonl`;
const url = (host: string, rest: string) => `https://${host}.example/${rest}`;

/** What the fixtures must give; the evidence sentences, CAMEO codes and story names are left to other tests. */
function essentials(events: Events) {
  return {
    calls: events.callEvents.map((e) => ({
      id: e.id, participants: e.participants, date: e.date, otherDates: e.otherDates, medium: e.medium, articles: e.articles,
      firstReport: e.firstReport, sources: e.sources.map((s) => [s.docId, s.url ?? s.path, s.publishedAt, s.date]),
    })),
    stories: events.stories.map((s) => ({
      id: s.id, articles: s.articles, sources: s.sources.map((x) => x.docId),
      timelines: s.timelines.map((t) => ({
        kind: t.kind, figures: t.figures.map((f) => [f.publishedAt, f.value, f.qualifier, f.docId]),
        latest: [t.latest?.value, t.latest?.docId], highest: [t.highest?.value, t.highest?.docId],
      })),
    })),
  };
}

const day = (n: number) => `${EVENTS}/flood-day${n}.txt`;
const BUS = `${EVENTS}/bus-crash.txt`;
const expected = {
  calls: [
    {
      id: 'E1', participants: ['Emmanuel Macron', 'Friedrich Merz'], date: '2025-03-10',
      otherDates: [{ date: '2025-03-11', docIds: ['harbour-times-0312'] }], medium: 'phone', articles: 4,
      firstReport: { docId: 'capital-wire-0310', publishedAt: '2025-03-10' },
      sources: [
        ['capital-wire-0310', url('capital-wire', '2025/03/10/macron-merz-call'), '2025-03-10', '2025-03-10'],
        ['daily-ledger-0311', url('daily-ledger', 'world/europe-leaders-ukraine'), '2025-03-11', null],
        ['rhine-post-0311', url('rhine-post', 'politics/merz-macron-telefonat'), '2025-03-11', '2025-03-10'],
        ['harbour-times-0312', url('harbour-times', 'news/macron-merz-tuesday-call'), '2025-03-12', '2025-03-11'],
      ],
    },
    {
      id: 'E2', participants: ['Narendra Modi', 'Shigeru Ishiba'], date: '2025-03-12', otherDates: [], medium: 'video', articles: 2,
      firstReport: { docId: 'asia-desk-0313', publishedAt: '2025-03-13' },
      sources: [
        ['asia-desk-0313', url('asia-desk', '2025/03/13/modi-ishiba-video'), '2025-03-13', '2025-03-12'],
        ['tokyo-bulletin-0313', url('tokyo-bulletin', 'politics/ishiba-modi-online-talks'), '2025-03-13', '2025-03-12'],
      ],
    },
  ],
  stories: [
    {
      id: 'S1', articles: 3, sources: [day(1), day(2), day(3)],
      timelines: [
        {
          kind: 'killed',
          figures: [['2025-03-12', 12, 'at-least', day(1)], ['2025-03-13', 19, 'exact', day(2)], ['2025-03-14', 31, 'exact', day(3)]],
          latest: [31, day(3)], highest: [31, day(3)],
        },
        { kind: 'injured', figures: [['2025-03-13', 40, 'exact', day(2)]], latest: [40, day(2)], highest: [40, day(2)] },
        { kind: 'displaced', figures: [['2025-03-14', 5000, 'at-least', day(3)]], latest: [5000, day(3)], highest: [5000, day(3)] },
      ],
    },
    {
      id: 'S2', articles: 1, sources: [BUS],
      timelines: [
        { kind: 'killed', figures: [['2025-03-13', 8, 'exact', BUS]], latest: [8, BUS], highest: [8, BUS] },
        { kind: 'injured', figures: [['2025-03-13', 20, 'exact', BUS]], latest: [20, BUS], highest: [20, BUS] },
      ],
    },
  ],
};

describe('events from the fixtures', { timeout: DB_TEST_TIMEOUT }, () => {
  const db = newDatabase();
  beforeAll(() => {
    expect(load(db, EVENTS, '-q').status).toBe(0);
  }, DB_TEST_TIMEOUT);

  it('gives exactly the expected call events and casualty timelines', () => {
    const run = runCli(['events', db, '-f', 'json']);
    expect(run.stderr).toBe('');
    expect(essentials(JSON.parse(run.stdout))).toEqual(expected);
  });

  it('keeps the evidence sentence of each report and where it was read', () => {
    const events = JSON.parse(runCli(['events', db, '-f', 'json']).stdout) as Events;
    const undated = events.callEvents[0].sources[1];
    expect([undated.path, undated.dateText, undated.evidence]).toEqual([
      `${WIRES}:3`, null, 'Emmanuel Macron spoke with Friedrich Merz by phone this week, the French presidency said, and the two men also discussed energy prices.',
    ]);
  });

  it('gives the same events after the same folder is loaded again', () => {
    expect(load(db, EVENTS).stderr).toBe(`newsfacts: ${db}: 0 added, 0 replaced, 10 unchanged, 0 failed\n`);
    expect(essentials(JSON.parse(runCli(['events', db, '-f', 'json']).stdout))).toEqual(expected);
  });

  it('writes call events as TSV with fixed columns, the date as YYYYMMDD', () => {
    const [header, first] = runCli(['events', db, '-f', 'tsv']).stdout.split('\n');
    expect(header.split('\t')).toEqual(['event_id', 'date', 'source_actor', 'target_actors', 'cameo_code', 'medium', 'num_sources', 'num_articles', 'source_urls']);
    expect(first.split('\t').slice(0, 8)).toEqual(['E1', '20250310', 'Emmanuel Macron', 'Friedrich Merz', '041', 'phone', '4', '4']);
  });

  it('writes each casualty figure of each story as a CSV row, in order of publication', () => {
    const rows = runCli(['events', db, '-f', 'csv', '--kind', 'stories']).stdout.trim().split('\n').map((l) => l.split(','));
    const killed = rows.filter((r) => r[0] === 'S1' && r[2] === 'killed').map((r) => [r[3], r[4], r[6]]);
    expect(killed).toEqual([['2025-03-12', '12', 'flood-day1.txt'], ['2025-03-13', '19', 'flood-day2.txt'], ['2025-03-14', '31', 'flood-day3.txt']].map(([d, v, f]) => [d, v, `${EVENTS}/${f}`]));
  });

  it('asks for one kind when the format holds one', () => {
    const run = runCli(['events', db, '-f', 'csv', '--kind', 'all']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('newsfacts: --format csv holds one kind: choose --kind calls or --kind stories\n');
  });
});
