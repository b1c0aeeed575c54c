// Source: English common nouns for road vehicles, aircraft and boats, as news writes them after a
// maker's or model's name ("a Kia pickup truck", "a King Air plane"), from general usage. Sorted.

/** Nouns a vehicle's make or model modifies: "a Kia pickup truck", "the King Air twin-engine plane". */
export const VEHICLE_NOUNS: string[] = [
  'aircraft', 'airliner', 'boat', 'bus', 'car', 'coupe', 'ferry', 'hatchback', 'helicopter', 'jet', 'limousine', 'minibus',
  'minivan', 'motorbike', 'motorcycle', 'pickup', 'plane', 'scooter', 'sedan', 'suv', 'tractor', 'trawler', 'truck', 'van',
];
