// `--min KIND.METRIC=x`: floors that turn a score into an exit code for CI.
import type { EvalReport } from './index.js';
import { sectionMetrics } from './score.js';

export interface Floor {
  /** A record kind (dates) or a gold format (timexes, stated-counts). */
  section: string;
  metric: string;
  min: number;
  source: string;
}

export class FloorError extends Error {}

const FLOOR = /^([a-z-]+)\.([a-z0-9-]+)=(\d*\.?\d+)$/i;

export function parseFloor(source: string): Floor {
  const m = FLOOR.exec(source.trim());
  if (!m) throw new FloorError(`--min ${source}: expected KIND.METRIC=NUMBER, e.g. dates.value-f1=0.8`);
  const min = Number(m[3]);
  if (min > 1) throw new FloorError(`--min ${source}: scores are between 0 and 1`);
  return { section: m[1].toLowerCase(), metric: m[2].toLowerCase(), min, source };
}

/**
 * The floors not met, as messages. A floor naming a metric that this run did not score is an
 * error (a typo must not pass CI silently); an undefined score (nothing on either side) fails.
 */
export function checkFloors(report: EvalReport, floors: readonly Floor[]): string[] {
  const failed: string[] = [];
  for (const floor of floors) {
    const sections = report.sections.filter((s) => s.kind === floor.section || s.name === floor.section);
    const values = sections.flatMap((section) =>
      [...sectionMetrics(section)].filter(([name]) => name.toLowerCase() === floor.metric).map(([, value]) => value),
    );
    if (values.length === 0) {
      const known = report.sections.flatMap((s) => [...sectionMetrics(s).keys()].map((name) => `${s.kind}.${name}`));
      throw new FloorError(`--min ${floor.source}: no such score in this run (scored: ${[...new Set(known)].join(', ')})`);
    }
    for (const value of values) {
      if (value === null || value < floor.min) {
        failed.push(`${floor.section}.${floor.metric} = ${value === null ? 'undefined' : value.toFixed(3)} < ${floor.min}`);
      }
    }
  }
  return failed;
}
