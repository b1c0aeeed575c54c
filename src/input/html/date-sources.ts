// Where a page declares when it was published: meta tags, schema.org microdata and JSON-LD, and
// <time datetime>. Each value found is a candidate with a rank (lower is trusted more); the first
// valid one by rank is the page's date (published-date.ts).
import type { Attributes } from './parse.js';

export interface DateCandidate {
  rank: number;
  value: unknown;
  /** Where the value was found, for the warning when it is not a date. */
  source: string;
}

const RANK = { articleMeta: 0, jsonLdArticle: 1, jsonLd: 2, meta: 3, markedTime: 4, articleTime: 5, pageTime: 6 };

/**
 * Meta names, properties and itemprops giving the publication date, beside Open Graph's
 * article:published_time (which ranks first): schema.org, Dublin Core, and the names of common
 * publishing systems and analytics tags.
 */
const META_KEYS = new Set([
  'article.published', 'citation_publication_date', 'date', 'datepublished', 'dc.date', 'dc.date.issued',
  'dcterms.created', 'dcterms.issued', 'parsely-pub-date', 'pubdate', 'publish-date', 'publishdate',
  'published_time', 'publication_date', 'sailthru.date',
]);

/** Candidates kept per page: a hostile page may hold a million meta tags. */
const MAX_CANDIDATES = 100;

export interface Place {
  hidden: boolean;
  chrome: boolean;
  inArticle: boolean;
}

function add(out: DateCandidate[], candidate: DateCandidate): void {
  if (out.length < MAX_CANDIDATES && candidate.value !== '') out.push(candidate);
}

function metaCandidate(attributes: Attributes): DateCandidate | null {
  const key = (attributes.get('property') ?? attributes.get('name') ?? attributes.get('itemprop'))?.trim().toLowerCase();
  const content = attributes.get('content');
  if (key === undefined || content === undefined) return null;
  if (key === 'article:published_time') return { rank: RANK.articleMeta, value: content, source: `meta ${key}` };
  return META_KEYS.has(key) ? { rank: RANK.meta, value: content, source: `meta ${key}` } : null;
}

/** The date candidates one element's attributes give. */
export function dateAttributes(name: string, attributes: Attributes, place: Place, out: DateCandidate[]): void {
  if (name === 'meta') {
    const candidate = metaCandidate(attributes);
    if (candidate) add(out, candidate);
    return;
  }
  if (place.hidden) return;
  const marked = attributes.get('itemprop')?.trim().toLowerCase() === 'datepublished';
  const datetime = attributes.get('datetime');
  if (name === 'time' && datetime !== undefined) {
    const rank = marked || attributes.has('pubdate') ? RANK.markedTime : place.inArticle ? RANK.articleTime : RANK.pageTime;
    if (rank !== RANK.pageTime || !place.chrome) add(out, { rank, value: datetime, source: '<time datetime>' });
  } else if (marked) {
    const value = attributes.get('content') ?? datetime;
    if (value !== undefined) add(out, { rank: RANK.meta, value, source: 'itemprop datePublished' });
  }
}

const ARTICLE_TYPE = /Article|Posting|Report|News/;

function isArticle(type: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t));
}

/** Objects visited per JSON-LD block, so a deep or huge block costs bounded time. */
const MAX_JSON_LD_NODES = 10_000;

/** datePublished of the objects in a JSON-LD block: top level, arrays, @graph and mainEntity, in order. */
export function jsonLdDates(block: string, out: DateCandidate[]): void {
  let data: unknown;
  try {
    data = JSON.parse(block);
  } catch {
    return; // broken metadata is no date, and no fault of the article
  }
  const pending: unknown[] = [data];
  for (let visited = 0; pending.length > 0 && visited < MAX_JSON_LD_NODES; visited++) {
    const value = pending.pop();
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) pending.push(value[i]);
    } else if (typeof value === 'object' && value !== null) {
      const object = value as Record<string, unknown>;
      if (object.datePublished !== undefined) {
        const rank = isArticle(object['@type']) ? RANK.jsonLdArticle : RANK.jsonLd;
        add(out, { rank, value: object.datePublished, source: 'JSON-LD datePublished' });
      }
      pending.push(object.mainEntity, object['@graph']);
    }
  }
}
