// Source: the nouns English news uses for a member of a political party ("a Democrat", "a Tory
// MP"), from general usage in US, UK, Canadian and Australian copy. Sorted.

/** One party member's noun, capitalised in copy but no one's name. */
export const PARTY_MEMBER_NOUNS: string[] = ['conservative', 'democrat', 'labourite', 'liberal', 'republican', 'tory'];
