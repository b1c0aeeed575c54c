// Present-tense forms of verbs that news copy uses for what is scheduled ("the leaders meet Friday", "the summit opens
// Monday", "Parliament reconvenes in May"): the present of a timetable, so the day lies ahead. Forms that are as often
// nouns or adjectives before a day ("vote", "visit", "return", "open", "end") or too general ("things that go on") are
// left out. Source: English grammar (the "scheduled future" use of the simple present) and wire-copy style.

export const SCHEDULED_PRESENT_VERBS: readonly string[] = [
  'arrive', 'arrives', 'begin', 'begins', 'closes', 'convene', 'convenes', 'depart', 'departs', 'ends', 'expire',
  'expires', 'faces', 'flies', 'fly', 'goes', 'heads', 'holds', 'kicks', 'leaves', 'meet', 'meets', 'opens',
  'plays', 'reconvene', 'reconvenes', 'resume', 'resumes', 'returns', 'starts', 'testifies', 'testify', 'travel',
  'travels', 'visits',
];
