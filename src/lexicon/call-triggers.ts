// Source: the verbs and nouns English wire copy and government readouts use to report that two
// parties communicated (phone calls, video links, talks, meetings, visits); medium as the word
// itself says; frames after the CAMEO Event Data Codebook (Gerner et al. 2012), codes 040-046.
import type { Cameo, Medium } from '../schema.js';

/** A trigger frame: a named rule (its id is what --explain shows) and the CAMEO code it reports. */
export interface CallFrame {
  id: string;
  cameo: Cameo;
}

export const CALL_FRAMES = {
  phoneCall: { id: 'phone-call', cameo: '041' },
  phoneVerb: { id: 'phone-verb', cameo: '041' },
  videoCall: { id: 'video-call', cameo: '041' },
  conversation: { id: 'conversation', cameo: '040' },
  spokeWith: { id: 'spoke-with', cameo: '040' },
  /** "Speaking by phone to Y, X said": a participle opening the sentence, its subject the main clause's. */
  speakingFronted: { id: 'speaking-fronted', cameo: '040' },
  met: { id: 'met', cameo: '040' },
  talks: { id: 'talks', cameo: '040' },
  negotiations: { id: 'negotiations', cameo: '046' },
  summit: { id: 'summit', cameo: '044' },
  visit: { id: 'visit', cameo: '042' },
  /** "paid a courtesy call on Y": a visit to Y, not a phone call. */
  courtesyCall: { id: 'courtesy-call', cameo: '042' },
  /** "X received Y", "hosted Y at the palace", "Y was received by X": a host and a guest met (043). */
  hostVerb: { id: 'host-verb', cameo: '043' },
  /** "discussed the ceasefire with Y": a talk between the subject and the party after "with". */
  discussedWith: { id: 'discussed-with', cameo: '040' },
  /** "told Y by phone", "addressed Y via video link": speech is a call only with a medium cue. */
  speechByMedium: { id: 'speech-by-medium', cameo: '041' },
} as const satisfies Record<string, CallFrame>;

export interface CallTrigger {
  /** Words as written, lowercase; matched whole-word, case-insensitive. */
  phrase: string;
  medium: Medium;
  /** Verbs take their parties as subject and object; nouns also occur as "the call", "a call between". */
  form: 'verb' | 'noun';
  frame: CallFrame;
}

function trigger(phrase: string, medium: Medium, form: 'verb' | 'noun', frame: CallFrame): CallTrigger {
  return { phrase, medium, form, frame };
}

const F = CALL_FRAMES;

export const CALL_TRIGGERS: readonly CallTrigger[] = [
  trigger('addressed', 'unspecified', 'verb', F.speechByMedium),
  trigger('call', 'phone', 'noun', F.phoneCall),
  trigger('called', 'phone', 'verb', F.phoneVerb),
  trigger('calls', 'phone', 'noun', F.phoneCall),
  trigger('conferred', 'unspecified', 'verb', F.conversation),
  trigger('courtesy call', 'in-person', 'noun', F.courtesyCall),
  trigger('consultations', 'unspecified', 'noun', F.conversation),
  trigger('conversation', 'unspecified', 'noun', F.conversation),
  trigger('conversations', 'unspecified', 'noun', F.conversation),
  trigger('dialed', 'phone', 'verb', F.phoneVerb),
  trigger('dialled', 'phone', 'verb', F.phoneVerb),
  trigger('discussed', 'unspecified', 'verb', F.discussedWith),
  trigger('discussion', 'unspecified', 'noun', F.conversation),
  trigger('discussions', 'unspecified', 'noun', F.conversation),
  trigger('exchange', 'unspecified', 'noun', F.conversation),
  trigger('exchanged views', 'unspecified', 'verb', F.conversation),
  trigger('exchanging views', 'unspecified', 'verb', F.conversation),
  trigger('held talks', 'in-person', 'noun', F.talks),
  trigger('hosted', 'in-person', 'verb', F.hostVerb),
  trigger('meet', 'in-person', 'verb', F.met),
  trigger('meeting', 'in-person', 'noun', F.met),
  trigger('meetings', 'in-person', 'noun', F.met),
  trigger('meets', 'in-person', 'verb', F.met),
  trigger('met', 'in-person', 'verb', F.met),
  trigger('negotiations', 'in-person', 'noun', F.negotiations),
  trigger('phone call', 'phone', 'noun', F.phoneCall),
  trigger('phone calls', 'phone', 'noun', F.phoneCall),
  trigger('phone conversation', 'phone', 'noun', F.phoneCall),
  trigger('phone talk', 'phone', 'noun', F.phoneCall),
  trigger('phone talks', 'phone', 'noun', F.phoneCall),
  trigger('phoned', 'phone', 'verb', F.phoneVerb),
  trigger('rang', 'phone', 'verb', F.phoneVerb),
  trigger('received', 'in-person', 'verb', F.hostVerb),
  trigger('speaks', 'unspecified', 'verb', F.spokeWith),
  trigger('spoke', 'unspecified', 'verb', F.spokeWith),
  trigger('speaking', 'unspecified', 'verb', F.speakingFronted),
  trigger('spoken', 'unspecified', 'verb', F.spokeWith),
  trigger('summit', 'in-person', 'noun', F.summit),
  trigger('talk', 'unspecified', 'noun', F.talks),
  trigger('talked', 'unspecified', 'verb', F.spokeWith),
  trigger('talking', 'unspecified', 'verb', F.speakingFronted),
  trigger('talks', 'in-person', 'noun', F.talks),
  trigger('telephone call', 'phone', 'noun', F.phoneCall),
  trigger('telephone calls', 'phone', 'noun', F.phoneCall),
  trigger('telephone conversation', 'phone', 'noun', F.phoneCall),
  trigger('telephone talk', 'phone', 'noun', F.phoneCall),
  trigger('telephone talks', 'phone', 'noun', F.phoneCall),
  trigger('telephoned', 'phone', 'verb', F.phoneVerb),
  trigger('telephonic conversation', 'phone', 'noun', F.phoneCall),
  trigger('told', 'unspecified', 'verb', F.speechByMedium),
  trigger('video call', 'video', 'noun', F.videoCall),
  trigger('video conference', 'video', 'noun', F.videoCall),
  trigger('videoconference', 'video', 'noun', F.videoCall),
  trigger('virtual meeting', 'video', 'noun', F.videoCall),
  trigger('virtual summit', 'video', 'noun', F.videoCall),
  trigger('virtual talks', 'video', 'noun', F.videoCall),
  trigger('visited', 'in-person', 'verb', F.visit),
  trigger('welcomed', 'in-person', 'verb', F.hostVerb),
];
