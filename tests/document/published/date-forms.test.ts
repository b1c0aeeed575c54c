import { describe, expect, it } from 'vitest';
import { readDateAt } from '../../../src/document/published/date-forms.js';

const read = (text: string, withYear = true) => {
  const date = readDateAt(text, 0, withYear);
  return date && [date.year, date.month, date.day, text.slice(0, date.end)];
};

describe('date forms', () => {
  it.each([
    ['2023-11-08 06:10 GMT', [2023, 11, 8, '2023-11-08']],
    ['March 9, 2021 at noon', [2021, 3, 9, 'March 9, 2021']],
    ['Sept. 30 2018', [2018, 9, 30, 'Sept. 30 2018']],
    ['03rd August 2019 | 10:05 AM', [2019, 8, 3, '03rd August 2019']],
    ['11 Feb, 2017 09:15pm', [2017, 2, 11, '11 Feb, 2017']],
    ['4th of May, 2020 | 10:15', [2020, 5, 4, '4th of May, 2020']],
    ['3/28/2016 2:10:05 PM', [2016, 3, 28, '3/28/2016']],
    ['28/3/2016', [2016, 3, 28, '28/3/2016']],
    ['10/2/09 5:00 PM ET', [2009, 10, 2, '10/2/09']],
    ['21-06-2020 14:02 IST', [2020, 6, 21, '21-06-2020']],
    ['2023/07/19 08:15', [2023, 7, 19, '2023/07/19']],
    ['2019.4.2 Seoul', [2019, 4, 2, '2019.4.2']],
    ['October 3, 20182:45 pm', [2018, 10, 3, 'October 3, 2018']],
    ['May 30, 2011was the day', [2011, 5, 30, 'May 30, 2011']],
    ['14-Mar-2022 09:40', [2022, 3, 14, '14-Mar-2022']],
    ['MAR 14 202209:40 AM EDT', [2022, 3, 14, 'MAR 14 2022']],
  ])('reads %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('reads no year-first date inside a web address', () => {
    const url = 'news.example.com/2019/04/02/flood';
    expect(readDateAt(url, url.indexOf('2019'))).toBeNull();
  });

  it('reads a day and month without a year only when asked to', () => {
    expect(read('Nov 12 (AFP)')).toBeNull();
    expect(read('Nov 12 (AFP)', false)).toEqual([null, 11, 12, 'Nov 12']);
    expect(read('12 November', false)).toEqual([null, 11, 12, '12 November']);
  });

  it('rejects impossible days and years no page was published in', () => {
    expect(read('February 30, 2019')).toBeNull();
    expect(read('13/13/2019')).toBeNull();
    expect(read('June 4, 1066')).toBeNull();
    expect(read('June 4, 1066', false)).toBeNull();
  });
});
