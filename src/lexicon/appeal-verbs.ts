// Source: the verbs and verb phrases English news copy uses to report that someone asks for
// something (urge, call for, demand, appeal, insist, press, stress the need or the importance);
// "…" stands for up to six words ("reiterated Moscow's stance in favour of"). Each row names a
// trigger rule and a verb with what follows it; the verb is read in all its forms ("press",
// "presses", "pressed", "pressing"), since wire copy tells appeals in every tense.

export interface AppealVerb {
  phrase: string;
  /** The named trigger rule the phrase belongs to (--explain shows it). */
  rule: string;
  /**
   * Who appeals: the clause subject, the noun after "by"/"from" ("calls by the cabinet to resign"),
   * the speaker the sentence is about ("X said the party will act if Y does not resign"), or the
   * speaker named after the proposal ("Y should resign, X said").
   */
  agent: 'subject' | 'by-phrase' | 'speaker' | 'speaker-after';
}

/** The forms of a regular English verb: base, third person, past, present participle. */
export function verbForms(lemma: string): string[] {
  if (lemma.endsWith('e')) return [lemma, `${lemma}s`, `${lemma}d`, `${lemma.slice(0, -1)}ing`];
  if (/(?:s|sh|ch|x)$/.test(lemma)) return [lemma, `${lemma}es`, `${lemma}ed`, `${lemma}ing`];
  return [lemma, `${lemma}s`, `${lemma}ed`, `${lemma}ing`];
}

/** One row: a rule, a verb in every form (or only the forms given) and the words after it. */
function verb(rule: string, lemma: string, rest = '', agent: AppealVerb['agent'] = 'subject', forms = verbForms(lemma)): AppealVerb[] {
  return forms.map((form) => ({ phrase: rest ? `${form} ${rest}` : form, rule, agent }));
}

const ROWS: readonly AppealVerb[][] = [
  verb('appeal-verb', 'appeal', 'for'),
  verb('appeal-verb', 'appeal', 'to'),
  verb('asked-to', 'ask', '… to'),
  verb('asked-for', 'ask', 'for'),
  verb('call-for', 'call', 'for'),
  verb('call-on', 'call', 'on'),
  verb('call-on', 'call', 'upon'),
  // the noun: "calls by the cabinet to resign", "the call by X for" (not "a call from X": a phone call)
  verb('calls-by', 'calls', 'by', 'by-phrase', ['call', 'calls']),
  verb('calls-by', 'calls', 'from', 'by-phrase', ['calls']),
  // not the bare "demand": as often a noun ("a demand for oil")
  verb('demand-verb', 'demand', '', 'subject', ['demanded', 'demanding', 'demands']),
  verb('directed-to', 'direct', '… to'),
  verb('directed-to', 'instruct', '… to'),
  verb('directed-to', 'order', '… to'),
  verb('encouraged-to', 'encourage', '… to'),
  verb('expressed-wish', 'express', '… wish that'),
  verb('insist-on', 'insist', 'on'),
  // "insists that her son is innocent" is a claim; only the past tense of reported speech is read
  verb('insist-on', 'insist', 'that', 'subject', ['insisted']),
  // "lobbied Washington to exempt", "has been lobbying for a waiver" (not the bare noun "a lobby")
  verb('lobbied', 'lobby', '… to', 'subject', ['lobbies', 'lobbied', 'lobbying']),
  verb('lobbied', 'lobby', 'for', 'subject', ['lobbies', 'lobbied', 'lobbying']),
  verb('pressed-for', 'press', 'for'),
  // not the bare "press … to": "press secretary X asked her to"
  verb('pressed-for', 'press', '… to', 'subject', ['presses', 'pressed', 'pressing']),
  verb('pressed-for', 'push', 'for'),
  verb('pressed-for', 'push', '… to', 'subject', ['pushes', 'pushed']),
  verb('pleaded-with', 'plead', 'for'),
  verb('pleaded-with', 'plead', 'with … to'),
  // the noun, read by its owner or the verb before it: "the pope's plea for", "made a fresh plea for"
  verb('plea-noun', 'plea', 'for', 'subject', ['plea', 'pleas']),
  verb('pressed-for', 'pushing', 'to', 'subject', ['is pushing', 'are pushing']),
  verb('reiterated-position', 'reiterate', '… call for'),
  // "repeated its demand that Iran stop", "renewed their demand for": a demand made again is one made
  verb('reiterated-position', 'reiterate', '… demand for'),
  verb('reiterated-position', 'reiterate', '… demand that'),
  verb('reiterated-position', 'renew', '… demand for'),
  verb('reiterated-position', 'renew', '… demand that'),
  verb('reiterated-position', 'repeat', '… call for'),
  verb('reiterated-position', 'repeat', '… demand for'),
  verb('reiterated-position', 'repeat', '… demand that'),
  verb('reiterated-position', 'reiterate', '… position in favor of'),
  verb('reiterated-position', 'reiterate', '… position in favour of'),
  verb('reiterated-position', 'reiterate', '… stance in favor of'),
  verb('reiterated-position', 'reiterate', '… stance in favour of'),
  // "requested that the council meet", "is requesting that Israel allow": a request made of others (not the noun, "a
  // request that", nor "requested to" of the one asked: "was requested to leave")
  verb('requested-that', 'request', 'that', 'subject', ['requested', 'requesting', 'requests']),
  verb('stress-the-importance', 'emphasise', 'the importance of'),
  verb('stress-the-importance', 'emphasize', 'the importance of'),
  verb('stress-the-importance', 'highlight', 'the importance of'),
  verb('stress-the-importance', 'stress', '… the importance of'),
  verb('stress-the-importance', 'underline', 'the importance of'),
  verb('stress-the-importance', 'underscore', 'the importance of'),
  verb('stress-the-need', 'emphasise', 'the need'),
  verb('stress-the-need', 'emphasize', 'the need'),
  verb('stress-the-need', 'highlight', 'the need'),
  verb('stress-the-need', 'reaffirm', 'the need'),
  verb('stress-the-need', 'reiterate', 'the need'),
  verb('stress-the-need', 'stress', 'the need'),
  verb('stress-the-need', 'underline', 'the need'),
  verb('stress-the-need', 'underscore', 'the need'),
  verb('urge-verb', 'exhort'),
  verb('urge-verb', 'implore'),
  verb('urge-verb', 'urge'),
  // "warned Iran to stop", "warned residents not to": a warning addressed to someone to act (not "warned that",
  // "warned of"; not the noun "a warning to gun owners")
  verb('warned-to', 'warn', '… to', 'subject', ['warn', 'warns', 'warned']),
];

export const APPEAL_VERBS: readonly AppealVerb[] = ROWS.flat();
