// `newsfacts eval`: runs the extractor on each gold document and hands the pairs to the scorers
// of the gold formats the document carries.
import { extract } from '../index.js';
import { SCHEMA_ID, type DocumentRecord, type RecordKind } from '../schema.js';
import type { GoldDoc, GoldWith } from './gold.js';
import type { SectionScore } from './score.js';
import { scoreAppeals } from './scorers/appeals.js';
import { scoreCalls } from './scorers/calls.js';
import { scoreCasualtyFigures } from './scorers/casualty-figures.js';
import { scoreEntities } from './scorers/entities.js';
import { scoreNewsActors } from './scorers/news-actors.js';
import { scorePublication } from './scorers/publication.js';
import { isStatedGold, scoreStatedCounts, statedCounts, type StatedGold } from './scorers/stated-counts.js';
import { scoreTimexes } from './scorers/timexes.js';
import { describeError } from '../describe-error.js';
import { DEFAULT_PROFILE, type Profile } from '../extract/profile.js';

export interface Scored<D extends GoldDoc = GoldDoc> {
  gold: D;
  record: DocumentRecord;
}

interface Scorer {
  kind: RecordKind | 'documents';
  /** Record kinds the extractor must return: calls and appeals name actors by id. */
  needs: readonly RecordKind[];
  applies(gold: GoldDoc): boolean;
  score(docs: ReadonlyArray<Scored>): SectionScore;
}

function scorer<D extends GoldDoc>(
  kind: RecordKind | 'documents',
  needs: readonly RecordKind[],
  applies: (gold: GoldDoc) => gold is D,
  score: (docs: ReadonlyArray<Scored<D>>) => SectionScore,
): Scorer {
  return { kind, needs, applies, score: (docs) => score(docs.filter((doc): doc is Scored<D> => applies(doc.gold))) };
}

const has =
  <A extends 'timexes' | 'entities' | 'actors' | 'calls' | 'appeals' | 'casualties'>(field: A) =>
  (gold: GoldDoc): gold is GoldWith<A> =>
    gold[field] !== undefined;

// A GVA/GVDB article with no stated count has nothing to score, so it is not even extracted.
const hasStatedCounts = (gold: GoldDoc): gold is StatedGold =>
  has('casualties')(gold) && isStatedGold(gold) && statedCounts(gold).length > 0;
const hasCasualtyFigures = (gold: GoldDoc): gold is GoldWith<'casualties'> => has('casualties')(gold) && !isStatedGold(gold);

/** News gold: `dct` was read from the text by the annotators, so it is to be found, not given. */
const isNewsGold = (gold: GoldDoc): gold is GoldWith<'actors'> => has('actors')(gold);

const SCORERS: readonly Scorer[] = [
  scorer('documents', [], isNewsGold, scorePublication),
  scorer('dates', ['dates'], has('timexes'), scoreTimexes),
  scorer('actors', ['actors'], has('entities'), scoreEntities),
  scorer('actors', ['actors'], has('actors'), scoreNewsActors),
  scorer('calls', ['calls', 'actors'], has('calls'), scoreCalls),
  scorer('appeals', ['appeals', 'actors'], has('appeals'), scoreAppeals),
  scorer('casualties', ['casualties'], hasStatedCounts, scoreStatedCounts),
  scorer('casualties', ['casualties'], hasCasualtyFigures, scoreCasualtyFigures),
];

export type Extractor = (gold: GoldDoc, only: readonly RecordKind[]) => DocumentRecord;

/**
 * The library's extractor. The gold's `dct` is the reference date when it has a year, except in
 * news gold, where it is what the text says and newsfacts must find it as a user's run would.
 */
export const extractForGold =
  (profile: Profile = DEFAULT_PROFILE): Extractor =>
  (gold, only) => {
    const dct = gold.dct && /^\d{4}/.test(gold.dct) && !isNewsGold(gold) ? gold.dct : null;
    return extract(gold.text, { id: gold.id, refDate: dct, publishedAt: dct, only, profile });
  };

export interface EvalOptions {
  kinds?: readonly RecordKind[];
  /** Rule set the library runs with (ignored with `extractor`). */
  profile?: Profile;
  extractor?: Extractor;
  onProgress?: (done: number, total: number) => void;
}

export interface EvalReport {
  gold: string;
  documents: number;
  /** Documents the extractor threw on; they are scored as empty records. */
  failures: Array<{ doc: string; message: string }>;
  sections: SectionScore[];
}

function emptyRecord(gold: GoldDoc): DocumentRecord {
  return {
    schema: SCHEMA_ID, id: gold.id, source: '-', publishedAt: null, referenceDate: null, dateline: null,
    actors: [], calls: [], appeals: [], dates: [], casualties: [], warnings: [],
  };
}

export function evaluate(file: string, golds: readonly GoldDoc[], options: EvalOptions = {}): EvalReport {
  const kinds = new Set<Scorer['kind']>(options.kinds ?? SCORERS.map((s) => s.kind));
  const scorers = SCORERS.filter((s) => kinds.has(s.kind));
  const extractor = options.extractor ?? extractForGold(options.profile);
  const scored: Scored[] = [];
  const failures: EvalReport['failures'] = [];
  golds.forEach((gold, i) => {
    const applicable = scorers.filter((s) => s.applies(gold));
    if (applicable.length > 0) {
      const only = [...new Set(applicable.flatMap((s) => s.needs))];
      let record: DocumentRecord;
      try {
        record = extractor(gold, only);
      } catch (error) {
        failures.push({ doc: gold.id, message: describeError(error) });
        record = emptyRecord(gold);
      }
      scored.push({ gold, record });
    }
    options.onProgress?.(i + 1, golds.length);
  });
  const sections = scorers.filter((s) => scored.some((doc) => s.applies(doc.gold))).map((s) => s.score(scored));
  return { gold: file, documents: golds.length, failures, sections };
}

export { readGold, parseGold, GoldError, type GoldDoc } from './gold.js';
export { formatJson, formatTable } from './report.js';
export { checkFloors, parseFloor, FloorError, type Floor } from './floors.js';
export { prf, accuracy, sectionMetrics, type SectionScore, type PrfRow, type AccuracyRow, type ErrorItem } from './score.js';
