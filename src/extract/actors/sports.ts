// Sports reports name clubs after their towns ("Leicestershire beat Somerset"): there a town that
// plays is an organization, while a country stays a place (national sides are named as countries).

/** Wire slugs that open a sports report: "SOCCER - ...", "CRICKET - ...". */
const SPORTS_SLUG_RE =
  /^\s*(?:ATHLETICS|AUSTRALIAN RULES|BADMINTON|BASEBALL|BASKETBALL|BOXING|CRICKET|CYCLING|FOOTBALL|GOLF|HOCKEY|HORSE RACING|ICE HOCKEY|MOTOR RACING|MOTORCYCLING|NFL|NBA|NHL|RUGBY(?: LEAGUE| UNION)?|SKIING|SOCCER|SQUASH|SWIMMING|TENNIS|VOLLEYBALL|YACHTING)\b/;

export function isSportsReport(text: string): boolean {
  return SPORTS_SLUG_RE.test(text.slice(0, 80));
}
