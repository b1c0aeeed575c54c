// Mentions in page furniture ("Summary") or the stored-page header are not part of the article.
import type { TextSpan } from '../../../document/types.js';
import type { Candidate } from '../types.js';

export function dropOutsideContent(candidates: readonly Candidate[], contentStart: number, furniture: readonly TextSpan[]): Candidate[] {
  return candidates.filter((c) => c.start >= contentStart && furniture.every((f) => c.end <= f.start || c.start >= f.end));
}
