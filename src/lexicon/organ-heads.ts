// Source: the common nouns English news uses for a state's own bodies when it names them in lower
// case after the state ("the Russian foreign ministry", "the Israeli army"), from general usage. Sorted.

/** Heads of civil organs: with the state before them they name one body, acting or not. */
export const STATE_ORGAN_HEADS: string[] = ['agency', 'department', 'embassy', 'ministry', 'office', 'service'];

/** Armed forces and police, word by word: a body only where they act ("the Israeli army said"). */
export const ARMED_FORCE_HEADS: string[][] = [['air', 'force'], ['army'], ['coast', 'guard'], ['military'], ['navy'], ['police']];

/**
 * Head nouns of a UN body named by what it does ("the U.N. human rights office", "the UN refugee agency"),
 * from the UN system's own descriptions of its agencies, offices, courts and missions.
 */
export const UN_BODY_HEADS: string[] = ['agency', 'body', 'commission', 'court', 'force', 'mission', 'office', 'panel', 'programme', 'tribunal', 'watchdog'];
