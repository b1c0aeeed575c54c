// One case per classification rule the conll profile adds, and the news profile without them.
import { describe, expect, it } from 'vitest';
import { CONLL_CLASSIFY_RULES } from '../../../src/extract/actors/rules/classify-conll.js';
import { classifyIn } from './helpers.js';

const CASES: Array<[rule: string, text: string, words: string, reading: object]> = [
  ['results-table-heading', 'BASEBALL - STANDINGS.\nW L PCT GB\nTeams played on.', 'W L PCT GB', { type: 'none' }],
  ['scorecard-player', 'CRICKET - SCOREBOARD.\nP. Hanley c Rangan b Hove 42\n', 'Hove', { type: 'person', name: 'Hove', country: null }],
  ['club-with-country', 'SOCCER - CUP RESULTS.\nIn Graz: Sturm Tallen (Austria) 2 Dunavar Rusk (Bulgaria) 1\n', 'Sturm Tallen', { type: 'organization', name: 'Sturm Tallen', country: null }],
  ['sports-side', 'CRICKET - COUNTY NEWS.\nGloucestershire beat Essex by four wickets on Friday.\n', 'Gloucestershire', { type: 'organization', name: 'Gloucestershire', country: null }],
  ['sports-lone-side', 'SOCCER - LEAGUE NEWS.\nThe coach of Ruchovia was sacked on Friday.\n', 'Ruchovia', { type: 'organization', name: 'Ruchovia', country: null }],
];

describe('classification rules (conll profile)', () => {
  it.each(CASES)('%s: %s', (rule, text, words, reading) => {
    expect(classifyIn(text, words, 'conll')).toEqual({ rule, reading });
  });

  it('has a case for every rule', () => {
    expect(new Set(CASES.map(([rule]) => rule))).toEqual(new Set(CONLL_CLASSIFY_RULES.map((r) => r.rule.id)));
  });

  it('runs none of them under the news profile: a slug before a police report makes no clubs', () => {
    const text = 'SOCCER - FAN DIES AFTER MATCH.\nPolice said Ruchovia Tarrant 34 died in hospital.\n';
    expect(classifyIn(text, 'Ruchovia Tarrant', 'news').reading.type).toBe('person');
  });
});
