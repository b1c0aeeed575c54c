// Source: English nouns that an organization's name modifies when it is only named in passing
// ("the BJP alliance", "the White House head", "the NDA camp"), from general news usage.

export const ORGANIZATION_MODIFIER_HEADS: string[] = [
  'alliance', 'bloc', 'camp', 'ceasefire', 'cooperation', 'head', 'headquarters', 'lawmaker', 'seat', 'ties',
];
