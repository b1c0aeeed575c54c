// Source: the verbs and verb phrases English news copy uses to report that someone asks for
// something (urge, call for, demand, appeal, insist, press, stress the need or the importance);
// "…" stands for up to three words ("reiterated Moscow's stance in favour of"). Each phrase
// belongs to a named trigger rule.

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

function verb(rule: string, phrase: string, agent: AppealVerb['agent'] = 'subject'): AppealVerb {
  return { phrase, rule, agent };
}

export const APPEAL_VERBS: readonly AppealVerb[] = [
  verb('appeal-verb', 'appealed for'),
  verb('appeal-verb', 'appealed to'),
  verb('appeal-verb', 'appeals for'),
  verb('appeal-verb', 'appealing for'),
  verb('asked-to', 'ask … to'),
  verb('asked-to', 'asked … to'),
  verb('asked-to', 'asking … to'),
  verb('asked-to', 'asks … to'),
  verb('call-for', 'call for'),
  verb('call-on', 'call on'),
  verb('call-for', 'called for'),
  verb('call-on', 'called on'),
  verb('calls-by', 'calls by', 'by-phrase'),
  verb('call-for', 'calls for'),
  verb('calls-by', 'calls from', 'by-phrase'),
  verb('call-on', 'calls on'),
  verb('call-for', 'calling for'),
  verb('call-on', 'calling on'),
  verb('demand-verb', 'demanded'),
  verb('demand-verb', 'demanding'),
  verb('demand-verb', 'demands'),
  verb('stress-the-need', 'emphasised the need'),
  verb('stress-the-need', 'emphasising the need'),
  verb('stress-the-need', 'emphasized the need'),
  verb('stress-the-need', 'emphasizing the need'),
  verb('urge-verb', 'exhorted'),
  verb('expressed-wish', 'expressed … wish that'),
  verb('stress-the-importance', 'highlighted the importance of'),
  verb('stress-the-importance', 'highlighting the importance of'),
  verb('urge-verb', 'implored'),
  verb('insist-on', 'insisted on'),
  verb('insist-on', 'insisted that'),
  verb('insist-on', 'insists on'),
  verb('insist-on', 'insisting on'),
  verb('pressed-for', 'pressed for'),
  verb('pressed-for', 'pressed … to'),
  verb('pressed-for', 'pressing for'),
  verb('pressed-for', 'pushed for'),
  verb('pressed-for', 'pushing for'),
  verb('pressed-for', 'is pushing to'),
  verb('reiterated-position', 'reiterated … call for'),
  verb('reiterated-position', 'reiterated … position in favor of'),
  verb('reiterated-position', 'reiterated … position in favour of'),
  verb('reiterated-position', 'reiterated … stance in favor of'),
  verb('reiterated-position', 'reiterated … stance in favour of'),
  verb('stress-the-importance', 'stressed … the importance of'),
  verb('stress-the-importance', 'stressing … the importance of'),
  verb('stress-the-need', 'stressed the need'),
  verb('stress-the-need', 'stresses the need'),
  verb('stress-the-need', 'stressing the need'),
  verb('stress-the-need', 'underlined the need'),
  verb('stress-the-importance', 'underlined the importance of'),
  verb('urge-verb', 'urge'),
  verb('urge-verb', 'urged'),
  verb('urge-verb', 'urges'),
  verb('urge-verb', 'urging'),
];
