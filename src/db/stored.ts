// What a corpus database holds of each document (text hash and settings), read in a short-lived
// node process: DuckDB costs ~55 MB of memory once loaded (its library and allocator), which
// closing it does not give back, and a load's extraction threads should not run beside it. The
// rows are written at the end, when those threads are gone (load.ts).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { DatabaseError } from './open.js';

/** From dist/db and from dist/bundle alike, the tsc output's script. */
const CHILD = fileURLToPath(new URL('../db/stored-child.js', import.meta.url));

export type StoredReply = { stored: [id: string, key: string][] } | { problem: string };

/** Document id → "text-hash settings"; the file and its tables are made when missing. */
export async function storedDocuments(file: string): Promise<Map<string, string>> {
  const child = spawn(process.execPath, [CHILD, file], { stdio: ['ignore', 'pipe', 'pipe'] });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.stderr.resume();
  const [code] = (await once(child, 'close')) as [number | null];
  let reply: StoredReply;
  try {
    reply = JSON.parse(Buffer.concat(chunks).toString('utf8')) as StoredReply;
  } catch {
    throw new DatabaseError(file, `cannot read the database (its reader exited with ${code ?? 'a signal'})`);
  }
  if ('problem' in reply) throw new DatabaseError(file, reply.problem);
  return new Map(reply.stored);
}
