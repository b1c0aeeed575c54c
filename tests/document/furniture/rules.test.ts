import { describe, expect, it } from 'vitest';
import { findFurniture } from '../../../src/document/furniture/index.js';
import { findStamps } from '../../../src/document/published/stamps.js';

/** [rule, kind, text] of every furniture span. */
const furniture = (text: string) =>
  findFurniture(text, 0, findStamps(text, 0), null).map((f) => [f.rule, f.kind, text.slice(f.start, f.end)]);

describe('page furniture, one rule each', () => {
  it('navigation-line', () => {
    expect(furniture('All Sections\nHome | World | Business\nRiver floods town\n\nThe river rose.')).toEqual([
      ['navigation-line', 'navigation', 'All Sections'],
      ['navigation-line', 'navigation', 'Home | World | Business'],
    ]);
  });

  it('share-prompt-line and share words in a menu', () => {
    expect(furniture('Mayor resigns\n\nShare this: Facebook\n\nTwitter\n\nRead or Share this story: http://example.test/x')).toEqual([
      ['share-prompt-line', 'share-prompt', 'Share this: Facebook'],
      ['navigation-line', 'navigation', 'Twitter'],
      ['share-prompt-line', 'share-prompt', 'Read or Share this story: http://example.test/x'],
    ]);
  });

  it('newsletter-line', () => {
    expect(furniture('Talks stall\n\nSign up for our morning briefing, delivered to your inbox.\n\nThe talks stalled.')).toEqual([
      ['newsletter-line', 'newsletter', 'Sign up for our morning briefing, delivered to your inbox.'],
    ]);
  });

  it('photo-caption-line', () => {
    expect(furniture('FILE PHOTO: Minister Ana Ruiz speaks in Lima, March 3.\nThe minister spoke.')).toEqual([
      ['photo-caption-line', 'caption', 'FILE PHOTO: Minister Ana Ruiz speaks in Lima, March 3.'],
    ]);
  });

  it('photo-credit', () => {
    expect(furniture('Rescuers dig in the mud. REUTERS/Pablo Sanz\nSoldiers patrol (AP Photo/Lee Min)\nThe army said.')).toEqual([
      ['photo-credit', 'caption', 'REUTERS/Pablo Sanz'],
      ['photo-credit', 'caption', '(AP Photo/Lee Min)'],
    ]);
  });

  it('inline-photo-credit and furniture-word', () => {
    expect(furniture('Police tape at the scene. Photo: Dana Lee, Gazette Image 2 of 5 Officers said.\nA fire [Photos]')).toEqual([
      ['inline-photo-credit', 'caption', 'Photo: Dana Lee, Gazette Image 2 of 5 '],
      ['furniture-word', 'share-prompt', '[Photos]'],
    ]);
    expect(furniture('The mayor spoke. Share Riverside County Sheriff said\nAdvertisement Dana Cole was named. Posted 6:10 PM')).toEqual([
      ['furniture-word', 'share-prompt', 'Share'],
      ['furniture-word', 'share-prompt', 'Advertisement'],
      ['furniture-word', 'share-prompt', 'Posted'],
    ]);
  });

  it('player-controls', () => {
    expect(furniture('Skip Ad Ad Loading... x Embed x Share Police probe shooting')).toEqual([
      ['player-controls', 'share-prompt', 'Skip Ad Ad Loading... x Embed x Share'],
    ]);
  });

  it('byline-line and wire-credit', () => {
    expect(furniture('By Maria Lopez and Tom Reed\n\nThe vote passed. (Reporting by Ali Khan; Editing by Sue Park)')).toEqual([
      ['byline-line', 'byline', 'By Maria Lopez and Tom Reed'],
      ['wire-credit', 'byline', '(Reporting by Ali Khan; Editing by Sue Park)'],
    ]);
  });

  it('copyright-line: the notice, not a sentence about copyright', () => {
    expect(furniture('Two hurt in crash.\n\nCopyright 2019 by WXYZ Newsnine - All rights reserved.\n\n© 2020 Valley Herald')).toEqual([
      ['copyright-line', 'byline', 'Copyright 2019 by WXYZ Newsnine - All rights reserved.'],
      ['copyright-line', 'byline', '© 2020 Valley Herald'],
    ]);
    expect(furniture('Copyright law was changed in 2019, the court said.\n\nCopyright Office staff said 2019 was busy.')).toEqual([]);
  });

  it('repeated-headline: the repeat, not the headline', () => {
    expect(furniture('Storm kills nine in the north\n\nStorm kills nine in the north\n\nA storm killed nine people.')).toEqual([
      ['repeated-headline', 'repeated-headline', 'Storm kills nine in the north'],
    ]);
  });

  it('page-code', () => {
    expect(furniture('Headline here\n#share_box_parent {display:none;}\nText.')).toEqual([['page-code', 'page-code', '#share_box_parent {display:none;}']]);
  });

  it('date stamps with their time and the byline glued before them', () => {
    expect(furniture('Lena Berg March 2, 20219:05 am\nUpdated: 3/2/2021 9:05:10 AM Politics\nA quake struck.')).toEqual([
      ['date-line', 'date-stamp', 'Lena Berg March 2, 20219:05 am'],
      ['updated-label', 'date-stamp', 'Updated: 3/2/2021 9:05:10 AM'],
    ]);
  });

  it('leaves a place in capitals before a date to the dateline, and prose alone', () => {
    expect(furniture('LIMA 2019-05-02\nThe minister said the home ministry would share the report.')).toEqual([
      ['date-line', 'date-stamp', '2019-05-02'],
    ]);
  });
});
