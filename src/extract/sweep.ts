// compromise's pattern sweep (`methods.one.bulkMatch`, the post-tagger's main cost) with the same
// result, pattern for pattern and in the same order, at a fraction of the bookkeeping.

/** A compiled pattern of compromise's net: the cue words and tags that gate it, and its size. */
export interface SweepPattern {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  ifNo?: string[];
  minWords: number;
}
export interface SweepNet {
  hooks: Record<string, SweepPattern[]>;
  always: SweepPattern[];
}
type Terms = unknown[];
interface MatchResult {
  ptrs: number[][];
}
export interface SweepMethods {
  one: {
    cacheDoc(document: Terms[]): Set<string>[];
    match(docs: Terms[], pattern: SweepPattern): MatchResult;
  };
}
export type BulkMatch = (document: Terms[], net: SweepNet, methods: SweepMethods, opts?: { matchOne?: boolean }) => unknown[];

/** A pattern of the net, where it stands in each hook list, and when it was last looked at. */
interface Entry {
  pattern: SweepPattern;
  /** [key's position among the net's keys, the pattern's position in that key's list], by key position. */
  places: Array<[number, number]>;
  seen: number;
  rank: number;
}
interface HookIndex {
  keys: string[];
  /** Each pattern under one cue it cannot run without: a need (all must be present), else every want. */
  triggers: Map<string, Entry[]>;
}
const indexes = new WeakMap<SweepNet['hooks'], HookIndex | null>();
let stamp = 0;

/** The index of a net, or null where two patterns share a match string (compromise keeps only the first one it meets). */
function hookIndex(hooks: SweepNet['hooks']): HookIndex | null {
  if (indexes.has(hooks)) return indexes.get(hooks) ?? null;
  const keys = Object.keys(hooks);
  const entries = new Map<SweepPattern, Entry>();
  keys.forEach((key, at) =>
    hooks[key].forEach((pattern, place) => {
      const entry = entries.get(pattern) ?? { pattern, places: [], seen: 0, rank: 0 };
      entry.places.push([at, place]);
      entries.set(pattern, entry);
    }),
  );
  const matches = new Set([...entries.keys()].map((pattern) => pattern.match));
  let index: HookIndex | null = null;
  if (matches.size === entries.size) {
    const triggers = new Map<string, Entry[]>();
    const register = (cue: string, entry: Entry): void => {
      const list = triggers.get(cue) ?? [];
      list.push(entry);
      triggers.set(cue, list);
    };
    for (const entry of entries.values()) {
      const { needs, wants } = entry.pattern;
      if (needs.length > 0) register(needs.reduce((a, b) => (hooks[b].length < hooks[a].length ? b : a)), entry);
      else for (const want of wants) register(want, entry);
    }
    index = { keys, triggers };
  }
  indexes.set(hooks, index);
  return index;
}

function admitted(pattern: SweepPattern, haves: Set<string>, termCount: number): boolean {
  if (termCount < pattern.minWords) return false;
  for (const need of pattern.needs) if (!haves.has(need)) return false;
  if (pattern.ifNo !== undefined) for (const no of pattern.ifNo) if (haves.has(no)) return false;
  if (pattern.wants.length === 0) return true;
  let found = 0;
  for (const want of pattern.wants) if (haves.has(want)) found++;
  return found >= pattern.minWant;
}

/**
 * The patterns compromise would try on one piece of text, in its order. Its own sweep walks every
 * cue of the net (~730) for every comma-separated piece, concatenates their pattern lists (the
 * longest hold 80 patterns), drops repeats and filters; here each pattern is reached once, from
 * one cue it needs, compromise's filters (needs, ifNo, wants, length) decide, and the few that pass
 * are put in the place of their first copy in compromise's concatenation.
 */
function candidates(net: SweepNet, index: HookIndex, haves: Set<string>, termCount: number): SweepPattern[] {
  stamp++;
  const passed: Entry[] = [];
  for (const cue of haves) {
    for (const entry of index.triggers.get(cue) ?? []) {
      if (entry.seen === stamp) continue;
      entry.seen = stamp;
      if (!admitted(entry.pattern, haves, termCount)) continue;
      const [at, place] = entry.places.find(([key]) => haves.has(index.keys[key])) as [number, number];
      entry.rank = at * 100_000 + place;
      passed.push(entry);
    }
  }
  passed.sort((a, b) => a.rank - b.rank);
  const out = passed.map((entry) => entry.pattern);
  for (const pattern of net.always) if (termCount >= pattern.minWords) out.push(pattern);
  return out;
}

/** Drop-in for compromise's `bulkMatch` (`original`): the same matches, in the same order. */
export const fasterBulkMatch = (original: BulkMatch): BulkMatch => (document, net, methods, opts = {}) => {
  const index = hookIndex(net.hooks);
  if (!index) return original(document, net, methods, opts);
  const caches = methods.one.cacheDoc(document);
  const results: unknown[] = [];
  for (let n = 0; n < document.length; n++) {
    for (const pattern of candidates(net, index, caches[n], document[n].length)) {
      const found = methods.one.match([document[n]], pattern);
      for (const ptr of found.ptrs) {
        ptr[0] = n;
        const todo: SweepPattern & { pointer: number[] } = { ...pattern, pointer: ptr };
        results.push(todo);
      }
      if (opts.matchOne === true && found.ptrs.length > 0) return [results[0]];
    }
  }
  return results;
};
