// Overlapping candidates: the longest wins ("last Friday night" over "Friday"); on equal length, the
// parser listed first. TimeML extents never nest.
import type { Candidate } from '../types.js';

export function removeOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const ranked = candidates
    .map((candidate, order) => ({ candidate, order }))
    .sort((a, b) => b.candidate.end - b.candidate.start - (a.candidate.end - a.candidate.start) || a.order - b.order);
  const kept: Candidate[] = [];
  for (const { candidate } of ranked) {
    if (kept.every((k) => candidate.end <= k.start || candidate.start >= k.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}
