// Irregular English past-tense verb forms (regular ones end in -ed). Source: standard English grammar, common irregular verbs.

export const IRREGULAR_PAST_VERBS: readonly string[] = [
  'ate', 'became', 'began', 'bought', 'broke', 'brought', 'built', 'came', 'caught', 'chose', 'did', 'drew',
  'drove', 'fell', 'felt', 'fled', 'flew', 'fought', 'found', 'gave', 'got', 'grew', 'had', 'heard', 'held',
  'hit', 'kept', 'knew', 'led', 'left', 'lost', 'made', 'meant', 'met', 'paid', 'ran', 'rang', 'rose',
  'said', 'sank', 'sat', 'saw', 'sent', 'shot', 'shut', 'slid', 'sold', 'sought', 'spent', 'spoke', 'stole',
  'stood', 'stuck', 'struck', 'swore', 'taught', 'thought', 'threw', 'told', 'took', 'underwent', 'was', 'went',
  'were', 'withdrew', 'won', 'wore', 'wrote',
];

/** Words ending in -ed that are not past-tense verbs. */
export const NOT_PAST_ED_WORDS: readonly string[] = [
  'bed', 'bleed', 'breed', 'exceed', 'feed', 'freed', 'hundred', 'indeed', 'need', 'proceed',
  'red', 'seed', 'shed', 'shred', 'sled', 'speed', 'succeed', 'wed', 'weed',
];
