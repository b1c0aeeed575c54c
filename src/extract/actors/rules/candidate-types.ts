// What candidate rules see and return. A piece rule is a named unit: an id, and `extract`, which
// returns the piece's candidates or null to pass it to the next rule; a rejection rule's
// `extract` returns the candidate, or null where it is no name at all.
import type { Token } from '../tokens.js';

export interface Candidate {
  tokens: Token[];
  /** Office as written nearest the name ("Foreign Minister", "spokesman"). */
  title: string | null;
  /** Country the owner words name ("Russian", "Iran's", "Kremlin" → Russia). */
  country: string | null;
  /** The name came after a title or honorific, so it is a person. */
  personCue: boolean;
  /** The name ends in an organization word or opens with one ("Ministry of ..."). */
  organizationCue: boolean;
  /** Words that are an office-holder's owner, not a name of their own ("Russian" in "Russian President"). */
  ownerOnly: boolean;
  /** Ids of the rules that found the candidate and read its title and country (--explain). */
  rules: string[];
  /** Named as someone's counterpart ("his Chinese counterpart Xi Jinping"): holds the same office. */
  counterpart?: boolean;
  /** The office's owner is written and is no state ("President of the European Council", "EU foreign policy chief"). */
  stateless?: boolean;
  /** The office is a person's or an office's, written in the possessive ("Putin's spokesman"): lower case, without "'s". */
  ownerName?: string | null;
}

/** What the previous piece of the run passes on to the next. */
export interface PieceState {
  /** "Iran's | Supreme Leader X": the country a possessive piece names. */
  ownerCountryFromPrev: string | null;
  /** "President of the European Council | Charles Michel", split at the council: the office passes on. */
  officeFromPrev: { title: string; country: string | null; stateless: boolean } | null;
}

export interface PieceContext {
  tokens: Token[];
  keys: string[];
  /** Position in `tokens` of the run's first word, and one past its last. */
  index: number;
  runEnd: number;
  pieceIndex: number;
  pieceCount: number;
  state: PieceState;
}

export interface PieceRule {
  id: string;
  extract(piece: Token[], ctx: PieceContext): Candidate[] | null;
}

export interface RejectionContext {
  tokens: Token[];
  /** Position in `tokens` of the candidate's first word. */
  index: number;
}

export interface RejectionRule {
  id: string;
  extract(c: Candidate, ctx: RejectionContext): Candidate | null;
}
