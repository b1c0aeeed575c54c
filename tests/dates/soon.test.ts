import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

describe('rule soon: a time just ahead (FUTURE_REF)', () => {
  it.each([
    ['The ministry will soon name a new envoy to Cairo.', ['soon → DATE FUTURE_REF']],
    ['Prosecutors may soon file charges against the former mayor.', ['soon → DATE FUTURE_REF']],
    ['The utility expects demand to soon recover.', ['soon → DATE FUTURE_REF']],
    ['The carrier soon will add flights to Lagos.', ['soon → DATE FUTURE_REF']],
    ['The company said it would decide soon.', ['soon → DATE FUTURE_REF']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    ['Rebels soon seized the airport.'],
    ['The driver was soon released on bail.'],
    ['Aid will flow as soon as the road reopens.'],
    ['Fighting resumed soon after the ceasefire.'],
    ['Mourners said he died far too soon.'],
    ['Residents will not soon forget the flood.'],
    ['The soon-to-be chairman declined to comment.'],
  ])('leaves "%s" alone', (text) => {
    expect(summary(text)).toEqual([]);
  });
});
