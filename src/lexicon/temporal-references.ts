// Words that refer to the present, past or future without a calendar value, as TimeML annotates them
// (TIMEX3 PRESENT_REF / PAST_REF / FUTURE_REF). Source: TimeML TIMEX3 annotation guidelines; common English usage.
// A sporting or trading season has no calendar value (it spans years and differs by sport), only its side of now.

export const TEMPORAL_REFERENCES: Record<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'> = {
  'at present': 'PRESENT_REF',
  current: 'PRESENT_REF',
  currently: 'PRESENT_REF',
  formerly: 'PAST_REF',
  'last season': 'PAST_REF',
  lately: 'PAST_REF',
  'next season': 'FUTURE_REF',
  now: 'PRESENT_REF',
  nowadays: 'PRESENT_REF',
  presently: 'PRESENT_REF',
  recently: 'PAST_REF',
  'the future': 'FUTURE_REF',
  'the near future': 'FUTURE_REF',
  'the near term': 'FUTURE_REF',
  'the past': 'PAST_REF',
  'the short term': 'FUTURE_REF',
  'these days': 'PRESENT_REF',
  'this season': 'PRESENT_REF',
};
