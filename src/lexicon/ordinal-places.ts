// Things counted by ordinal that a bare "the 16th" can stand for in its sentence: a golf hole, a storey, a lap, an
// inning ("birdied the 16th", "on the 12th, where ..."). Source: common English sports and building usage.

export const ORDINAL_PLACES: readonly string[] = [
  'birdie',
  'birdied',
  'bogey',
  'bogeyed',
  'eagle',
  'fairway',
  'floor',
  'green',
  'hole',
  'inning',
  'lap',
  'par',
  'parred',
  'putt',
  'storey',
  'tee',
];
