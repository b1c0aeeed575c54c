// Irregular English past-tense verb forms (regular ones end in -ed). Source: standard English grammar, common irregular verbs.

export const IRREGULAR_PAST_VERBS: readonly string[] = [
  'arose', 'ate', 'awoke', 'became', 'befell', 'began', 'bent', 'bit', 'bled', 'blew', 'bore', 'bought', 'bred',
  'broke', 'brought', 'built', 'came', 'caught', 'chose', 'clung', 'crept', 'dealt', 'did', 'drank', 'drew', 'drove',
  'dug', 'fed', 'fell', 'felt', 'fled', 'flew', 'flung', 'forbade', 'foresaw', 'forgave', 'forgot', 'fought',
  'found', 'froze', 'gave', 'got', 'grew', 'had', 'heard', 'held', 'hid', 'hit', 'hung', 'kept', 'knelt', 'knew',
  'leapt', 'led', 'left', 'lent', 'lit', 'lost', 'made', 'meant', 'met', 'mistook', 'outran', 'overcame', 'overran',
  'oversaw', 'overthrew', 'overtook', 'paid', 'ran', 'rang', 'rebuilt', 'retook', 'rode', 'rose', 'said', 'sang',
  'sank', 'sat', 'saw', 'sent', 'shone', 'shook', 'shot', 'shrank', 'shut', 'slept', 'slew', 'slid', 'sold',
  'sought', 'sped', 'spent', 'spoke', 'sprang', 'spun', 'stank', 'stole', 'stood', 'strode', 'strove', 'struck',
  'stuck', 'stung', 'swam', 'swept', 'swore', 'swung', 'taught', 'thought', 'threw', 'told', 'took', 'tore',
  'understood', 'undertook', 'underwent', 'upheld', 'was', 'went', 'wept', 'were', 'withdrew', 'withheld',
  'withstood', 'woke', 'won', 'wore', 'wove', 'wrote',
];

/** Words ending in -ed that are not past-tense verbs. */
export const NOT_PAST_ED_WORDS: readonly string[] = [
  'bed', 'bleed', 'breed', 'exceed', 'feed', 'freed', 'hundred', 'indeed', 'need', 'proceed',
  'red', 'seed', 'shed', 'shred', 'sled', 'speed', 'succeed', 'wed', 'weed',
];
