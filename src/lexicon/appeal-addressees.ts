// Source: nouns English news copy uses for the bodies and groups an appeal is addressed to ("urged
// allies to", "asked lawmakers to", "asked parliament to", "directed security chiefs to"); nouns for
// people in general are in victim-nouns.ts.

export const APPEAL_ADDRESSEES: readonly string[] = [
  'agencies', 'allies', 'army', 'authorities', 'banks', 'cabinet', 'chiefs', 'commanders', 'companies',
  'congress', 'countries', 'courts', 'delegates', 'donors', 'employers', 'followers', 'government',
  'governments', 'governors', 'judges', 'lawmakers', 'leaders', 'legislators', 'lenders', 'military',
  'ministers', 'ministries', 'nations', 'negotiators', 'opponents', 'parliament', 'parliaments',
  'participants', 'partners', 'parties', 'public', 'regulators', 'rivals', 'sides', 'states', 'supporters',
  'troops', 'voters',
];
