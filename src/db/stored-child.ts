// Run as its own node process by stored.ts: opens the database (creating it and its tables when
// missing, as a load does), prints what it holds of each document as JSON and exits, so DuckDB's
// memory is given back before the load's extraction starts.
import { describeError } from '../describe-error.js';
import { DatabaseError, openDatabase } from './open.js';
import type { StoredReply } from './stored.js';

async function reply(file: string): Promise<StoredReply> {
  try {
    const db = await openDatabase(file, 'write');
    try {
      const rows = await db.rows('SELECT doc_id, text_hash, settings FROM documents');
      return { stored: rows.map((row) => [String(row.doc_id), `${row.text_hash} ${row.settings}`]) };
    } finally {
      db.close();
    }
  } catch (error) {
    // DatabaseError's message is "FILE: problem"; the parent names the file again.
    const message = describeError(error);
    return { problem: error instanceof DatabaseError ? message.slice(file.length + 2) : message };
  }
}

process.stdout.write(JSON.stringify(await reply(process.argv[2])));
