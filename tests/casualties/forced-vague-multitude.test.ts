// Rule forced-vague-multitude (forced-to-flee): "forced tens of thousands of people to flee".
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('forced-vague-multitude', () => {
  it('reads the vague figure after tens of or hundreds of', () => {
    expect(figures('The fighting has forced tens of thousands of people to flee across the border.')).toEqual([['displaced', null]]);
    expect(figures('Shelling drove hundreds of thousands of residents from their homes.')).toEqual([['displaced', null]]);
  });
});
