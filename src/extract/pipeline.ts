import type { DocumentRecord } from '../schema.js';
import { SCHEMA_ID, type RecordKind, RECORD_KINDS } from '../kinds.js';
import type { NewsDocument } from '../document/types.js';
import { createContext } from './context.js';
import { extractActors } from './actors/index.js';
import { extractAppeals } from './appeals/index.js';
import { extractCalls } from './calls/index.js';
import { extractCasualties } from './casualties/index.js';
import { extractDates } from './dates/index.js';
import { mergeSegments, type Findings } from './merge-segments.js';
import { DEFAULT_PROFILE, type Profile } from './profile.js';
import { dropRules } from './provenance.js';
import { SEGMENT_CHARS, segmentDocument, segmentSpans } from './segments.js';

/**
 * Runs the extractors in dependency order: dates and actors first, because calls, appeals and
 * casualties point at them. Kinds left out of `wanted` are still computed when another kind needs them.
 */
function findAll(doc: NewsDocument, wanted: ReadonlySet<RecordKind>, profile: Profile): Findings {
  const needsActors = wanted.has('actors') || wanted.has('calls') || wanted.has('appeals') || wanted.has('casualties');
  // The calls stage adds actors (the state of an unnamed office in a call: "the Canadian prime
  // minister"), so it runs whenever actors are asked for: `--only actors` gives the full record's actors.
  const needsCalls = wanted.has('calls') || wanted.has('actors');
  const needsDates = wanted.has('dates') || needsCalls || wanted.has('casualties');

  const ctx = createContext(doc, profile);
  if (needsDates) ctx.dates = extractDates(ctx);
  if (needsActors) ctx.actors = extractActors(ctx);
  const calls = needsCalls ? extractCalls(ctx) : [];
  return {
    actors: ctx.actors,
    calls: wanted.has('calls') ? calls : [],
    appeals: wanted.has('appeals') ? extractAppeals(ctx) : [],
    casualties: wanted.has('casualties') ? extractCasualties(ctx) : [],
    dates: ctx.dates.map(({ text, start, end, type, value, rules }) => ({ text, start, end, type, value, rules })),
    warnings: doc.warnings,
  };
}

/** A long document is read segment by segment (see segments.ts), each parse dropped before the next. */
function findInSegments(doc: NewsDocument, wanted: ReadonlySet<RecordKind>, profile: Profile): Findings | null {
  const spans = segmentSpans(doc);
  if (spans.length === 1) return null;
  const merged = mergeSegments(spans.map((span) => ({ offset: span.start, ...findAll(segmentDocument(doc, span), wanted, profile) })));
  merged.warnings.unshift(...doc.warnings, {
    code: 'segmented',
    message: `long document (${doc.text.length} characters) read in ${spans.length} segments of at most ${SEGMENT_CHARS}; names are linked across segments by name only`,
  });
  return merged;
}

/** The actors that calls, appeals and casualties point at: kept when actors were not asked for, so no id dangles. */
function referencedActors(found: Findings): Findings['actors'] {
  const ids = new Set<string>();
  for (const call of found.calls) for (const id of [...call.participants, call.initiator]) if (id) ids.add(id);
  for (const appeal of found.appeals) ids.add(appeal.actor);
  for (const casualty of found.casualties) if (casualty.actor) ids.add(casualty.actor);
  return found.actors.filter((actor) => ids.has(actor.id));
}

export interface RunOptions {
  /** Record kinds to return; all by default. */
  only?: readonly RecordKind[];
  /** Keep on every record the ids of the rules that produced it. */
  explain?: boolean;
  /** Which rule set runs; `news` by default. */
  profile?: Profile;
}

/** Extracts the kinds in `only`, and of the actors those that kept records name; the others are dropped from the record. */
export function extractFromDocument(doc: NewsDocument, options: RunOptions = {}): DocumentRecord {
  const wanted = new Set(options.only ?? RECORD_KINDS);
  const profile = options.profile ?? DEFAULT_PROFILE;
  const found = findInSegments(doc, wanted, profile) ?? findAll(doc, wanted, profile);
  const record: DocumentRecord = {
    schema: SCHEMA_ID,
    id: doc.id,
    source: doc.source,
    publishedAt: doc.publishedAt,
    referenceDate: doc.reference?.value ?? null,
    dateline: doc.dateline,
    actors: wanted.has('actors') ? found.actors : referencedActors(found),
    calls: found.calls,
    appeals: found.appeals,
    dates: wanted.has('dates') ? found.dates : [],
    casualties: found.casualties,
    warnings: found.warnings,
  };
  if (options.explain) {
    record.furniture = doc.furniture.map(({ kind, start, end, rule }) => ({ kind, start, end, text: doc.text.slice(start, end), rule }));
  } else {
    dropRules(record);
  }
  return record;
}
