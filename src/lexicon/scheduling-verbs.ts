// Present-tense forms of verbs that news copy uses for what is scheduled ("the leaders meet Friday", "the summit opens
// Monday", "Parliament reconvenes in May"): the present of a timetable, so the day lies ahead. Forms that are as often
// nouns or adjectives before a day ("vote", "visit", "return", "open", "end") or too general ("things that go on") are
// left out. "face", "hold" and "play" are kept for plural subjects ("both men face arraignment Thursday"): as nouns
// they follow a determiner ("shot in the face Sunday"), where the tense reader skips them. Source: English grammar
// (the "scheduled future" use of the simple present) and wire-copy style.

export const SCHEDULED_PRESENT_VERBS: readonly string[] = [
  'arrive', 'arrives', 'begin', 'begins', 'closes', 'convene', 'convenes', 'depart', 'departs', 'ends', 'expire',
  'expires', 'face', 'faces', 'flies', 'fly', 'goes', 'heads', 'hold', 'holds', 'kicks', 'leaves', 'meet', 'meets',
  'opens', 'play', 'plays', 'reconvene', 'reconvenes', 'resume', 'resumes', 'returns', 'starts', 'testifies',
  'testify', 'travel', 'travels', 'visits',
];
