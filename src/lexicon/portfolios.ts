// Source: the areas of government that name a minister's, secretary's or commissioner's portfolio
// ("Railway Minister", "Information Minister", "Fire Commissioner", "Minister of Foreign Affairs"),
// from general knowledge of cabinet and agency titles in English-language news. Sorted.

/** Words naming a portfolio; they belong to the office as written, before it or after "of". */
export const PORTFOLIO_WORDS: string[] = [
  'affairs', 'agriculture', 'broadcasting', 'civil', 'commerce', 'communications', 'culture', 'defence', 'defense',
  'development', 'economy', 'education', 'electoral', 'energy', 'environment', 'external', 'finance', 'fire', 'fisheries',
  'foreign', 'health', 'home', 'housing', 'human', 'industry', 'information', 'infrastructure', 'intelligence', 'interior',
  'labor', 'labour', 'military', 'modernisation', 'modernization', 'petroleum', 'planning', 'policy', 'political',
  'railway', 'railways', 'rights', 'safety', 'senate',
  'tourism', 'trade', 'transport', 'transportation', 'welfare', 'youth',
];
