// Stories: the articles about one incident (places and actors in common, published close
// together), with each kind of casualty figure in order of publication.
import { CasualtyKind } from '../../schema.js';
import { byPublication, connected, daysBetween, groupBy, within } from './days.js';
import type { CasualtyTimeline, Figure, Story } from './types.js';

/** One article with casualty figures, as read from the database. */
export interface StoryArticle {
  docId: string;
  url: string | null;
  path: string;
  publishedAt: string | null;
  /** Places and countries named, dateline places included. */
  places: string[];
  /** Other actors: persons, organizations, groups. */
  actors: string[];
  figures: (Omit<Figure, 'docId' | 'url' | 'path' | 'publishedAt'> & { kind: CasualtyTimeline['kind'] })[];
}

/** Articles further apart than this are not one story. */
const STORY_DAYS = 3;
/** Names two articles must share (one of them a place) to be about one incident. */
const SHARED_NAMES = 2;

const keys = (names: string[]) => new Set(names.map((n) => n.trim().toLowerCase()));
const shared = (a: Set<string>, b: Set<string>) => [...a].filter((x) => b.has(x)).length;

interface Keyed {
  article: StoryArticle;
  docId: string;
  publishedAt: string | null;
  places: Set<string>;
  actors: Set<string>;
}

function sameStory(a: Keyed, b: Keyed): boolean {
  if (!within(a.publishedAt, b.publishedAt, STORY_DAYS)) return false;
  const places = shared(a.places, b.places);
  return places >= 1 && places + shared(a.actors, b.actors) >= SHARED_NAMES;
}

function timeline(kind: CasualtyTimeline['kind'], articles: StoryArticle[]): CasualtyTimeline | null {
  const figures: Figure[] = articles.flatMap((a) =>
    a.figures.filter((f) => f.kind === kind).map(({ value, qualifier, text }) => ({ docId: a.docId, url: a.url, path: a.path, publishedAt: a.publishedAt, value, qualifier, text })),
  );
  if (figures.length === 0) return null;
  const counted = figures.filter((f) => f.value !== null);
  const lastDoc = counted.at(-1)?.docId;
  const largest = (list: Figure[]) => list.reduce<Figure | null>((best, f) => (!best || f.value! > best.value! ? f : best), null);
  return { kind, figures, latest: largest(counted.filter((f) => f.docId === lastDoc)), highest: largest(counted) };
}

/** Names most articles of a story share, most shared first. */
function commonNames(articles: StoryArticle[], pick: (a: StoryArticle) => string[]): string[] {
  const all = articles.flatMap((a) => [...new Map(pick(a).map((n) => [n.trim().toLowerCase(), n])).values()]);
  const counts = groupBy(all, (n) => n.toLowerCase());
  return [...counts.values()].sort((a, b) => b.length - a.length).slice(0, 5).map((names) => names[0]);
}

/** Stories in order of their first report, numbered S1, S2, ... */
export function stories(articles: StoryArticle[]): Story[] {
  const keyed: Keyed[] = articles
    .map((article) => ({ article, docId: article.docId, publishedAt: article.publishedAt, places: keys(article.places), actors: keys(article.actors) }))
    .sort(byPublication);
  const beyond = (a: Keyed, b: Keyed) => (daysBetween(a.publishedAt, b.publishedAt) ?? Infinity) > STORY_DAYS;
  return connected(keyed, sameStory, beyond).map((group, i) => {
    const members = group.map((k) => k.article);
    return {
      id: `S${i + 1}`,
      places: commonNames(members, (a) => a.places),
      actors: commonNames(members, (a) => a.actors),
      articles: members.length,
      firstReport: members[0].publishedAt,
      lastReport: members.at(-1)!.publishedAt,
      timelines: CasualtyKind.options.map((kind) => timeline(kind, members)).filter((t): t is CasualtyTimeline => t !== null),
      sources: members.map(({ docId, url, path, publishedAt }) => ({ docId, url, path, publishedAt })),
    };
  });
}
