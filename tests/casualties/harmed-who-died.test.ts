// Rule harmed-who-died (lone-death): the harm told in a relative clause, the death after it.
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('harmed-who-died', () => {
  it('counts the death of the person the clause says was harmed', () => {
    expect(figures('The 9-year-old boy who was shot last week died on Sunday, police said.')).toEqual([['killed', 1]]);
    expect(figures('The woman, who had been stabbed outside her apartment, died Tuesday.')).toEqual([['killed', 1]]);
  });

  it('leaves a death with no harm told', () => {
    expect(figures('The man who founded the company died on Sunday.')).toEqual([]);
  });
});
