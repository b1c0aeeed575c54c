// Rule agent-document-issuer: an appeal a statement or resolution makes is its issuer's.
import { describe, expect, it } from 'vitest';
import { appealsIn, BRAZIL, COUNCIL, MENDES, ROTH } from './helpers.js';

describe('agent-document-issuer', () => {
  it("gives \"The statement also called on\" to the body that issued it", () => {
    const text = 'The bloc will send aid, the Nordic Council said in a statement. The statement also called on Brazil to open its ports.';
    expect(appealsIn(text, [COUNCIL, BRAZIL]).map((a) => [a.who, a.rules])).toEqual([['Nordic Council', ['call-on', 'agent-document-issuer']]]);
  });
  it("gives \"a Council resolution that ... and called for\" to the Council", () => {
    const text = 'Brazil vetoed a Nordic Council resolution that deplored the raids and called for an inquiry.';
    expect(appealsIn(text, [COUNCIL, BRAZIL]).map((a) => a.who)).toEqual(['Nordic Council']);
  });
});
