// Reads what events need from a corpus database: call reports with their participants' names,
// and the articles with casualty figures with the names they mention.
import type { Database, Row } from '../open.js';
import { callEvents, type CallReport } from './calls.js';
import { stories, type StoryArticle } from './stories.js';
import type { Events } from './types.js';

const CALLS_SQL = `
  SELECT c.doc_id, c.call_id, c.medium, c.cameo, c.date_text, c.date_value, c.evidence,
         d.source, d.url, d.published_at::VARCHAR AS published_at,
         list(a.name ORDER BY p.position) FILTER (WHERE a.name IS NOT NULL) AS participants
  FROM calls c
  JOIN documents d USING (doc_id)
  LEFT JOIN call_participants p USING (doc_id, call_id)
  LEFT JOIN actors a ON a.doc_id = p.doc_id AND a.actor_id = p.actor_id
  GROUP BY ALL
  ORDER BY published_at NULLS LAST, c.doc_id, c.call_id`;

const STORY_ARTICLES_SQL = `
  SELECT d.doc_id, d.source, d.url, d.published_at::VARCHAR AS published_at,
         d.dateline_places, list(a.name) FILTER (WHERE a.type IN ('place', 'country')) AS places,
         list(a.name) FILTER (WHERE a.type NOT IN ('place', 'country')) AS actors
  FROM documents d LEFT JOIN actors a USING (doc_id)
  WHERE d.doc_id IN (SELECT doc_id FROM casualties)
  GROUP BY ALL`;

const FIGURES_SQL = `
  SELECT doc_id, kind, coalesce(count, max_count, min_count) AS value, qualifier, text
  FROM casualties ORDER BY doc_id, casualty_no`;

const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
const names = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);

function callReport(row: Row): CallReport {
  return {
    docId: String(row.doc_id), callId: String(row.call_id), url: text(row.url), path: String(row.source),
    publishedAt: text(row.published_at), date: text(row.date_value), dateText: text(row.date_text),
    evidence: String(row.evidence), participants: names(row.participants),
    medium: row.medium as CallReport['medium'], cameo: text(row.cameo),
  };
}

export async function readEvents(db: Database): Promise<Events> {
  const reports = (await db.rows(CALLS_SQL)).map(callReport);
  const figures = new Map<string, StoryArticle['figures']>();
  for (const row of await db.rows(FIGURES_SQL)) {
    const list = figures.get(String(row.doc_id)) ?? [];
    list.push({ kind: row.kind as StoryArticle['figures'][number]['kind'], value: row.value === null ? null : Number(row.value), qualifier: row.qualifier as never, text: String(row.text) });
    figures.set(String(row.doc_id), list);
  }
  const articles: StoryArticle[] = (await db.rows(STORY_ARTICLES_SQL)).map((row) => ({
    docId: String(row.doc_id), url: text(row.url), path: String(row.source), publishedAt: text(row.published_at),
    places: [...names(row.places), ...names(row.dateline_places)], actors: names(row.actors), figures: figures.get(String(row.doc_id)) ?? [],
  }));
  return { callEvents: callEvents(reports), stories: stories(articles) };
}
