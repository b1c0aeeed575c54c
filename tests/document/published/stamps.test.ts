import { describe, expect, it } from 'vitest';
import { findStamps } from '../../../src/document/published/stamps.js';

const stamps = (text: string) => findStamps(text, 0).map((s) => [s.rule, s.role, `${s.year}-${s.month}-${s.day}`, text.slice(s.start, s.end)]);

describe('date stamps, one rule each', () => {
  it('published-label', () => {
    expect(stamps('Ferry sinks off coast\nPublished June 2, 2022last updated June 3, 2022Key facts\nRescuers worked.')).toEqual([
      ['published-label', 'published', '2022-6-2', 'Published June 2, 2022'],
    ]);
  });

  it('published-label and updated-label with the time first', () => {
    expect(stamps('- Published Date: 09:30 | 4 May 2019\n- Modified Date: 11:02 | 4 May 2019\n')).toEqual([
      ['published-label', 'published', '2019-5-4', 'Published Date: 09:30 | 4 May 2019'],
      ['updated-label', 'updated', '2019-5-4', 'Modified Date: 11:02 | 4 May 2019'],
    ]);
  });

  it('labels in title case and a time with its zone before the date', () => {
    expect(stamps('Last Updated: 10.05 GMT, 6 May 2019\nWritten by Ola Nordmann on May 6, 2019\n')).toEqual([
      ['updated-label', 'updated', '2019-5-6', 'Last Updated: 10.05 GMT, 6 May 2019'],
      ['byline-date', 'stamp', '2019-5-6', ' on May 6, 2019'],
    ]);
  });

  it('labels with a time and a short weekday before the date', () => {
    expect(stamps('Updated 9:05 AM ET, Fri June 6, 2025\n\nText.')).toEqual([['updated-label', 'updated', '2025-6-6', 'Updated 9:05 AM ET, Fri June 6, 2025']]);
    expect(stamps('Posted: Tue., Oct. 7, 2014\n')).toEqual([['published-label', 'published', '2014-10-7', 'Posted: Tue., Oct. 7, 2014']]);
  });

  it('the labels of press-release, government and French pages: Issued on, Release Date, Published date, Last update on', () => {
    expect(stamps('Issued on: 24/03/2025 - 16:40\nRelease Date: March 24, 2025\n')).toEqual([
      ['published-label', 'published', '2025-3-24', 'Issued on: 24/03/2025'],
      ['published-label', 'published', '2025-3-24', 'Release Date: March 24, 2025'],
    ]);
    expect(stamps('Published date: 4 June 2024 09:10 BST\nLast update on: Tue Jun 4, 2024 10:00 PM\n')).toEqual([
      ['published-label', 'published', '2024-6-4', 'Published date: 4 June 2024'],
      ['updated-label', 'updated', '2024-6-4', 'Last update on: Tue Jun 4, 2024'],
    ]);
    expect(stamps('Published On 9 Feb 2023\n')).toEqual([['published-label', 'published', '2023-2-9', 'Published On 9 Feb 2023']]);
    expect(stamps('Issued by the ministry on 9 Feb 2023, the order stands.\n')).toEqual([]);
  });

  it('past menus filling the first 1200 characters, the head runs on through 1200 characters of the story', () => {
    const menus = 'Most read: Ferry fares rise | Harbour bridge shut | Port strike ends\n'.repeat(20);
    const story = 'The harbour board met on Tuesday and voted to close the old ferry pier for repairs.\n';
    expect(stamps(`${menus}Pier to close\nBy Kari Nordmann\nApril 9, 2024\n\n${story}`)).toEqual([['date-line', 'stamp', '2024-4-9', 'April 9, 2024']]);
    expect(stamps(`${menus}Pier to close\n\n${story.repeat(16)}April 9, 2024\n`)).toEqual([]);
    // With a stamp at the top, a "Posted" further down dates a reader's comment.
    const top = `April 9, 2024\n${'The board heard from residents about the pier and the ferry timetable.\n'.repeat(17)}`;
    expect(stamps(`${top}Comments\nPosted: Friday, April 12, 2024\n`).map((s) => s[3])).toEqual(['April 9, 2024']);
  });

  it('a time with a zone offset before the date, and a time after a separator', () => {
    expect(stamps('By KARI NORDMANN\nUpdated 4:05 PM GMT+2, June 3, 2025\n')).toEqual([['updated-label', 'updated', '2025-6-3', 'Updated 4:05 PM GMT+2, June 3, 2025']]);
    expect(stamps('Harbour Daily / 06:40 AM June 03, 2025\n')).toEqual([['after-separator', 'stamp', '2025-6-3', ' / 06:40 AM June 03, 2025']]);
  });

  it('a label in capitals with its weekday in capitals', () => {
    expect(stamps('PUBLISHED MON, MAR 14 202209:40 AM EDT\n')).toEqual([['published-label', 'published', '2022-3-14', 'PUBLISHED MON, MAR 14 2022']]);
  });

  it('byline-date: the date a byline ends with, however long the byline', () => {
    expect(stamps('Posted by Kari Nordmann-Haugland of the Harbour Desk on June 3, 2025\n')).toEqual([
      ['byline-date', 'stamp', '2025-6-3', ' on June 3, 2025'],
    ]);
    expect(stamps('By Kari Nordmann, Senior Correspondent for harbours, ferries and transport, Harbour Daily | June 3, 2025\n')).toEqual([
      ['byline-date', 'stamp', '2025-6-3', ' | June 3, 2025'],
    ]);
    expect(stamps('By the time police arrived on June 3, 2025, the ferry had gone.\n')).toEqual([]);
  });

  it('date-label: a bare Date label needs its colon and the start of its line or a separator', () => {
    expect(stamps('Date: Friday, 2023/07/19\n\nText.')).toEqual([['date-label', 'stamp', '2023-7-19', 'Date: Friday, 2023/07/19']]);
    expect(stamps('By Ola Nordmann | Date: 2023/07/19\n')).toEqual([['date-label', 'stamp', '2023-7-19', 'Date: 2023/07/19']]);
    expect(stamps('Closing Date: 2023/07/19\n')).toEqual([]);
    expect(stamps('Due Date 2023/07/19\n')).toEqual([['date-line', 'stamp', '2023-7-19', '2023/07/19']]);
  });

  it('press-release', () => {
    expect(stamps('For Immediate Release   March 2, 2011\n\nThe ministry announced.')).toEqual([
      ['press-release', 'published', '2011-3-2', 'For Immediate Release   March 2, 2011'],
    ]);
  });

  it('updated-label, with a numeric US date', () => {
    expect(stamps('Desk staff. Updated: 4/9/2018 6:12:40 AM World\n\nText.')).toEqual([
      ['updated-label', 'updated', '2018-4-9', 'Updated: 4/9/2018'],
    ]);
    expect(stamps('UPDATE: 11/3/14 8:00 AM ET\n\nText.')).toEqual([['updated-label', 'updated', '2014-11-3', 'UPDATE: 11/3/14']]);
  });

  it('weekday-stamp', () => {
    expect(stamps('Staff Writer 5 minutes ago Fri 09th May 2021 | 08:40 AM\n')).toEqual([
      ['weekday-stamp', 'stamp', '2021-5-9', 'Fri 09th May 2021'],
    ]);
    expect(stamps('Mon 4 Mar 2019 11.20 GMT\n')).toEqual([['weekday-stamp', 'stamp', '2019-3-4', 'Mon 4 Mar 2019']]);
    expect(stamps('Tuesday, 14 July 2015\n')).toEqual([['weekday-stamp', 'stamp', '2015-7-14', 'Tuesday, 14 July 2015']]);
    expect(stamps('world Sat, Feb. 3, 2018\n')).toEqual([['weekday-stamp', 'stamp', '2018-2-3', 'Sat, Feb. 3, 2018']]);
  });

  it('after-separator: a date straight after a separator, whatever stands before it', () => {
    expect(stamps('Ferry sinks off the coast | 2020-05-04 10:15\n\nText.')).toEqual([['after-separator', 'stamp', '2020-5-4', '| 2020-05-04']]);
    expect(stamps('Source: Wire Agency| 2020-05-04 10:15:33|Editor: desk\n')).toEqual([['after-separator', 'stamp', '2020-5-4', '| 2020-05-04']]);
    expect(stamps('World news • 12 March 2021\n')).toEqual([['after-separator', 'stamp', '2021-3-12', '• 12 March 2021']]);
    expect(stamps('NEW YORK / NEWSWIRE / May 4, 2020 / The company said.\n')).toEqual([['after-separator', 'stamp', '2020-5-4', ' / May 4, 2020']]);
    expect(stamps('Read more at example.com/2020/05/04/storm\n')).toEqual([]);
    expect(stamps('Scores | the vote is due on 14 April 2027\n')).toEqual([]);
  });

  it('date-line, glued to the name before it or not', () => {
    expect(stamps('3 October 2017 09:30 (UTC +03:00)\n')).toEqual([['date-line', 'stamp', '2017-10-3', '3 October 2017']]);
    expect(stamps('Anna Weller August 8, 20194:02 pm\n')).toEqual([['date-line', 'stamp', '2019-8-8', 'August 8, 2019']]);
    expect(stamps('WireserviceMay 12, 2016\n')).toEqual([['date-line', 'stamp', '2016-5-12', 'May 12, 2016']]);
    expect(stamps('JUNE 6, 2025\n')).toEqual([['date-line', 'stamp', '2025-6-6', 'JUNE 6, 2025']]);
    expect(stamps('10:15 AM, May 4, 2020\n')).toEqual([['date-line', 'stamp', '2020-5-4', 'May 4, 2020']]);
    expect(stamps('Rescuers arrived at 10:15 on May 4, 2020 after the storm\n')).toEqual([]);
  });

  it('print-edition, anywhere in the page', () => {
    const text = `${'The story goes on. '.repeat(100)}\nA version of this article appears in print on 11/02/2012, on page A8.`;
    expect(stamps(text)).toEqual([['print-edition', 'print', '2012-11-2', 'appears in print on 11/02/2012']]);
  });

  it('site-today: the site\'s own date, told apart from the article\'s', () => {
    expect(stamps("NEWS.COM\n\nToday's Paper | Jan 09, 2023\n\nUpdated 14 Mar, 2021 10:20am\n")).toEqual([
      ['site-today', 'site-today', '2023-1-9', "Today's Paper | Jan 09, 2023"],
      ['updated-label', 'updated', '2021-3-14', 'Updated 14 Mar, 2021'],
    ]);
  });

  it('published-foot: a labelled date closing the last lines of a page whose head has none', () => {
    const story = 'The harbour board voted on Tuesday to close the old ferry pier for repairs over the winter.\n'.repeat(16);
    expect(stamps(`${story}\nThis story was first published on April 9, 2024.\n`)).toEqual([
      ['published-foot', 'foot', '2024-4-9', 'This story was first published on April 9, 2024'],
    ]);
    expect(stamps(`${story}\n[Published 09 Apr 2024]\n`)).toEqual([['published-foot', 'foot', '2024-4-9', '[Published 09 Apr 2024']]);
    expect(stamps(`${story}This article was originally published on Harbour Weekly on April 8, 2024.\n`).map((s) => s[2])).toEqual(['2024-4-8']);
    // Prose runs on past its date; a head stamp leaves the foot unread; a reader's comment is "Posted".
    expect(stamps(`${story}The survey was published on April 2, 2024, by the board, which had asked ferry users for views.\n`)).toEqual([]);
    expect(stamps(`April 10, 2024\n${story}First published: April 9, 2024\n`).map((s) => s[0])).toEqual(['date-line']);
    expect(stamps(`${story}Posted: April 12, 2024\n`)).toEqual([]);
  });

  it('Originally published, a label of its own', () => {
    expect(stamps('Updated April 10, 2024, 9:00 AM\nOriginally published April 9, 2024\n').map((s) => [s[0], s[2]])).toEqual([
      ['updated-label', '2024-4-10'],
      ['published-label', '2024-4-9'],
    ]);
  });

  it('a page run into one long line: the stamp\'s part between separators stands for its line', () => {
    const story = 'The harbour board voted on Tuesday to close the old ferry pier for repairs over the winter. '.repeat(4);
    expect(stamps(`Home | Harbour | Transport | Pier to close | By Kari Nordmann | Published April 9, 2024 | ${story}`)).toEqual([
      ['published-label', 'published', '2024-4-9', 'Published April 9, 2024'],
    ]);
    expect(stamps(`Pier to close\n\nTuesday, April 9, 2024 | 2:10 p.m. ${story}`)).toEqual([['weekday-stamp', 'stamp', '2024-4-9', 'Tuesday, April 9, 2024']]);
    // Without separators a long line is prose.
    expect(stamps(`Pier to close\n\nOn Tuesday, April 9, 2024 the board met. ${story}`)).toEqual([]);
  });

  it('ignores dates in prose and verbs in prose', () => {
    const prose = `The treaty was published on March 4, 2019 by the two governments ${'and discussed at length '.repeat(5)}.`;
    expect(stamps(prose)).toEqual([]);
  });
});
