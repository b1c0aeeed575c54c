import type { Anchor } from './types.js';

const ANCHOR_RE = /^(\d{4}|XXXX)(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses a TIMEX3 calendar value ("2026-03-10", "2017-03", "XXXX-09-15") into an anchor. */
export function parseAnchor(value: string): Anchor | null {
  const m = ANCHOR_RE.exec(value.trim());
  if (!m) return null;
  return {
    value: value.trim(),
    year: m[1] === 'XXXX' ? null : Number(m[1]),
    month: m[2] ? Number(m[2]) : null,
    day: m[3] ? Number(m[3]) : null,
  };
}
