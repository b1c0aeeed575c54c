// Source: phrases English news copy uses to say how a conversation was held ("by telephone",
// "via video link"); they override the medium of a neutral trigger such as "spoke" or "talks".
import type { Medium } from '../schema.js';

export const MEDIUM_CUES: readonly { phrase: string; medium: Exclude<Medium, 'unspecified'> }[] = [
  { phrase: 'by phone', medium: 'phone' },
  { phrase: 'by telephone', medium: 'phone' },
  { phrase: 'by video', medium: 'video' },
  { phrase: 'by video link', medium: 'video' },
  { phrase: 'by videoconference', medium: 'video' },
  { phrase: 'in a phone call', medium: 'phone' },
  { phrase: 'in a telephone call', medium: 'phone' },
  { phrase: 'on the phone', medium: 'phone' },
  { phrase: 'on the telephone', medium: 'phone' },
  { phrase: 'over the phone', medium: 'phone' },
  { phrase: 'over the telephone', medium: 'phone' },
  { phrase: 'via phone', medium: 'phone' },
  { phrase: 'via telephone', medium: 'phone' },
  { phrase: 'via video', medium: 'video' },
  { phrase: 'via video link', medium: 'video' },
  { phrase: 'via videoconference', medium: 'video' },
  { phrase: 'virtually', medium: 'video' },
];
