// "Hundreds of thousands of people were displaced" reads "thousands" as a figure of its own too;
// a vague figure inside another vague figure of the same kind is part of it. (A vague figure inside
// an exact one is kept: "nine troops and several fighters were killed" gives both.)
import type { Finding } from '../types.js';

export function dropNestedVague(findings: readonly Finding[]): Finding[] {
  return findings.filter(
    (f) =>
      f.quantity.qualifier !== 'vague' ||
      !findings.some((outer) => outer !== f && outer.kind === f.kind && outer.quantity.qualifier === 'vague' && outer.start <= f.start && f.end <= outer.end && outer.end - outer.start > f.end - f.start),
  );
}
