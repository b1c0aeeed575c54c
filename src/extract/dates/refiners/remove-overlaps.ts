// Overlapping candidates: the longest wins ("last Friday night" over "Friday"); on equal length, the
// parser listed first. TimeML extents never nest.
import type { Candidate } from '../types.js';

export function removeOverlaps(candidates: readonly Candidate[]): Candidate[] {
  if (candidates.length === 0) return [];
  const ranked = candidates
    .map((candidate, order) => ({ candidate, order }))
    .sort((a, b) => b.candidate.end - b.candidate.start - (a.candidate.end - a.candidate.start) || a.order - b.order);
  // One flag per character of the covered range: checking a span costs its length, not the number kept.
  let from = Infinity;
  let to = 0;
  for (const c of candidates) {
    from = Math.min(from, c.start);
    to = Math.max(to, c.end);
  }
  const taken = new Uint8Array(to - from);
  const kept: Candidate[] = [];
  for (const { candidate } of ranked) {
    let free = true;
    for (let i = candidate.start - from; i < candidate.end - from && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, candidate.start - from, candidate.end - from);
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}
