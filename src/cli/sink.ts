// Where output goes: stdout (with back-pressure, quiet on a closed pipe) or the -o target (see
// output-file.ts).
import { once } from 'node:events';

export interface Sink {
  write(text: string): Promise<void>;
  /** Finishes the output: a file is renamed into place. */
  commit(): Promise<void>;
  /** Abandons the output: a temporary file is removed, whatever was at the target stays as it was. */
  abort(): Promise<void>;
}

export async function writeTo(stream: NodeJS.WritableStream, text: string): Promise<void> {
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
