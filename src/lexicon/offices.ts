// Source: titles of public offices and roles as printed before or after names in English-language news,
// from general knowledge. Multi-word titles are listed whole; the longest match wins.

export const OFFICES: string[] = [
  'Adm.', 'Admiral', 'Ambassador', 'Attorney General', 'Bishop', 'Brig.', 'Brig. Gen.', 'Brigadier', 'Brigadier General', 'Capt.', 'Captain',
  'Cardinal', 'Chairman', 'Chairperson', 'Chairwoman', 'Chancellor', 'Chief', 'Chief Executive', 'Chief Justice', 'Chief Minister',
  'Chief of Staff', 'Col.', 'Colonel', 'Commander', 'Commissioner', 'Congressman', 'Congresswoman', 'Crown Prince',
  'Defence Minister', 'Defense Minister', 'Defense Secretary', 'Deputy Foreign Minister', 'Deputy Prime Minister',
  'Director', 'Economy Minister', 'Emir', 'Emperor', 'Envoy', 'Finance Minister', 'First Lady', 'Foreign Minister',
  'Foreign Secretary', 'FM', 'Gen.', 'General', 'Gov.', 'Governor', 'Health Minister', 'Home Secretary',
  'Interior Minister', 'Judge', 'Justice', 'Justice Minister', 'King', 'Leader', 'Lieutenant', 'Lieutenant Colonel',
  'Lieutenant General', 'Lt.', 'Lt. Col.', 'Lt. Gen.', 'Maj.', 'Maj. Gen.', 'Major', 'Major General', 'Mayor',
  'Minister', 'Minister of State', 'PM', 'Pope', 'Premier', 'Pres.', 'President', 'President-elect', 'Press Secretary', 'Prime Minister', 'Prince',
  'Princess', 'Professor', 'Queen', 'Rep.', 'Representative', 'Secretary', 'Secretary General',
  'Secretary of Defense', 'Secretary of State', 'Secretary-General', 'Sen.', 'Senator', 'Sergeant', 'Sgt.', 'Sheikh',
  'Speaker', 'Spokesman', 'Spokesperson', 'Spokeswoman', 'Sultan', 'Supreme Leader', 'Treasury Secretary', 'Under Secretary',
  'Under Secretary of State',
  'Vice Premier', 'Vice President', 'Vice President-elect',
];

/** Lower-case role nouns that stand before a name ("spokesman Dmitry Peskov") or after a comma. */
export const ROLE_NOUNS: string[] = [
  'adviser', 'advisor', 'aide', 'ambassador', 'captain', 'chairman', 'chief', 'coach', 'commander', 'delegate', 'diplomat',
  'director', 'editor', 'envoy', 'general', 'governor', 'journalist', 'leader', 'manager', 'mayor', 'minister',
  'negotiator', 'officer', 'official', 'president', 'prosecutor', 'rapporteur', 'spokesman', 'spokesperson', 'spokeswoman', 'striker', 'whip',
];

/** Short forms of offices, given in the written-out form a reader knows ("PM Modi" is Prime Minister Modi). */
export const OFFICE_ABBREVIATIONS: Record<string, string> = { FM: 'Foreign Minister', PM: 'Prime Minister', 'Pres.': 'President' };

/** Offices whose holder may be referred back to as "the president", "the minister". */
export const HEAD_OF_STATE_TITLES: string[] = ['Chancellor', 'King', 'President', 'Prime Minister', 'Supreme Leader'];

/** Words that qualify an office and belong to the title as written ("deputy spokesperson", "acting governor"). */
export const OFFICE_MODIFIERS: string[] = [
  'acting', 'assistant', 'chief', 'deputy', 'floor', 'former', 'government', 'local', 'medical', 'national',
  'police', 'political', 'security', 'senior', 'special', 'vice',
];

/**
 * Military ranks and styles of royalty: a role written after the name says more about what the
 * person does here ("Major General X, the chief military spokesman", "Prince Y, Minister of ...").
 */
export const RANKS_AND_STYLES: string[] = [
  'Adm.', 'Admiral', 'Brig.', 'Brig. Gen.', 'Brigadier', 'Brigadier General', 'Capt.', 'Captain', 'Col.', 'Colonel', 'Gen.', 'General', 'Lieutenant',
  'Lieutenant Colonel', 'Lieutenant General', 'Lt', 'Lt Col', 'Lt.', 'Lt. Col.', 'Lt. Gen.', 'Maj.', 'Maj. Gen.', 'Major',
  'Major General', 'Prince', 'Princess', 'Sergeant', 'Sgt.', 'Sheikh',
];

/** State forms written before "of" in a state's formal name ("Republic of Korea", "Kingdom of Saudi Arabia"). */
export const STATE_FORMS: string[] = ['commonwealth', 'emirate', 'federation', 'kingdom', 'principality', 'republic', 'sultanate', 'union'];
