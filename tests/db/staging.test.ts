// Rows staged in NDJSON files reach the load's transaction with their types intact, once.
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open.js';
import type { TableRows } from '../../src/db/rows.js';
import { Staging } from '../../src/db/staging.js';
import { TABLE_NAMES } from '../../src/db/schema.js';
import { DB_TEST_TIMEOUT, newDatabase } from './run-db.js';

const noRows = () => Object.fromEntries(TABLE_NAMES.map((table) => [table, []])) as unknown as TableRows;

const documentRows = (id: string, published: Date | null): TableRows => ({
  ...noRows(),
  documents: [[id, `${id}.txt`, null, published, published, ['KYIV'], null, 120, 'hash', "only=all it's"]],
  actors: [[id, 'A1', 'person', "Conan O'Neill", 'Minister', 'Ireland', ['Mr. O\'Neill'], 2]],
});

describe('staged rows', { timeout: DB_TEST_TIMEOUT }, () => {
  it('are inserted with their dates, lists, nulls and quotes, and only once', async () => {
    const db = await openDatabase(newDatabase(), 'write');
    const staging = new Staging();
    try {
      await db.run('BEGIN TRANSACTION');
      staging.add(documentRows('kyiv-1', new Date(Date.UTC(2024, 1, 29))), 0);
      staging.add(documentRows('kyiv-2', null), 1);
      await staging.insertInto(db);
      await staging.insertInto(db);
      await db.run('COMMIT');
      expect(await db.rows('SELECT doc_id, published_at, dateline_places, settings FROM documents ORDER BY doc_id')).toEqual([
        { doc_id: 'kyiv-1', published_at: '2024-02-29', dateline_places: ['KYIV'], settings: "only=all it's" },
        { doc_id: 'kyiv-2', published_at: null, dateline_places: ['KYIV'], settings: "only=all it's" },
      ]);
      expect(await db.rows("SELECT name, aliases, mention_count FROM actors WHERE doc_id = 'kyiv-1'")).toEqual([
        { name: "Conan O'Neill", aliases: ["Mr. O'Neill"], mention_count: 2 },
      ]);
    } finally {
      staging.remove();
      db.close();
    }
  });

  it('leave out the documents whose ordinals are named', async () => {
    const db = await openDatabase(newDatabase(), 'write');
    const staging = new Staging();
    try {
      await db.run('BEGIN TRANSACTION');
      staging.add(documentRows('kyiv-1', null), 0);
      staging.add(documentRows('kyiv-2', null), 1);
      staging.add(documentRows('kyiv-3', null), 2);
      await staging.insertInto(db, [0, 2]);
      await db.run('COMMIT');
      expect(await db.rows('SELECT doc_id FROM documents')).toEqual([{ doc_id: 'kyiv-2' }]);
      expect(await db.rows('SELECT doc_id FROM actors')).toEqual([{ doc_id: 'kyiv-2' }]);
    } finally {
      staging.remove();
      db.close();
    }
  });

  it('take their files with them when removed', () => {
    const staging = new Staging();
    staging.add(documentRows('kyiv-1', null), 0);
    expect(readdirSync(staging.dir).sort()).toEqual(TABLE_NAMES.map((table) => `${table}.ndjson`).sort());
    staging.remove();
    expect(existsSync(staging.dir)).toBe(false);
  });
});
