// Source: common English nouns for people harmed as written in news reports (singular and plural).

/** Nouns naming people; a figure followed by one of these counts people. */
export const VICTIM_NOUNS: readonly string[] = [
  'adult', 'adults', 'agent', 'agents', 'baby', 'babies', 'boy', 'boys', 'bystander', 'bystanders',
  'child', 'children', 'citizen', 'citizens', 'civilian', 'civilians', 'customer', 'customers',
  'deputies', 'deputy', 'employee', 'employees', 'family', 'fighter', 'fighters', 'firefighter',
  'firefighters', 'girl', 'girls', 'guard', 'guards', 'gunman', 'gunmen', 'individual', 'individuals',
  'infant', 'infants', 'insurgent', 'insurgents', 'juvenile', 'juveniles', 'kid', 'kids', 'man',
  'member', 'members', 'men', 'migrant', 'migrants', 'militant', 'militants', 'miner', 'miners',
  'officer', 'officers', 'other', 'others', 'passenger', 'passengers', 'patient', 'patients', 'people',
  'person', 'persons', 'pilgrim', 'pilgrims', 'police', 'policeman', 'policemen', 'protester',
  'protesters', 'rebel', 'rebels', 'refugee', 'refugees', 'resident', 'residents', 'sailor', 'sailors',
  'soldier', 'soldiers', 'student', 'students', 'suspect', 'suspects', 'teen', 'teenager', 'teenagers',
  'teens', 'terrorist', 'terrorists', 'tourist', 'tourists', 'troops', 'victim', 'victims', 'villager',
  'villagers', 'woman', 'women', 'worker', 'workers', 'youth', 'youths',
];

/**
 * Nouns after a figure that show it counts something other than people: "12 shots", "three weeks",
 * "40 homes", "5,000 troops deployed" is caught by having no casualty cue at all.
 */
export const NON_PERSON_NOUNS: readonly string[] = [
  'acres', 'blocks', 'bombs', 'buildings', 'bullets', 'calls', 'cars', 'counts', 'days',
  'degrees', 'dollars', 'feet', 'guns', 'homes', 'hours', 'houses', 'kilometers', 'kilometres',
  'meters', 'metres', 'miles', 'minutes', 'missiles', 'months', 'percent', 'rockets', 'rounds',
  'seats', 'seconds', 'shells', 'shots', 'times', 'vehicles', 'votes', 'weapons', 'weeks', 'yards',
  'years',
];
