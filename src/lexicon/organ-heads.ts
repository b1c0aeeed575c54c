// Source: the common nouns English news uses for a state's own bodies when it names them in lower
// case after the state ("the Russian foreign ministry", "the Israeli army"), from general usage. Sorted.

/** Heads of civil organs: with the state before them they name one body, acting or not. */
export const STATE_ORGAN_HEADS: string[] = ['agency', 'department', 'embassy', 'ministry', 'office', 'service'];

/** Armed forces and police, word by word: a body only where they act ("the Israeli army said"). */
export const ARMED_FORCE_HEADS: string[][] = [['air', 'force'], ['army'], ['coast', 'guard'], ['military'], ['navy'], ['police']];
