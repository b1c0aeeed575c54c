// Cross-article events as the `events` command and the report give them.
import type { CasualtyKind, Medium, Qualifier } from '../../schema.js';

/** One article's report of a call: where it was read, what it said, and the sentence it said it in. */
export interface CallSource {
  docId: string;
  url: string | null;
  path: string;
  publishedAt: string | null;
  /** The call's date as this article gives it (YYYY-MM-DD, or coarser), null when it gives none. */
  date: string | null;
  dateText: string | null;
  evidence: string;
}

export interface CallEvent {
  id: string;
  participants: string[];
  /** The day most reports give; null when none gives one. */
  date: string | null;
  /** Days other reports give: a conflict is shown, not hidden. */
  otherDates: { date: string; docIds: string[] }[];
  medium: Medium;
  cameo: string | null;
  articles: number;
  firstReport: { docId: string; publishedAt: string | null };
  sources: CallSource[];
}

export interface Figure {
  docId: string;
  url: string | null;
  path: string;
  publishedAt: string | null;
  /** The count, or the bound a range or "at least" gives; null for a vague figure. */
  value: number | null;
  qualifier: Qualifier;
  text: string;
}

export interface CasualtyTimeline {
  kind: CasualtyKind;
  /** In order of publication. */
  figures: Figure[];
  latest: Figure | null;
  highest: Figure | null;
}

export interface Story {
  id: string;
  places: string[];
  actors: string[];
  articles: number;
  firstReport: string | null;
  lastReport: string | null;
  timelines: CasualtyTimeline[];
  sources: { docId: string; url: string | null; path: string; publishedAt: string | null }[];
}

export interface Events {
  callEvents: CallEvent[];
  stories: Story[];
}
