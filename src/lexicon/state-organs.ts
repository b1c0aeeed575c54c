// Source: the last words of the names of a state's own organs as English-language news writes them
// ("U.S. Navy", "Indian Army", "Russian Defence Ministry", "British Embassy"), from general usage.
// A name led by a country word and ending in one of these is that state's organ. Sorted.

export const STATE_ORGAN_HEADS: string[] = [
  'administration', 'army', 'cabinet', 'command', 'congress', 'department', 'embassy', 'force', 'forces', 'government',
  'guard', 'marines', 'military', 'ministry', 'navy', 'office', 'parliament', 'police', 'senate',
];
