// Source: the verbs and verb phrases English news copy uses to report that someone asks for
// something (urge, call for, demand, appeal, insist, stress the need); "…" stands for up to three
// words ("reiterated Moscow's stance in favour of").

export interface AppealVerb {
  phrase: string;
  /**
   * Who appeals: the clause subject, the noun after "by"/"from" ("calls by the cabinet to resign"),
   * or the speaker the sentence is about ("X said the party will act if Y does not resign").
   */
  agent: 'subject' | 'by-phrase' | 'speaker';
}

function verb(phrase: string, agent: AppealVerb['agent'] = 'subject'): AppealVerb {
  return { phrase, agent };
}

export const APPEAL_VERBS: readonly AppealVerb[] = [
  verb('appealed for'),
  verb('appealed to'),
  verb('appeals for'),
  verb('asked … to'),
  verb('call for'),
  verb('call on'),
  verb('called for'),
  verb('called on'),
  verb('calls by', 'by-phrase'),
  verb('calls for'),
  verb('calls from', 'by-phrase'),
  verb('calls on'),
  verb('demanded'),
  verb('demanding'),
  verb('demands'),
  verb('emphasised the need'),
  verb('emphasising the need'),
  verb('emphasized the need'),
  verb('emphasizing the need'),
  verb('exhorted'),
  verb('expressed … wish that'),
  verb('implored'),
  verb('insisted on'),
  verb('insisted that'),
  verb('insists on'),
  verb('pressed for'),
  verb('pressed … to'),
  verb('pushed for'),
  verb('reiterated … call for'),
  verb('reiterated … position in favor of'),
  verb('reiterated … position in favour of'),
  verb('reiterated … stance in favor of'),
  verb('reiterated … stance in favour of'),
  verb('stressed the need'),
  verb('stresses the need'),
  verb('stressing the need'),
  verb('underlined the need'),
  verb('urge'),
  verb('urged'),
  verb('urges'),
  verb('urging'),
];
