// Source: the names English news uses for religious communities and for God, from general
// knowledge of world religions (adherents' nouns as in common dictionaries). Sorted.

/** Nouns for a faith's adherents or a community within one: "a Kashmiri Pandit", "Iraqi Sunni". */
export const FAITH_COMMUNITIES: string[] = [
  'alawite', 'anglican', 'baptist', 'buddhist', 'catholic', 'christian', 'coptic', 'druze', 'hindu', 'jain', 'jew',
  'lutheran', 'maronite', 'methodist', 'muslim', 'pandit', 'parsi', 'protestant', 'shia', 'shiite', 'sikh', 'sunni',
  'yazidi', 'zoroastrian',
];

/** Names and epithets of God: "Allah Almighty", "God Almighty". */
export const DIVINE_NAMES: string[] = ['allah', 'almighty', 'god'];
