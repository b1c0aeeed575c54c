// Source: the verbs English news copy uses for making an appeal one's own, with the noun as
// object ("renewed his call for", "joined calls for", "echoed calls on X to", "issued an appeal
// for"); other verbs before the noun ("rejected calls for", "welcomed the call for") leave the
// appeal to someone else. Past and -s forms, as they stand before the noun.

export const APPEAL_ADOPTING_VERBS: readonly string[] = [
  'added', 'adds', 'amplified', 'amplifies', 'echoed', 'echoes', 'intensified', 'intensifies', 'issued',
  'issues', 'joined', 'joins', 'launched', 'launches', 'led', 'leads', 'made', 'makes',
  'redoubled', 'redoubles', 'reiterated', 'reiterates', 'renewed', 'renews', 'repeated', 'repeats',
  'revived', 'revives', 'sent', 'sends', 'stepped', 'steps', 'voiced', 'voices',
];
