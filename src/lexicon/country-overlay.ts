// Our overlay on the world-countries package (world-countries.ts): what English-language news writes
// and the package lacks or words otherwise. Keys are the package's ISO 3166-1 alpha-3 codes, sorted.
// Sources: the AP Stylebook and Reuters style for printed names, short forms and demonyms; the
// package for everything not listed here. Each entry says what the package has instead.

/** The name actors carry where it differs from the package's common name (AP/Reuters style). */
export const PRINTED_NAMES: Record<string, string> = {
  COD: 'Democratic Republic of the Congo', // package "DR Congo"
  CZE: 'Czech Republic', // package "Czechia"
  STP: 'Sao Tome and Principe', // package "São Tomé and Príncipe"
  TLS: 'East Timor', // package "Timor-Leste"
  TUR: 'Turkey', // package "Türkiye"
};

/** States the package does not mark independent that news reports as acting states. */
export const STATES_NOT_INDEPENDENT_IN_PACKAGE: string[] = [
  'PSE', // Palestine
  'TWN', // Taiwan
  'UNK', // Kosovo (a code the package assigns)
];

/**
 * Short forms news prints. "one-word" marks a name the package has among its one-word other names,
 * which are left out as a rule (countries.ts); the rest the package lacks.
 */
export const ALIASES: Record<string, string[]> = {
  ARE: ['U.A.E.'],
  BHS: ['The Bahamas'],
  BIH: ['Bosnia'],
  CHN: ['PRC'],
  CIV: ["Côte d'Ivoire"], // the UN's English short name; the package has it as a French name
  COG: ['Congo'], // one-word
  CPV: ['Cabo Verde'], // package: "Republic of Cabo Verde" only
  GBR: ['Britain', 'U.K.', 'UK'], // package: "UK" is two letters, as its codes are
  GMB: ['The Gambia'],
  KOR: ['ROK'],
  MKD: ['Macedonia'], // one-word, the name before 2019
  MMR: ['Burma'], // one-word, the name before 1989
  NLD: ['Holland'], // one-word
  PHL: ['The Philippines'],
  PSE: ['Palestinian Territories'],
  SUR: ['Surinam'],
  SWZ: ['Swaziland'], // one-word, the name before 2018
  TTO: ['Trinidad'],
  USA: ['America', 'U.S.', 'U.S.A.', 'US'], // package: "US" is two letters, as its codes are
  VAT: ['Holy See', 'Vatican'], // "Vatican" one-word
};

/**
 * Package names left out: the tokens split "People's Republic of China" after the possessive, so
 * its tail would read as Taiwan.
 */
export const NOT_ALIASES: Record<string, string[]> = {
  TWN: ['Republic of China'],
};

/** Demonyms news prints besides the package's one (given after each). */
export const DEMONYMS: Record<string, string[]> = {
  AFG: ['Afghani'], // Afghan
  ARG: ['Argentinian'], // Argentine
  AZE: ['Azeri'], // Azerbaijani
  BLR: ['Belarussian'], // Belarusian
  BWA: ['Botswanan'], // Motswana
  COM: ['Comorian'], // Comoran
  CPV: ['Cape Verdean'], // Cape Verdian
  DJI: ['Djiboutian'], // "Djibouti", the name
  DNK: ['Dane'], // Danish
  ECU: ['Ecuadorian'], // Ecuadorean
  ESP: ['Spaniard'], // Spanish
  FIN: ['Finn'], // Finnish
  GBR: ['Briton'], // British
  GNB: ['Bissau-Guinean'], // Guinea-Bissauan
  GNQ: ['Equatoguinean'], // Equatorial Guinean
  HRV: ['Croat'], // Croatian
  IRN: ['Persian'], // Iranian
  ISL: ['Icelandic'], // Icelander
  KAZ: ['Kazakh'], // Kazakhstani
  KGZ: ['Kyrgyz'], // Kirghiz
  LAO: ['Lao'], // Laotian
  LSO: ['Basotho'], // Mosotho
  LUX: ['Luxembourgish'], // Luxembourger
  MDV: ['Maldivian'], // Maldivan
  NPL: ['Nepali'], // Nepalese
  PHL: ['Philippine'], // Filipino
  POL: ['Pole'], // Polish
  SAU: ['Saudi'], // Saudi Arabian
  SLV: ['Salvadorean'], // Salvadoran
  SRB: ['Serb'], // Serbian
  STP: ['Santomean'], // Sao Tomean
  SUR: ['Surinamese'], // Surinamer
  SVK: ['Slovakian'], // Slovak
  SVN: ['Slovenian'], // Slovene
  SWE: ['Swede'], // Swedish
  TJK: ['Tajik', 'Tajikistani'], // Tadzhik
  TLS: ['Timorese'], // East Timorese
  TUR: ['Turk'], // Turkish
  USA: ['U.S.', 'US'], // American; the short names as adjectives: "US President"
  UZB: ['Uzbek'], // Uzbekistani
  VCT: ['Vincentian'], // Saint Vincentian
};

/** A demonym two states share in the package, and the state news means by it. */
export const SHARED_DEMONYMS: Record<string, string> = {
  Congolese: 'Democratic Republic of the Congo',
  Dominican: 'Dominican Republic',
};

/** The seat of government where the package's first capital is another ("Moscow said" names the seat). */
export const SEATS_OF_GOVERNMENT: Record<string, string[]> = {
  BOL: ['La Paz'], // constitutional capital Sucre
  SWZ: ['Mbabane'], // royal and legislative capital Lobamba
};

/** Capitals as news spells them, besides the package's spelling. */
export const CAPITAL_SPELLINGS: Record<string, string[]> = {
  KIR: ['Tarawa'], // package "South Tarawa"
  MNG: ['Ulaanbaatar'], // package "Ulan Bator"
  SMR: ['San Marino'], // package "City of San Marino"
  USA: ['Washington'], // package "Washington D.C."
  YEM: ['Sanaa'], // package "Sana'a"
};

/** Capitals whose names are also common words or given names, never read as the government. */
export const CAPITALS_NOT_METONYMS: string[] = ['Male', 'Malé', 'Victoria'];

/** Former states, which the package (today's states) lacks and archives (CoNLL-2003 is 1996) name. */
export const FORMER_STATES: { name: string; demonyms: string[]; aliases: string[] }[] = [
  { name: 'Czechoslovakia', demonyms: ['Czechoslovak'], aliases: [] },
  { name: 'Soviet Union', demonyms: ['Soviet'], aliases: ['USSR', 'U.S.S.R.'] },
  { name: 'Yugoslavia', demonyms: ['Yugoslav'], aliases: [] },
  { name: 'Zaire', demonyms: ['Zairean', 'Zairian'], aliases: [] },
];

/** The nations of the United Kingdom, which field their own national sides in sport. */
export const HOME_NATIONS: string[] = ['England', 'Northern Ireland', 'Scotland', 'Wales'];
