// Where output goes: stdout (with back-pressure, quiet on a closed pipe) or a file that appears
// whole or not at all (written to a temporary file, renamed on success).
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';

export interface Sink {
  write(text: string): Promise<void>;
  /** Finishes the output: the file is renamed into place. */
  commit(): Promise<void>;
  /** Abandons the output: the temporary file is removed. */
  abort(): Promise<void>;
}

async function writeTo(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (text && !stream.write(text)) await once(stream, 'drain');
}

export function stdoutSink(): Sink {
  // A reader that stops early (`| head -1`) is not an error: stop quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  return {
    write: (text) => writeTo(process.stdout, text),
    commit: async () => {},
    abort: async () => {},
  };
}

export function fileSink(target: string): Sink {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  const stream: WriteStream = createWriteStream(temp);
  let failure: Error | null = null;
  stream.on('error', (error) => {
    failure = error;
  });
  const close = async () => {
    if (!stream.closed) {
      stream.end();
      await once(stream, 'close');
    }
  };
  const abort = async () => {
    await close().catch(() => {});
    await unlink(temp).catch(() => {});
  };
  const onSignal = () => {
    void abort().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return {
    async write(text) {
      if (failure) throw failure;
      await writeTo(stream, text);
    },
    async commit() {
      await close();
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      if (failure) {
        await unlink(temp).catch(() => {});
        throw new Error(`cannot write ${target}: ${(failure as Error).message}`);
      }
      await rename(temp, target);
    },
    abort,
  };
}
