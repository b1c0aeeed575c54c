// How reports are grouped into call events and articles into stories, on records made up here.
import { describe, expect, it } from 'vitest';
import { callEvents, type CallReport } from '../../src/db/events/calls.js';
import { stories, type StoryArticle } from '../../src/db/events/stories.js';

const report = (docId: string, publishedAt: string | null, date: string | null, participants = ['Ana Lopez', 'Jan Novak']): CallReport => ({
  docId, callId: 'C1', url: null, path: `${docId}.txt`, publishedAt, date, dateText: date, evidence: `${docId} said they spoke.`,
  participants, medium: 'phone', cameo: null,
});
const grouped = (reports: CallReport[]) => callEvents(reports).map((e) => e.sources.map((s) => s.docId));

describe('call events', () => {
  it('merges the same participants in any order and spelling case on the same day', () => {
    expect(grouped([report('a', '2025-01-02', '2025-01-02'), report('b', '2025-01-03', '2025-01-02', ['jan novak', 'Ana Lopez'])])).toEqual([['a', 'b']]);
  });

  it('keeps calls of the same pair on days far apart as two events', () => {
    expect(grouped([report('a', '2025-01-02', '2025-01-02'), report('b', '2025-01-09', '2025-01-08')])).toEqual([['a'], ['b']]);
  });

  it('joins an undated report to the event reported within three days, not to a later one', () => {
    const events = grouped([report('a', '2025-01-02', '2025-01-02'), report('b', '2025-01-20', '2025-01-20'), report('c', '2025-01-04', null)]);
    expect(events).toEqual([['a', 'c'], ['b']]);
  });

  it('leaves an undated report with no dated event near it as an event of its own', () => {
    expect(callEvents([report('a', '2025-01-02', '2025-01-02'), report('c', '2025-02-04', null)]).map((e) => [e.date, e.articles])).toEqual([
      ['2025-01-02', 1], [null, 1],
    ]);
  });

  it('shows a date a day off as a conflict and keeps the date most reports give', () => {
    const [event] = callEvents([report('a', '2025-01-02', '2025-01-02'), report('b', '2025-01-03', '2025-01-03'), report('c', '2025-01-03', '2025-01-02')]);
    expect([event.date, event.otherDates]).toEqual(['2025-01-02', [{ date: '2025-01-03', docIds: ['b'] }]]);
  });
});

const article = (docId: string, publishedAt: string, places: string[], actors: string[], killed: number): StoryArticle => ({
  docId, url: null, path: `${docId}.txt`, publishedAt, places, actors,
  figures: [{ kind: 'killed', value: killed, qualifier: 'exact', text: `${killed} killed` }],
});

describe('stories', () => {
  it('groups articles that share a place and another name within three days, with the toll in publication order', () => {
    const [story, other] = stories([
      article('late', '2025-05-03', ['Mosul'], ['Civil Defence'], 30),
      article('early', '2025-05-01', ['MOSUL', 'Iraq'], ['Civil Defence'], 12),
      article('far', '2025-05-20', ['Mosul', 'Iraq'], [], 4),
    ]);
    expect(story.sources.map((s) => s.docId)).toEqual(['early', 'late']);
    expect(story.timelines[0].figures.map((f) => f.value)).toEqual([12, 30]);
    expect([story.timelines[0].latest?.value, story.timelines[0].highest?.value]).toEqual([30, 30]);
    expect(other.sources.map((s) => s.docId)).toEqual(['far']);
  });

  it('keeps the highest figure when a later report gives a lower one', () => {
    const [story] = stories([article('a', '2025-05-01', ['Goma', 'Congo'], [], 40), article('b', '2025-05-02', ['Goma', 'Congo'], [], 35)]);
    expect([story.timelines[0].latest?.docId, story.timelines[0].highest?.docId]).toEqual(['b', 'a']);
  });

  it('does not join articles that share only one name', () => {
    expect(stories([article('a', '2025-05-01', ['Lagos'], [], 3), article('b', '2025-05-01', ['Lagos'], [], 5)]).length).toBe(2);
  });
});
