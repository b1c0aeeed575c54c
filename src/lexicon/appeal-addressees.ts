// Source: plural nouns English news copy uses for the bodies and groups an appeal is addressed to
// ("urged allies to", "asked lawmakers to"); nouns for people in general are in victim-nouns.ts.

export const APPEAL_ADDRESSEES: readonly string[] = [
  'allies', 'authorities', 'banks', 'companies', 'countries', 'courts', 'delegates', 'donors', 'employers',
  'governments', 'governors', 'judges', 'lawmakers', 'leaders', 'legislators', 'lenders', 'ministers',
  'nations', 'negotiators', 'opponents', 'parliaments', 'participants', 'partners', 'parties', 'regulators',
  'rivals', 'sides', 'states', 'troops', 'voters',
];
