// Source: the English nouns for members of one's own family and household, and close friends
// ("his brother", "her daughter", "their son"): what someone asks of them is a private request.

export const KIN_NOUNS: readonly string[] = [
  'aunt', 'boyfriend', 'brother', 'brothers', 'child', 'children', 'cousin', 'cousins', 'dad', 'daughter',
  'daughters', 'father', 'fiance', 'fiancee', 'friend', 'friends', 'girlfriend', 'grandchildren', 'granddaughter',
  'grandfather', 'grandmother', 'grandson', 'husband', 'kids', 'mom', 'mother', 'mum', 'nephew', 'niece',
  'parents', 'partner', 'roommate', 'sister', 'sisters', 'son', 'sons', 'stepfather', 'stepmother', 'stepson',
  'uncle', 'wife',
];
