// Source: nouns English news copy uses for the bodies and groups an appeal is addressed to ("urged
// allies to", "asked lawmakers to", "asked parliament to", "directed security chiefs to"); nouns for
// people in general are in victim-nouns.ts.

export const APPEAL_ADDRESSEES: readonly string[] = [
  'agencies', 'airlines', 'allies', 'army', 'authorities', 'banks', 'businesses', 'cabinet', 'chiefs',
  'cities', 'commanders', 'companies', 'congress', 'consumers', 'countries', 'courts', 'creditors',
  'delegates', 'donors', 'employers', 'exporters', 'firms', 'followers', 'government', 'governments',
  'governors', 'hospitals', 'insurers', 'investors', 'judges', 'lawmakers', 'leaders', 'legislators',
  'lenders', 'manufacturers', 'military', 'ministers', 'ministries', 'municipalities', 'nations',
  'negotiators', 'operators', 'opponents', 'parliament', 'parliaments', 'participants', 'parties', 'partners',
  'producers', 'provinces', 'public', 'regions', 'regulators', 'retailers', 'rivals', 'schools',
  'shareholders', 'sides', 'states', 'supporters', 'troops', 'universities', 'voters',
];
