// Source: English compass adjectives as written before a place in news copy ("in western India",
// "in the northeastern Borno State"), lower case.

export const COMPASS_ADJECTIVES: string[] = [
  'central', 'east', 'eastern', 'north', 'northeast', 'northeastern', 'northern', 'northwest', 'northwestern', 'south',
  'southeast', 'southeastern', 'southern', 'southwest', 'southwestern', 'west', 'western',
];
