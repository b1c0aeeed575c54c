// Sports reports name clubs after their towns ("Leicestershire beat Somerset"): there a town that
// plays is an organization, while a country stays a place (national sides are named as countries).
import type { Token } from './tokens.js';

/** Wire slugs that open a sports report: "SOCCER - ...", "CRICKET - ...". */
const SPORTS_SLUG_RE =
  /^\s*(?:ATHLETICS|AUSTRALIAN RULES|BADMINTON|BASEBALL|BASKETBALL|BOXING|CRICKET|CYCLING|FOOTBALL|GOLF|HOCKEY|HORSE RACING|ICE HOCKEY|MOTOR RACING|MOTORCYCLING|NFL|NBA|NHL|RUGBY(?: LEAGUE| UNION)?|SKIING|SOCCER|SQUASH|SWIMMING|TENNIS|VOLLEYBALL|YACHTING)\b/;

export function isSportsReport(text: string): boolean {
  return SPORTS_SLUG_RE.test(text.slice(0, 80));
}

/** Words after which a town is where a game is played, not the side playing it. */
const VENUE_PREPOSITIONS = new Set(['at', 'in', 'near', 'from', 'to']);
/** "NEW YORK 1996-08-23": a dateline line, whose town is a place. */
const DATELINE_DATE_RE = /^\d{4}-\d\d-\d\d$/;

interface SideReading {
  c: { tokens: Token[] };
  reading: { type: string; name?: string; country?: string | null };
}

/**
 * In a sports report a town read as a side once ("BOSTON 64 64 .500") is that side in the
 * schedule and the running text too ("SEATTLE AT BOSTON", "Essex are set to ..."), unless a lower-case
 * preposition makes it the venue or it opens a dateline.
 */
export function spreadClubNames(read: SideReading[], tokens: Token[], position: Map<Token, number>): void {
  const clubs = new Set<string>();
  for (const { reading } of read) if (reading.type === 'organization' && reading.name) clubs.add(reading.name.toLowerCase());
  for (const r of read) {
    if (r.reading.type !== 'place' || !r.reading.name || !clubs.has(r.reading.name.toLowerCase())) continue;
    const first = position.get(r.c.tokens[0])!;
    const before = tokens[first - 1];
    const after = tokens[first + r.c.tokens.length];
    if (before && VENUE_PREPOSITIONS.has(before.text)) continue;
    if (after && DATELINE_DATE_RE.test(after.text)) continue;
    r.reading = { type: 'organization', name: r.reading.name, country: null };
  }
}
