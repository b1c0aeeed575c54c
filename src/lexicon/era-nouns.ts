// Nouns after "today's" or "tomorrow's" that make it the present or the future in general, not a day of the
// story: "today's youth", "in today's world", "tomorrow's leaders" (TempEval-3 leaves such generic uses unmarked;
// "today's vote" is a day). Source: English usage; the TIMEX guidelines' generic "today".

export const ERA_NOUNS: readonly string[] = [
  'adults', 'cars', 'children', 'citizens', 'companies', 'computers', 'consumers', 'culture', 'dollars', 'economy',
  'families', 'generation', 'generations', 'kids', 'leaders', 'parents', 'phones', 'society', 'standards', 'students',
  'technology', 'teenagers', 'teens', 'terms', 'voters', 'workers', 'world', 'young', 'youngsters', 'youth',
];
