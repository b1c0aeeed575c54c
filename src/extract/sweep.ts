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
/** A cue of the net: the patterns filed under it, and in how many of the pieces swept so far it was present. */
interface Cue {
  entries: Entry[];
  present: number;
  /** Patterns of the net that name it: the rarity used before any piece is counted. */
  patterns: number;
}
interface HookIndex {
  keys: string[];
  entries: Entry[];
  cues: Map<string, Cue>;
  /** Pieces swept with this net, and the count at which the patterns are filed again. */
  pieces: number;
  refileAt: number;
}
const indexes = new WeakMap<SweepNet['hooks'], HookIndex | null>();
let stamp = 0;

/** Pieces after which the patterns are first filed by what the text holds; then every 4 times as many. */
const FIRST_REFILE = 256;

/**
 * Files each pattern under cues one of which a piece must hold for the pattern to pass compromise's
 * filters: its rarest need (all needs must be there), or, where that is cheaper, its rarest wants
 * (at least minWant of them must be there, so any wants.length − minWant + 1 of them will do).
 * Rarity is the share of the pieces swept so far that held the cue (before any, how many patterns
 * name it). Which cue a pattern is filed under changes what is looked at, never what passes.
 */
function file(index: HookIndex): void {
  const cost = (cue: string): number => {
    const { present, patterns } = index.cues.get(cue) as Cue;
    return present + patterns / 10_000;
  };
  for (const cue of index.cues.values()) cue.entries = [];
  for (const entry of index.entries) {
    const { needs, wants, minWant } = entry.pattern;
    const need = needs.length > 0 ? needs.reduce((a, b) => (cost(b) < cost(a) ? b : a)) : null;
    const someWants = minWant > 0 ? [...new Set([...wants].sort((a, b) => cost(a) - cost(b)).slice(0, wants.length - minWant + 1))] : [];
    const byWants = minWant > 0 ? someWants.reduce((sum, want) => sum + cost(want), 0) : Infinity;
    for (const cue of need !== null && cost(need) <= byWants ? [need] : someWants) index.cues.get(cue)?.entries.push(entry);
  }
}

/** Every pattern of the net can be reached from a cue: it has a need, or wants of which it needs some. */
const reachable = (pattern: SweepPattern): boolean => pattern.needs.length > 0 || (pattern.minWant > 0 && pattern.wants.length > 0);

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
  if (matches.size === entries.size && [...entries.keys()].every(reachable)) {
    const cues = new Map<string, Cue>();
    const cueOf = (key: string): Cue => cues.get(key) ?? (cues.set(key, { entries: [], present: 0, patterns: 0 }).get(key) as Cue);
    for (const pattern of entries.keys()) for (const key of new Set([...pattern.needs, ...pattern.wants])) cueOf(key).patterns++;
    for (const key of keys) cueOf(key);
    index = { keys, entries: [...entries.values()], cues, pieces: 0, refileAt: FIRST_REFILE };
    file(index);
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
 * longest hold 80 patterns), drops repeats and filters; here a pattern is reached only from the
 * rare cues it is filed under (`file`), compromise's filters (needs, ifNo, wants, length) decide,
 * and the few that pass are put in the place of their first copy in compromise's concatenation.
 */
function candidates(net: SweepNet, index: HookIndex, haves: Set<string>, termCount: number): SweepPattern[] {
  stamp++;
  if (++index.pieces === index.refileAt) {
    file(index);
    index.refileAt *= 4;
  }
  const passed: Entry[] = [];
  for (const key of haves) {
    const cue = index.cues.get(key);
    if (cue === undefined) continue;
    cue.present++;
    for (const entry of cue.entries) {
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

interface PieceTerm {
  index: [number, number];
}
interface SweptView {
  docs: PieceTerm[][];
  world: PostTaggerWorld;
  methods: SweepMethods;
  update(pointers: number[][]): SweptView;
  uncache(): unknown;
  unfreeze(): unknown;
}
export interface PostTaggerWorld {
  model: { two: { matches: unknown } };
  methods: {
    one: { buildNet(matches: unknown, world: PostTaggerWorld): SweepNet; bulkMatch: BulkMatch; bulkTagger(found: unknown[], docs: PieceTerm[][], world: PostTaggerWorld): unknown };
    two: { quickSplit(docs: PieceTerm[][]): PieceTerm[][] };
  };
  compute: Record<string, (view: SweptView) => unknown>;
}

/**
 * compromise's `postTagger` step, less the work whose result the step throws away: its `sweep`
 * makes a view of every pattern match after tagging (thousands per article) for a caller that
 * only wants the tags. The same pieces are swept and tagged, in the same order.
 */
export function leanPostTagger(world: PostTaggerWorld): void {
  let net: SweepNet | null = null;
  world.compute.postTagger = (view) => {
    const { model, methods } = view.world;
    net ??= methods.one.buildNet(model.two.matches, view.world);
    const pieces = methods.two.quickSplit(view.docs);
    const swept = view.update(pieces.map((terms) => [terms[0].index[0], terms[0].index[1], terms[0].index[1] + terms.length]));
    const { docs } = swept;
    methods.one.bulkTagger(methods.one.bulkMatch(docs, net, swept.methods, {}), docs, swept.world);
    view.uncache();
    view.unfreeze();
    return view;
  };
}
