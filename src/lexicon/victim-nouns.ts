// Source: common English nouns for people harmed as written in news reports (singular and plural).

/** Nouns naming people; a figure followed by one of these counts people. */
export const VICTIM_NOUNS: readonly string[] = [
  'activist', 'activists', 'adult', 'adults', 'agent', 'agents', 'assailant', 'assailants', 'athlete',
  'athletes', 'attacker', 'attackers', 'aunt', 'aunts', 'babies', 'baby', 'bodyguard', 'bodyguards',
  'bomber', 'bombers', 'boy', 'boyfriend', 'boys', 'brother', 'brothers', 'bystander', 'bystanders', 'cadet',
  'cadets', 'camper', 'campers', 'captive', 'captives', 'child', 'children', 'citizen', 'citizens',
  'civilian', 'civilians', 'classmate', 'classmates', 'climber', 'climbers', 'colleague', 'colleagues',
  'commuter', 'commuters', 'congregant', 'congregants', 'contractor', 'contractors', 'cop', 'cops', 'couple',
  'couples', 'cousin', 'cousins', 'coworker', 'coworkers', 'crew', 'customer', 'customers', 'daughter',
  'daughters', 'demonstrator', 'demonstrators', 'deputies', 'deputy', 'detainee', 'detainees', 'doctor',
  'doctors', 'driver', 'drivers', 'elderly', 'employee', 'employees', 'families', 'family', 'fan', 'fans',
  'farmer', 'farmers', 'father', 'fathers', 'female', 'females', 'fighter', 'fighters', 'firefighter',
  'firefighters', 'fisherman', 'fishermen', 'forces', 'foreigner', 'foreigners', 'friend', 'friends', 'girl',
  'girlfriend', 'girls', 'grandchild', 'grandchildren', 'grandfather', 'grandfathers', 'grandmother',
  'grandmothers', 'guard', 'guards', 'guest', 'guests', 'gunman', 'gunmen', 'herder', 'herders', 'hiker',
  'hikers', 'hostage', 'hostages', 'household', 'households', 'husband', 'husbands', 'individual',
  'individuals', 'infant', 'infants', 'inmate', 'inmates', 'insurgent', 'insurgents', 'jihadist',
  'jihadists', 'journalist', 'journalists', 'juvenile', 'juveniles', 'kid', 'kids', 'local', 'locals',
  'male', 'males', 'man', 'marine', 'marines', 'medic', 'medics', 'member', 'members', 'men', 'merchant',
  'merchants', 'migrant', 'migrants', 'militant', 'militants', 'militiaman', 'militiamen', 'miner', 'miners',
  'minor', 'minors', 'monk', 'monks', 'mother', 'mothers', 'motorist', 'motorists', 'mourner', 'mourners',
  'national', 'nationals', 'neighbor', 'neighbors', 'neighbour', 'neighbours', 'nephew', 'nephews',
  'newborn', 'newborns', 'niece', 'nieces', 'nun', 'nuns', 'nurse', 'nurses', 'occupant', 'occupants',
  'officer', 'officers', 'official', 'officials', 'other', 'others', 'paramedic', 'paramedics', 'parent',
  'parents', 'partygoer', 'partygoers', 'passenger', 'passengers', 'patient', 'patients', 'peacekeeper',
  'peacekeepers', 'pedestrian', 'pedestrians', 'people', 'person', 'personnel', 'persons', 'pilgrim',
  'pilgrims', 'pilot', 'pilots', 'player', 'players', 'police', 'policeman', 'policemen', 'priest',
  'priests', 'prisoner', 'prisoners', 'protester', 'protesters', 'pupil', 'pupils', 'rebel', 'rebels',
  'recruit', 'recruits', 'refugee', 'refugees', 'relative', 'relatives', 'reporter', 'reporters', 'rescuer',
  'rescuers', 'resident', 'residents', 'retiree', 'retirees', 'sailor', 'sailors', 'schoolchild',
  'schoolchildren', 'seaman', 'seamen', 'senior', 'seniors', 'serviceman', 'servicemen', 'settler',
  'settlers', 'shooter', 'shooters', 'shopper', 'shoppers', 'sibling', 'siblings', 'sister', 'sisters',
  'soldier', 'soldiers', 'son', 'sons', 'spectator', 'spectators', 'staff', 'student', 'students', 'suspect',
  'suspects', 'swimmer', 'swimmers', 'teacher', 'teachers', 'teammate', 'teammates', 'teen', 'teenager',
  'teenagers', 'teens', 'terrorist', 'terrorists', 'toddler', 'toddlers', 'tourist', 'tourists', 'trader',
  'traders', 'trekker', 'trekkers', 'trooper', 'troopers', 'troops', 'uncle', 'uncles', 'vendor', 'vendors',
  'victim', 'victims', 'villager', 'villagers', 'volunteer', 'volunteers', 'wife', 'wives', 'woman', 'women',
  'worker', 'workers', 'worshiper', 'worshipers', 'worshipper', 'worshippers', 'youth', 'youths',
];

/**
 * Nouns after a figure that show it counts something other than people: "12 shots", "three weeks",
 * "40 homes", "5,000 troops deployed" is caught by having no casualty cue at all.
 */
export const NON_PERSON_NOUNS: readonly string[] = [
  'acres', 'aircraft', 'animals', 'areas', 'attacks', 'birds', 'blasts', 'blocks', 'boats', 'bombs',
  'bridges', 'buildings', 'bullets', 'businesses', 'calls', 'camels', 'cars', 'cattle', 'chickens',
  'counties', 'countries', 'counts', 'cows', 'days', 'degrees', 'districts', 'dogs', 'dollars', 'drones',
  'explosions', 'feet', 'firearms', 'flights', 'goals', 'goats', 'grenades', 'guns', 'handguns', 'head',
  'helicopters', 'homes', 'horses', 'hours', 'houses', 'incidents', 'jets', 'kilometers', 'kilometres',
  'livestock', 'meters', 'metres', 'miles', 'minutes', 'missiles', 'months', 'mortars', 'munitions',
  'percent', 'pigs', 'pistols', 'planes', 'points', 'projectiles', 'provinces', 'raids', 'regions', 'rifles',
  'roads', 'rockets', 'rounds', 'runs', 'schools', 'seats', 'seconds', 'sheep', 'shells', 'shootings',
  'shots', 'states', 'strikes', 'structures', 'tanks', 'times', 'towns', 'trains', 'trees', 'vehicles',
  'villages', 'votes', 'warplanes', 'warrants', 'weapons', 'weeks', 'wickets', 'yards', 'years',
];
