// Events as rows with fixed columns, for the table, CSV and TSV forms. The call TSV follows
// event-data practice (Phoenix, GDELT): one line per event with its date as YYYYMMDD, source and
// target actors, the CAMEO code as a string, and the number of sources and their URLs.
import type { GridRow } from '../../output/grid.js';
import type { CallEvent, Story } from './types.js';

export const CALL_COLUMNS = ['event_id', 'date', 'participants', 'medium', 'cameo', 'articles', 'first_report', 'other_dates', 'doc_ids', 'urls'];
export const CALL_TSV_COLUMNS = ['event_id', 'date', 'source_actor', 'target_actors', 'cameo_code', 'medium', 'num_sources', 'num_articles', 'source_urls'];
export const STORY_COLUMNS = ['story_id', 'places', 'kind', 'published_at', 'value', 'qualifier', 'doc_id', 'url', 'text'];
export const STORY_SUMMARY_COLUMNS = ['story_id', 'places', 'articles', 'first_report', 'figures'];

const where = (s: { url: string | null; path: string }) => s.url ?? s.path;
const unique = (values: string[]) => [...new Set(values)];

/** Outlets behind an event: the host of each URL, else each article's path. */
function outlets(event: CallEvent): number {
  return unique(event.sources.map((s) => (s.url && URL.canParse(s.url) ? new URL(s.url).host : s.path))).length;
}

export function callRow(e: CallEvent): GridRow {
  return {
    event_id: e.id, date: e.date ?? '', participants: e.participants.join(' ↔ '), medium: e.medium, cameo: e.cameo ?? '',
    articles: e.articles, first_report: e.firstReport.publishedAt ?? '',
    other_dates: e.otherDates.map((d) => `${d.date} (${d.docIds.join(', ')})`).join('; '),
    doc_ids: unique(e.sources.map((s) => s.docId)).join(' '), urls: unique(e.sources.map(where)).join(' '),
  };
}

export function callTsvRow(e: CallEvent): GridRow {
  return {
    event_id: e.id, date: e.date?.replace(/-/g, '') ?? '', source_actor: e.participants[0] ?? '',
    target_actors: e.participants.slice(1).join(';'), cameo_code: e.cameo ?? '', medium: e.medium,
    num_sources: outlets(e), num_articles: e.articles, source_urls: unique(e.sources.map(where)).join(';'),
  };
}

export function storyRows(s: Story): GridRow[] {
  return s.timelines.flatMap((t) => t.figures.map((f) => ({
    story_id: s.id, places: s.places.join('; '), kind: t.kind, published_at: f.publishedAt ?? '', value: f.value ?? '',
    qualifier: f.qualifier, doc_id: f.docId, url: where(f), text: f.text,
  })));
}

export function storySummaryRow(s: Story): GridRow {
  const figures = s.timelines.map((t) => `${t.kind} ${t.figures.map((f) => f.value ?? '?').join(' → ')}`).join('; ');
  return { story_id: s.id, places: s.places.join('; '), articles: s.articles, first_report: s.firstReport ?? '', figures };
}
