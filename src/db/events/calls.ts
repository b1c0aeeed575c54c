// Call events across articles: the call records of different articles that have the same
// participants (by name) and compatible dates are one event, with every report as a source.
import type { Medium } from '../../schema.js';
import { byPublication, connected, daysBetween, groupBy, mostCommon, within } from './days.js';
import type { CallEvent, CallSource } from './types.js';

/** One call record of one article, as read from the database. */
export interface CallReport extends CallSource {
  callId: string;
  participants: string[];
  medium: Medium;
  cameo: string | null;
}

/** An undated report joins an event first reported within this many days of it. */
const UNDATED_REPORT_DAYS = 3;
/**
 * Two dates a day apart are one call when the articles appeared within this many days of each
 * other: a late-evening call, a time zone or a weekday counted from the wrong day gives the next
 * day. The other day is shown as a conflict.
 */
const NEXT_DAY_REPORT_DAYS = 3;

const nameKey = (names: string[]) => [...new Set(names.map((n) => n.trim().toLowerCase()))].sort().join(' | ');
const dayOf = (r: CallReport) => (r.date && /^\d{4}-\d{2}-\d{2}$/.test(r.date) ? r.date : null);

function sameCall(a: CallReport, b: CallReport): boolean {
  const gap = daysBetween(dayOf(a), dayOf(b));
  if (gap === null) return false;
  return gap === 0 || (Math.abs(gap) === 1 && within(a.publishedAt, b.publishedAt, NEXT_DAY_REPORT_DAYS));
}

/** Dated reports form events; each undated one joins the event whose reports appeared closest to it. */
function groupReports(reports: CallReport[]): CallReport[][] {
  const dated = reports.filter(dayOf);
  const events = connected(dated, sameCall);
  const alone: CallReport[] = [];
  for (const report of reports.filter((r) => !dayOf(r))) {
    let best: { event: CallReport[]; gap: number } | null = null;
    for (const event of events) {
      for (const other of event) {
        const gap = daysBetween(report.publishedAt, other.publishedAt);
        if (gap !== null && Math.abs(gap) <= UNDATED_REPORT_DAYS && (!best || Math.abs(gap) < best.gap)) best = { event, gap: Math.abs(gap) };
      }
    }
    if (best) best.event.push(report);
    else alone.push(report);
  }
  const undated = connected(alone.sort(byPublication), (a, b) => within(a.publishedAt, b.publishedAt, UNDATED_REPORT_DAYS));
  return [...events, ...undated];
}

function callEvent(reports: CallReport[]): Omit<CallEvent, 'id'> {
  const sources = [...reports].sort(byPublication);
  const days = sources.map(dayOf).filter((d): d is string => d !== null);
  const date = mostCommon(days) ?? null;
  const otherDates = [...new Set(days.filter((d) => d !== date))].sort().map((d) => ({
    date: d, docIds: [...new Set(sources.filter((s) => dayOf(s) === d).map((s) => s.docId))],
  }));
  const media = sources.map((s) => s.medium).filter((m) => m !== 'unspecified');
  const first = sources[0];
  return {
    participants: first.participants,
    date,
    otherDates,
    medium: mostCommon(media) ?? 'unspecified',
    cameo: mostCommon(sources.map((s) => s.cameo).filter((c): c is string => c !== null)) ?? null,
    articles: new Set(sources.map((s) => s.docId)).size,
    firstReport: { docId: first.docId, publishedAt: first.publishedAt },
    sources: sources.map(({ docId, url, path, publishedAt, date, dateText, evidence }) => ({ docId, url, path, publishedAt, date, dateText, evidence })),
  };
}

/** Events in date order (a call's day, else its first report's), numbered E1, E2, ... */
export function callEvents(reports: CallReport[]): CallEvent[] {
  const byParticipants = groupBy(reports, (r) => nameKey(r.participants));
  const events = [...byParticipants.values()].flatMap((group) => groupReports(group).map(callEvent));
  const when = (e: Omit<CallEvent, 'id'>) => e.date ?? e.firstReport.publishedAt ?? '9999';
  events.sort((a, b) => when(a).localeCompare(when(b)) || nameKey(a.participants).localeCompare(nameKey(b.participants)));
  return events.map((e, i) => ({ id: `E${i + 1}`, ...e }));
}
