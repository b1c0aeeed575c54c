// Parts of the day and seasons with their TIMEX3 codes. Source: TimeML TIMEX3 annotation guidelines (MO, AF, EV, NI; SP, SU, FA, WI).

export const DAY_PARTS: Record<string, string> = {
  afternoon: 'AF', evening: 'EV', morning: 'MO', night: 'NI', overnight: 'NI', tonight: 'NI',
};

export const SEASONS: Record<string, string> = {
  autumn: 'FA', fall: 'FA', spring: 'SP', summer: 'SU', winter: 'WI',
};
