// Source: romanised Chinese (pinyin) and Vietnamese name syllables that compromise 14 tags as
// English function words (He as a pronoun, Jun as a month, Hai/Dang/Ya as expressions), found by
// tagging every pinyin syllable inside a name ("Vice Premier He Lifeng", "Dong Jun", "Liu He").

export const FUNCTION_WORD_NAME_SYLLABLES: string[] = ['dang', 'hai', 'he', 'jun', 'ya'];
