// Source: English words that open or close names of regions, storms and people in news copy, and that
// open journalist credits, from general knowledge.

/** First words of region names ("Eastern Samar", "Upper Egypt"), never of a person's name. */
export const DIRECTION_WORDS: string[] = [
  'Central', 'East', 'Eastern', 'Greater', 'Lower', 'North', 'Northern', 'South', 'Southern', 'Upper', 'West',
  'Western',
];

/** First words of named storms and disasters ("Typhoon Haiyan", "Cyclone Phailin"): events, not actors. */
export const NAMED_EVENT_OPENERS: string[] = ['Cyclone', 'Hurricane', 'Storm', 'Super', 'Tropical', 'Typhoon'];

/** Words that open a journalist credit ("Reporting by ...; Editing by ..."): the names after are bylines. */
export const CREDIT_WORDS: string[] = [
  'additional', 'compiled', 'editing', 'photo', 'photos', 'reporting', 'writing',
];

/** Generational suffixes after a name ("Marcos, Jr."): part of a name, never one on their own. */
export const NAME_SUFFIXES: string[] = ['II', 'III', 'IV', 'Jr', 'Jr.', 'Sr', 'Sr.'];

/**
 * Regnal numbers after a monarch's or pope's name ("Felipe VI", "Leo XIV"), from general knowledge;
 * written in capitals only ("Xi" is a name), and without V and X, which stand for initials too.
 */
export const REGNAL_NUMBERS: string[] = ['IX', 'VI', 'VII', 'VIII', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI'];

/** Last words of names of meetings, programmes, agreements and charters: events and things, not actors. */
export const EVENT_HEADS: string[] = [
  'accord', 'accords', 'agreement', 'championship', 'championships', 'charter', 'convention', 'cup', 'declaration', 'forum',
  'games', 'goals', 'meeting', 'olympics', 'partnership', 'programme', 'resolution', 'sidelines', 'summit', 'talks', 'treaty',
];

/** Words of outlet and programme names ("World News", "NBC Philadelphia"): sources, not actors. */
export const MEDIA_WORDS: string[] = ['abc', 'bbc', 'broadcasting', 'cbs', 'cnn', 'nbc', 'news', 'radio', 'television', 'tv'];

/** Nouns after a name that make it a news outlet ("the Televisa news network", "the Hindu newspaper"). */
export const OUTLET_NOUNS: string[] = ['broadcaster', 'channel', 'daily', 'newspaper', 'tabloid', 'website'];

/** Second nouns after a media word that make the name before an outlet ("state news agency", "TV channel"). */
export const MEDIA_OUTLET_HEADS: string[] = ['agency', 'channel', 'network', 'service', 'station', 'website'];

/** Words of results-table headings and column heads ("TEST SCOREBOARD", "Halftime 1-0", "W L PCT GB"): never names. */
export const TABLE_HEADING_WORDS: string[] = [
  'attendance', 'gb', 'halftime', 'pct', 'scoreboard', 'scorers', 'standings', 'summary',
];
