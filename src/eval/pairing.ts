// One-to-one matching of gold items to system items that share a key (a surname, a participant set,
// a (kind, count) pair). Each item is used at most once, so precision and recall share one tp count.

export interface Pairing<G, S> {
  pairs: Array<[G, S]>;
  missed: G[];
  spurious: S[];
}

/** A pass accepts some (gold, system) pairs of the same key; earlier passes get first pick. */
export type PairPass<G, S> = (gold: G, system: S) => boolean;

const ANY = () => true;

/**
 * Pairs items with equal keys in passes: in each pass every unpaired gold item, in order, takes the
 * first unpaired system item of its key that the pass accepts. Passes express preferences ("same
 * full name first") or hard constraints (a call's date must match when the gold has one).
 */
export function pairByKey<G, S>(
  gold: readonly G[],
  system: readonly S[],
  goldKey: (item: G) => string,
  systemKey: (item: S) => string,
  passes: ReadonlyArray<PairPass<G, S>> = [ANY],
): Pairing<G, S> {
  const buckets = new Map<string, S[]>();
  for (const item of system) {
    const key = systemKey(item);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(item);
    else buckets.set(key, [item]);
  }
  const taken = new Set<S>();
  const partner = new Map<G, S>();
  for (const pass of passes) {
    for (const g of gold) {
      if (partner.has(g)) continue;
      const s = buckets.get(goldKey(g))?.find((candidate) => !taken.has(candidate) && pass(g, candidate));
      if (s === undefined) continue;
      taken.add(s);
      partner.set(g, s);
    }
  }
  return {
    pairs: gold.flatMap((g) => (partner.has(g) ? [[g, partner.get(g) as S] as [G, S]] : [])),
    missed: gold.filter((g) => !partner.has(g)),
    spurious: system.filter((s) => !taken.has(s)),
  };
}
