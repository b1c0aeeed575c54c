// Every gold file of the shared corpora reads cleanly and scores 1.0 against itself.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accuracy, evaluate, prf, readGold } from '../../src/eval/index.js';
import { hasShared, sharedPath } from '../shared.js';
import { goldAsRecord } from './records.js';

const goldFiles = hasShared
  ? readdirSync(sharedPath('corpora')).flatMap((corpus) =>
      readdirSync(sharedPath('corpora', corpus)).filter((f) => f.endsWith('.jsonl')).map((f) => `${corpus}/${f}`),
    )
  : [];

describe.skipIf(!hasShared)('gold of the shared corpora against itself', () => {
  it.each(goldFiles)('%s scores 1.0', (file) => {
    const report = evaluate(file, readGold(sharedPath('corpora', file)), { extractor: (gold) => goldAsRecord(gold) });
    expect(report.sections.length).toBeGreaterThan(0);
    for (const section of report.sections) {
      for (const row of section.rows) {
        const { p, r, f1 } = prf(row);
        expect([section.name, row.label, r]).toEqual([section.name, row.label, 1]);
        if (row.fp !== null) expect([p, f1]).toEqual([1, 1]);
      }
      for (const row of section.accuracies) expect([row.label, accuracy(row)]).toEqual([row.label, 1]);
    }
  });
});
