// Source: titles of public offices and roles as printed before or after names in English-language news,
// from general knowledge. Multi-word titles are listed whole; the longest match wins.

export const OFFICES: string[] = [
  'Adm.', 'Admiral', 'Ambassador', 'Archbishop', 'Assemblyman', 'Assemblywoman', 'Attorney Gen.', 'Attorney General',
  'Ayatollah', 'Bishop', 'Brig.', 'Brig. Gen.', 'Brigadier', 'Brigadier General', 'Cabinet Secretary', 'Capt.',
  'Captain', 'Cardinal', 'CEO', 'Chairman', 'Chairperson', 'Chairwoman', 'Chancellor', 'Chief', 'Chief Cabinet Secretary',
  'Chief Executive', 'Chief Executive Officer', 'Chief Financial Officer', 'Chief Justice', 'Chief Minister', 'Chief of Staff', 'Chief Operating Officer',
  'Chief Prosecutor', 'Chief Secretary', 'Col.', 'Colonel', 'Commander', 'Commissioner', 'Commissioner of Police',
  'Congressman', 'Congresswoman', 'Councillor', 'Councilman', 'Councilwoman', 'Crown Prince', 'Defence Minister',
  'Defense Minister', 'Defense Secretary', 'Deputy Commissioner', 'Deputy Foreign Minister', 'Deputy Premier',
  'Deputy Prime Minister', 'Director', 'Director General', 'Director-General', 'District Attorney',
  'District Magistrate', 'Economy Minister', 'Emir', 'Emperor', 'Envoy', 'Field Marshal', 'Finance Minister',
  'First Lady', 'First Minister', 'First Vice President', 'FM', 'Foreign Minister', 'Foreign Secretary', 'Gen.',
  'General', 'General Manager', 'General Secretary', 'Gov.', 'Governor', 'Governor General', 'Governor-General',
  'Grand Ayatollah', 'Grand Mufti', 'Health Minister', 'High Commissioner', 'High Representative', 'Home Minister',
  'Home Secretary', 'Imam', 'Inspector General', 'Inspector General of Police', 'Interior Minister', 'Judge',
  'Justice', 'Justice Minister', 'King', 'Leader', 'Lieutenant', 'Lieutenant Colonel', 'Lieutenant General',
  'Lieutenant Governor', 'Lt.', 'Lt. Col.', 'Lt. Gen.', 'Lt. Gov.', 'Maj.', 'Maj. Gen.', 'Major', 'Major General',
  'Majority Leader', 'Managing Director', 'Mayor', 'Minister', 'Minister of State', 'Minority Leader',
  'National Security Adviser', 'National Security Advisor', 'Patriarch', 'PM', 'Police Chief', 'Police Commissioner',
  'Pope', 'Premier', 'Pres.', 'President', 'President-elect', 'Press Secretary', 'Prime Minister', 'Prince',
  'Princess', 'Professor', 'Prosecutor', 'Prosecutor General', 'Queen', 'Rabbi', 'Rear Admiral', 'Rep.',
  'Representative', 'Secretary', 'Secretary General', 'Secretary of Defense', 'Secretary of State',
  'Secretary-General', 'Sen.', 'Senator', 'Senior Superintendent of Police', 'Sergeant', 'Sgt.', 'Sheikh', 'Sheriff',
  'Solicitor General', 'Speaker', 'Spokesman', 'Spokesperson', 'Spokeswoman', 'State Counsellor', 'State Rep.',
  'State Representative', 'State Sen.', 'State Senator', 'Sultan',
  'Superintendent', 'Superintendent of Police', 'Supreme Leader', 'Surgeon General', 'Taoiseach', 'Treasury Secretary',
  'Under Secretary', 'Under Secretary of State', 'Undersecretary', 'Vice Admiral', 'Vice Chairman', 'Vice Chancellor',
  'Vice Premier', 'Vice President', 'Vice President-elect',
];

/** Lower-case role nouns that stand before a name ("spokesman Dmitry Peskov") or after a comma. */
export const ROLE_NOUNS: string[] = [
  'adviser', 'advisor', 'aide', 'ambassador', 'attorney', 'captain', 'chairman', 'chancellor', 'chief', 'coach',
  'commandant', 'commander', 'commissioner', 'counsel', 'delegate', 'diplomat', 'director', 'editor', 'envoy',
  'general', 'governor', 'journalist', 'lawmaker', 'lawyer', 'leader', 'legislator', 'magistrate', 'manager', 'mayor',
  'minister', 'negotiator', 'officer', 'official', 'premier', 'president', 'prosecutor', 'rapporteur', 'ruler',
  'senator', 'sheriff', 'spokesman', 'spokesperson', 'spokeswoman', 'striker', 'superintendent', 'whip',
];

/** Short forms of offices, given in the written-out form a reader knows ("PM Modi" is Prime Minister Modi). */
export const OFFICE_ABBREVIATIONS: Record<string, string> = { FM: 'Foreign Minister', PM: 'Prime Minister', 'Pres.': 'President' };

/** Offices whose holder may be referred back to as "the president", "the minister". */
export const HEAD_OF_STATE_TITLES: string[] = ['Chancellor', 'King', 'President', 'Prime Minister', 'Supreme Leader'];

/** Words that qualify an office and belong to the title as written ("deputy spokesperson", "acting governor"). */
export const OFFICE_MODIFIERS: string[] = [
  'acting', 'army', 'assistant', 'caretaker', 'chief', 'defence', 'defense', 'deputy', 'floor', 'former',
  'government', 'interim', 'junta', 'local', 'medical', 'national', 'opposition', 'parliamentary',
  'police', 'political', 'regional', 'security', 'senior', 'special', 'top', 'vice',
];

/**
 * Military ranks and styles of royalty: a role written after the name says more about what the
 * person does here ("Major General X, the chief military spokesman", "Prince Y, Minister of ...").
 */
export const RANKS_AND_STYLES: string[] = [
  'Adm.', 'Admiral', 'Brig.', 'Brig. Gen.', 'Brigadier', 'Brigadier General', 'Capt.', 'Captain',
  'Col.', 'Colonel', 'Field Marshal', 'Gen.', 'General', 'Lieutenant', 'Lieutenant Colonel', 'Lieutenant General',
  'Lt', 'Lt Col', 'Lt.', 'Lt. Col.', 'Lt. Gen.', 'Maj.', 'Maj. Gen.', 'Major', 'Major General', 'Prince', 'Princess',
  'Rear Admiral', 'Sergeant', 'Sgt.', 'Sheikh', 'Vice Admiral',
];

/** Religious styles written before a Shi'ite cleric's name ("Supreme Leader Ayatollah Ali Khamenei"); source: news usage. */
export const RELIGIOUS_STYLES: string[] = ['Ayatollah', 'Grand Ayatollah'];

/** State forms written before "of" in a state's formal name ("Republic of Korea", "Kingdom of Saudi Arabia"). */
export const STATE_FORMS: string[] = ['commonwealth', 'emirate', 'federation', 'kingdom', 'principality', 'republic', 'sultanate', 'union'];
