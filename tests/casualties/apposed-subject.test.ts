// Rule apposed-subject (lone-death, lone-harm): a description set off by commas between the person and the verb.
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('apposed-subject', () => {
  it('reads the death past the description', () => {
    expect(figures('The victim, a 42-year-old man, was pronounced dead at the scene.')).toEqual([['killed', 1]]);
  });

  it('reads the harm past the description', () => {
    expect(figures('The driver, a 30-year-old woman from Tulsa, was seriously injured.')).toEqual([['injured', 1]]);
  });

  it('adds nothing when the dead were counted before', () => {
    expect(figures('Two people were killed. The victim, a retired teacher, was pronounced dead at the scene.')).toEqual([['killed', 2]]);
  });
});
