// Source: the areas of government that name a minister's, secretary's or commissioner's portfolio
// ("Railway Minister", "Information Minister", "Fire Commissioner", "Minister of Foreign Affairs"),
// from general knowledge of cabinet and agency titles in English-language news. Sorted.

/** Words naming a portfolio; they belong to the office as written, before it or after "of". */
export const PORTFOLIO_WORDS: string[] = [
  'affairs', 'agriculture', 'aviation', 'broadcasting', 'budget', 'civil', 'climate', 'commerce', 'communications',
  'culture', 'defence', 'defense', 'development', 'digital', 'economy', 'education', 'electoral', 'emergencies',
  'emergency', 'employment', 'energy', 'environment', 'equality', 'external', 'finance', 'fire', 'fisheries', 'food',
  'foreign', 'gas', 'health', 'heritage', 'home', 'housing', 'human', 'immigration', 'industry', 'information',
  'infrastructure', 'intelligence', 'interior', 'irrigation', 'justice', 'labor', 'labour', 'land', 'lands', 'law',
  'military', 'mines', 'mining', 'modernisation', 'modernization', 'oil', 'petroleum', 'planning', 'policy',
  'political', 'power', 'railway', 'railways', 'religious', 'rights', 'safety', 'science', 'senate', 'social',
  'sport', 'sports', 'technology', 'telecommunications', 'tourism', 'trade', 'transport', 'transportation',
  'veterans', 'water', 'welfare', 'works', 'youth',
];
