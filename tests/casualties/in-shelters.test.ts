// in-shelters: people in shelters, relief camps or evacuation centres are displaced.
import { describe, expect, it } from 'vitest';
import { casualties, figures } from './helpers.js';

describe('in-shelters', () => {
  it('reads people housed in shelters, relief camps or evacuation centres as displaced', () => {
    const found = casualties('Some 30,000 people remain in evacuation camps a week after the floods.');
    expect(found.map((c) => [c.kind, c.count, c.qualifier, c.text])).toEqual([['displaced', 30000, 'approximate', 'Some 30,000 people remain in evacuation camps']]);
    expect(figures('About 2,500 families were staying in temporary shelters on Sunday.')).toEqual([['displaced', 2500]]);
    expect(figures('Nearly 4,000 residents were sheltering in relief centres on Thursday.')).toEqual([['displaced', 4000]]);
    expect(figures('More than 900 villagers are in shelters, the agency said.')).toEqual([['displaced', 900]]);
  });

  it('needs a camp or centre for people driven from home', () => {
    expect(figures('Officials said 40 recruits in training camps were killed in the strike.')).toEqual([['killed', 40]]);
    expect(figures('Some 300 migrants in detention centers were hurt in the riot.')).toEqual([['injured', 300]]);
  });
});
