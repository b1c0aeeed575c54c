import { describe, expect, it } from 'vitest';
import { readPublication } from '../../../src/document/published/index.js';
import { readDocument } from '../../../src/document/read.js';

const pick = (text: string, header: string | null = null, external: string | null = null) => {
  const { value, rule } = readPublication(text, 0, { header, external });
  return [value, rule];
};

describe('which date is the publication date', () => {
  it('a stored-page header, then a date from outside, win over what the page prints', () => {
    const text = 'Published May 3, 2020\n\nKIEV, May 2 (Reuters) - Officials said.';
    expect(pick(text, '2020-05-04')).toEqual(['2020-05-04', 'header']);
    expect(pick(text, null, '2020-05-05')).toEqual(['2020-05-05', 'external']);
  });

  it("the article's own stamp wins over the site's today", () => {
    expect(pick("Today's Paper | Jun 12, 2024\n\nUpdated 2 Jan, 2019 04:10pm\n\nThe police said.")).toEqual(['2019-01-02', 'updated-label']);
    expect(pick("Today's Paper | Jun 12, 2024\n\nThe police said.")).toEqual([null, null]);
  });

  it('published wins over updated, and over a dateline with a year', () => {
    expect(pick('Updated: 3/4/2021 9:00 AM\nPublished March 3, 2021\n\nText.')).toEqual(['2021-03-03', 'published-label']);
    expect(pick('Published March 3, 2021\n\nDhaka, 2 March 2021 (BSS): Text.')).toEqual(['2021-03-03', 'published-label']);
  });

  it('stamp-before-update: an unlabelled stamp above the update, not later than it, is the publication date', () => {
    expect(pick('Ferry pier to close\nWed 4 Jun 2025 08.10 BST\nLast modified on Thu 5 Jun 2025 10.02 BST\n\nText.')).toEqual(['2025-06-04', 'weekday-stamp']);
    // A later date above the update is the site's today, not the story's.
    expect(pick('Friday, June 13, 2025\nFerry pier to close\nUpdated: June 5, 2025\n\nText.')).toEqual(['2025-06-05', 'updated-label']);
  });

  it('numeric-order-from-dateline: the dateline tells which of two small numbers is the day', () => {
    expect(pick('Issued on: 05/03/2025 - 14:30\n\nLYON, March 5 (AFP) - Text.')).toEqual(['2025-03-05', 'numeric-order-from-dateline']);
    expect(pick('Published 05/03/2025\n\nLYON, May 3 (AFP) - Text.')).toEqual(['2025-05-03', 'published-label']);
    expect(pick('Published 05/03/2025\n\nLYON (AFP) - Text.')).toEqual(['2025-05-03', 'published-label']);
  });

  it('a stamp with a year wins over a dateline without one', () => {
    expect(pick('Bureau. Updated: 9/15/2017 2:01:10 PM\n\nNew Delhi, Sep 15: The minister said.')).toEqual(['2017-09-15', 'updated-label']);
  });

  it('a dateline without a year gives XXXX-MM-DD when nothing else dates the page', () => {
    expect(pick('Kabul, June 30 (PTI) Afghan officials said.')).toEqual(['XXXX-06-30', 'dateline']);
  });

  it('a foot stamp dates a page whose head has none, before a dateline without a year', () => {
    const text = `KABUL, June 30 (Wire) - Officials said. ${'Talks went on late into the night. '.repeat(40)}\nFirst published on June 30, 2023\n`;
    expect(pick(text)).toEqual(['2023-06-30', 'published-foot']);
  });

  it('a print-edition line is used when the top of the page has nothing', () => {
    const text = `ALEPPO, Syria -- Shelling went on. ${'More fighting was reported. '.repeat(60)}\nA Section on 03/09/2016`;
    expect(pick(text)).toEqual(['2016-03-09', 'print-edition']);
  });
});

describe('a year-less dateline leaves relative dates unresolved', () => {
  it('keeps XXXX for the year and warns', () => {
    const doc = readDocument('Kabul, June 30 (PTI) Afghan officials said on Tuesday that talks would go on.');
    expect([doc.publishedAt, doc.reference?.year, doc.warnings.map((w) => w.code)]).toEqual(['XXXX-06-30', null, ['no-reference-date']]);
  });
});
