// Source: the verbs and nouns English wire copy and government readouts use to report that two
// parties communicated (phone calls, video links, talks, meetings); medium as the word itself says.
import type { Medium } from '../schema.js';

export interface CallTrigger {
  /** Words as written, lowercase; matched whole-word, case-insensitive. */
  phrase: string;
  medium: Medium;
  /** Verbs take their parties as subject and object; nouns also occur as "the call", "a call between". */
  form: 'verb' | 'noun';
}

function trigger(phrase: string, medium: Medium, form: 'verb' | 'noun'): CallTrigger {
  return { phrase, medium, form };
}

export const CALL_TRIGGERS: readonly CallTrigger[] = [
  trigger('call', 'unspecified', 'noun'),
  trigger('called', 'phone', 'verb'),
  trigger('calls', 'unspecified', 'noun'),
  trigger('conferred', 'unspecified', 'verb'),
  trigger('consultations', 'unspecified', 'noun'),
  trigger('conversation', 'unspecified', 'noun'),
  trigger('conversations', 'unspecified', 'noun'),
  trigger('discussion', 'unspecified', 'noun'),
  trigger('discussions', 'unspecified', 'noun'),
  trigger('exchange', 'unspecified', 'noun'),
  trigger('exchanged views', 'unspecified', 'verb'),
  trigger('exchanging views', 'unspecified', 'verb'),
  trigger('held talks', 'in-person', 'noun'),
  trigger('meet', 'in-person', 'verb'),
  trigger('meeting', 'in-person', 'noun'),
  trigger('meetings', 'in-person', 'noun'),
  trigger('meets', 'in-person', 'verb'),
  trigger('met', 'in-person', 'verb'),
  trigger('negotiations', 'in-person', 'noun'),
  trigger('phone call', 'phone', 'noun'),
  trigger('phone calls', 'phone', 'noun'),
  trigger('phone conversation', 'phone', 'noun'),
  trigger('phone talks', 'phone', 'noun'),
  trigger('phoned', 'phone', 'verb'),
  trigger('rang', 'phone', 'verb'),
  trigger('speaks', 'unspecified', 'verb'),
  trigger('spoke', 'unspecified', 'verb'),
  trigger('spoken', 'unspecified', 'verb'),
  trigger('summit', 'in-person', 'noun'),
  trigger('talked', 'unspecified', 'verb'),
  trigger('talks', 'in-person', 'noun'),
  trigger('telephone call', 'phone', 'noun'),
  trigger('telephone calls', 'phone', 'noun'),
  trigger('telephone conversation', 'phone', 'noun'),
  trigger('telephone talks', 'phone', 'noun'),
  trigger('telephoned', 'phone', 'verb'),
  trigger('telephonic conversation', 'phone', 'noun'),
  trigger('video call', 'video', 'noun'),
  trigger('video conference', 'video', 'noun'),
  trigger('videoconference', 'video', 'noun'),
  trigger('virtual meeting', 'video', 'noun'),
  trigger('virtual summit', 'video', 'noun'),
  trigger('virtual talks', 'video', 'noun'),
  trigger('visited', 'in-person', 'verb'),
];
