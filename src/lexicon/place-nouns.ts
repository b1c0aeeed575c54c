// Source: English common nouns for buildings and sites, and for settlements and their people, as
// news writes them around a place's name ("Al Noor Mosque", "the town of X", "a resident of Y"),
// from general usage. Sorted.

/** Last words of a building's or site's name: "Fresno Yosemite International Airport", "Al Noor Mosque". */
export const FACILITY_HEADS: string[] = [
  'airport', 'basilica', 'bridge', 'cathedral', 'cemetery', 'church', 'clinic', 'hospital', 'mosque', 'prison',
  'shrine', 'stadium', 'synagogue', 'temple',
];

/** Nouns before "of" that make the name after it a place: "the city of X", "residents of Y". */
export const SETTLEMENT_NOUNS: string[] = [
  'capital', 'city', 'district', 'outskirts', 'province', 'resident', 'residents', 'suburb', 'suburbs', 'town',
  'township', 'village', 'villages',
];

/** Common nouns a place's name modifies: "the Tal Afar market", "the Nagorno-Karabakh conflict". */
export const PLACE_MODIFIED_NOUNS: string[] = ['border', 'conflict', 'crisis', 'district', 'market', 'province', 'region', 'valley', 'war'];

/** Last words of a street's, district's or institution's name, which a capitalized run before a casualty
 * verb may be instead of a person ("Balsam Court and a woman were shot"): common US/UK address usage. */
export const ADDRESS_HEADS: string[] = [
  'avenue', 'boulevard', 'center', 'centre', 'college', 'county', 'court', 'department', 'hall', 'heights',
  'hills', 'mall', 'office', 'parish', 'park', 'road', 'school', 'side', 'square', 'station', 'street',
  'university', 'yard',
];

/** Words that end a street's or a day's name given after a person: "Martin Luther King Jr. Boulevard",
 * "Martin Luther King Jr. Day" (US address and holiday usage). Sorted. */
export const NAMED_AFTER_HEADS: string[] = [
  'avenue', 'boulevard', 'bridge', 'day', 'drive', 'expressway', 'freeway', 'highway', 'lane', 'parkway', 'road',
  'street',
];
