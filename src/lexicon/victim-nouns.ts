// Source: common English nouns for people harmed as written in news reports (singular and plural).

/** Nouns naming people; a figure followed by one of these counts people. */
export const VICTIM_NOUNS: readonly string[] = [
  'adult', 'adults', 'agent', 'agents', 'babies', 'baby', 'boy', 'boyfriend', 'boys', 'brother', 'brothers',
  'bystander', 'bystanders', 'child', 'children', 'citizen', 'citizens', 'civilian', 'civilians',
  'classmate', 'classmates', 'congregant', 'congregants', 'couple', 'couples', 'cousin', 'cousins', 'crew',
  'customer', 'customers', 'daughter', 'daughters', 'deputies', 'deputy', 'doctor', 'doctors', 'driver',
  'drivers', 'employee', 'employees', 'families', 'family', 'fan', 'fans', 'farmer', 'farmers', 'father', 'fathers',
  'female', 'females', 'fighter', 'fighters', 'firefighter', 'firefighters', 'fisherman', 'fishermen',
  'friend', 'friends', 'girl', 'girlfriend', 'girls', 'guard', 'guards', 'guest', 'guests', 'gunman',
  'gunmen', 'hiker', 'hikers', 'household', 'households', 'husband', 'husbands', 'individual', 'individuals',
  'infant', 'infants', 'inmate', 'inmates', 'insurgent', 'insurgents', 'journalist', 'journalists',
  'juvenile', 'juveniles', 'kid', 'kids', 'male', 'males', 'man', 'member', 'members', 'men', 'migrant',
  'migrants', 'militant', 'militants', 'miner', 'miners', 'mother', 'mothers', 'motorist', 'motorists',
  'neighbor', 'neighbors', 'neighbour', 'neighbours', 'nurse', 'nurses', 'occupant', 'occupants', 'officer',
  'officers', 'other', 'others', 'parent', 'parents', 'partygoer', 'partygoers', 'passenger', 'passengers',
  'patient', 'patients', 'pedestrian', 'pedestrians', 'people', 'person', 'persons', 'pilgrim', 'pilgrims',
  'police', 'policeman', 'policemen', 'prisoner', 'prisoners', 'protester', 'protesters', 'rebel', 'rebels',
  'refugee', 'refugees', 'relative', 'relatives', 'resident', 'residents', 'sailor', 'sailors', 'shopper',
  'shoppers', 'sibling', 'siblings', 'sister', 'sisters', 'soldier', 'soldiers', 'son', 'sons', 'spectator',
  'spectators', 'staff', 'student', 'students', 'suspect', 'suspects', 'teacher', 'teachers', 'teen',
  'teenager', 'teenagers', 'teens', 'terrorist', 'terrorists', 'toddler', 'toddlers', 'tourist', 'tourists',
  'troops', 'victim', 'victims', 'villager', 'villagers', 'volunteer', 'volunteers', 'wife', 'wives',
  'woman', 'women', 'worker', 'workers', 'worshiper', 'worshipers', 'worshipper', 'worshippers', 'youth',
  'youths',
];

/**
 * Nouns after a figure that show it counts something other than people: "12 shots", "three weeks",
 * "40 homes", "5,000 troops deployed" is caught by having no casualty cue at all.
 */
export const NON_PERSON_NOUNS: readonly string[] = [
  'acres', 'blocks', 'bombs', 'buildings', 'bullets', 'calls', 'cars', 'counts', 'days', 'degrees',
  'dollars', 'feet', 'guns', 'homes', 'hours', 'houses', 'kilometers', 'kilometres', 'meters', 'metres',
  'miles', 'minutes', 'missiles', 'months', 'percent', 'rockets', 'rounds', 'seats', 'seconds', 'shells',
  'shots', 'times', 'vehicles', 'votes', 'weapons', 'weeks', 'yards', 'years',
];
