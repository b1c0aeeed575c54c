// Published figures of reference systems, as quoted in the READMEs of ../shared/corpora
// (tempeval3: UzZaman et al. 2013, Table 3, and the counts derived there; conll2003: the
// shared-task table and the compromise-alone baseline measured for that README).
// Percentages as published; null where the source gives no figure.

/** TempEval-3 Task A on TE3-Platinum (20 documents, 138 timexes). */
export const TEMPEVAL3 = {
  data: 'TE3-Platinum test (published)',
  systems: [
    { system: 'HeidelTime-t', strictF1: 81.34, relaxedP: 93.08, relaxedR: 87.68, relaxedF1: 90.3, valueAccuracy: 85.95, valueF1: 77.61 },
    { system: 'NavyTime-1,2', strictF1: 79.57, relaxedP: 89.36, relaxedR: 91.3, relaxedF1: 90.32, valueAccuracy: 78.58, valueF1: 70.97 },
    { system: 'SUTime', strictF1: 79.57, relaxedP: 89.36, relaxedR: 91.3, relaxedF1: 90.32, valueAccuracy: 74.6, valueF1: 67.38 },
    { system: 'ClearTK-1,2', strictF1: 82.71, relaxedP: 93.75, relaxedR: 86.96, relaxedF1: 90.23, valueAccuracy: 71.66, valueF1: 64.66 },
  ],
  note: 'value accuracy of the published systems is derived (value F1 / relaxed F1), not published; no type scores were published for English.',
};

/** CoNLL-2003 English, exact-span F1. */
export const CONLL2003 = {
  systems: [
    { system: 'compromise 14 alone (raw spans)', data: 'dev, PER/ORG/LOC', PER: 55.4, ORG: 19.3, LOC: 62.2, microP: 62.0, microR: 43.1, microF1: 50.8 },
    { system: 'compromise 14 alone (+possessive trim)', data: 'dev, PER/ORG/LOC', PER: 56.1, ORG: 19.9, LOC: 66.7, microP: 64.8, microR: 45.0, microF1: 53.1 },
    { system: 'compromise 14 alone (raw spans)', data: 'test, PER/ORG/LOC', PER: 48.4, ORG: 19.3, LOC: 61.8, microP: 59.3, microR: 38.8, microF1: 46.9 },
    { system: 'CoNLL-2003 official baseline', data: 'test, 4 types with MISC', PER: 22.85, ORG: 60.24, LOC: 76.25, microP: 71.91, microR: 50.9, microF1: 59.61 },
    { system: 'Klein, Smarr, Nguyen & Manning 2003', data: 'test, 4 types with MISC', PER: null, ORG: null, LOC: null, microP: 85.93, microR: 86.21, microF1: 86.07 },
    { system: 'Chieu & Ng 2003', data: 'test, 4 types with MISC', PER: null, ORG: null, LOC: null, microP: 88.12, microR: 88.51, microF1: 88.31 },
    { system: 'Florian, Ittycheriah, Jing & Zhang 2003 (best in the shared task)', data: 'test, 4 types with MISC', PER: null, ORG: null, LOC: null, microP: 88.99, microR: 88.54, microF1: 88.76 },
    { system: 'ACE + document context, Wang et al. 2021', data: 'test, 4 types with MISC', PER: null, ORG: null, LOC: null, microP: null, microR: null, microF1: 94.6 },
  ],
  note: 'the published overall F1 includes MISC, which newsfacts does not produce; compare per type, and compromise alone on dev like for like.',
};
