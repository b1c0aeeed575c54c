// Day arithmetic on ISO dates (YYYY-MM-DD), for grouping reports that are close in time.

const DAY_MS = 86_400_000;

/** Whole days from a to b; null when either is not a full date. */
export function daysBetween(a: string | null, b: string | null): number | null {
  if (!a || !b || !/^\d{4}-\d{2}-\d{2}/.test(a) || !/^\d{4}-\d{2}-\d{2}/.test(b)) return null;
  return Math.round((Date.parse(b.slice(0, 10)) - Date.parse(a.slice(0, 10))) / DAY_MS);
}

export const within = (a: string | null, b: string | null, days: number) => {
  const gap = daysBetween(a, b);
  return gap !== null && Math.abs(gap) <= days;
};

/** Sorts by publication date, unknown dates last, then by document id. */
export const byPublication = <T extends { publishedAt: string | null; docId: string }>(a: T, b: T) =>
  (a.publishedAt ?? '9999').localeCompare(b.publishedAt ?? '9999') || a.docId.localeCompare(b.docId);

/**
 * Groups items into the connected parts of a relation (union-find), in the order of their first
 * item. `beyond(a, b)`, on items sorted so, says no item from b on can link to a: it bounds the
 * pairs compared (a window of publication dates, say).
 */
export function connected<T>(items: T[], linked: (a: T, b: T) => boolean, beyond: (a: T, b: T) => boolean = () => false): T[][] {
  const parent = items.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length && !beyond(items[i], items[j]); j++) {
      if (root(i) !== root(j) && linked(items[i], items[j])) parent[root(j)] = root(i);
    }
  }
  const groups = new Map<number, T[]>();
  items.forEach((item, i) => {
    const group = groups.get(root(i));
    if (group) group.push(item);
    else groups.set(root(i), [item]);
  });
  return [...groups.values()];
}

/** The value given most often; ties go to the one given first. */
export function mostCommon<T>(values: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)!) best = v;
  return best;
}

/** Items grouped by a key, in the order each key is first seen. */
export function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
