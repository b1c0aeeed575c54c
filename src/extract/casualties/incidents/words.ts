// Words that name an incident and the adjectives that set one apart from the story's own.
// Source: wire-copy usage ("in a separate attack", "a similar bombing", "an earlier raid").

export const INCIDENT_NOUNS: readonly string[] = [
  'accident',
  'ambush',
  'assault',
  'attack',
  'attacks',
  'blast',
  'bombing',
  'bombings',
  'clash',
  'clashes',
  'crash',
  'explosion',
  'incident',
  'incidents',
  'operation',
  'raid',
  'shooting',
  'shootings',
  'strike',
  'strikes',
];

export const OTHER_INCIDENT_ADJECTIVES: readonly string[] = ['different', 'earlier', 'previous', 'separate', 'similar', 'unrelated'];
