// The -o target. A regular file (or none yet) appears whole or not at all: the output goes to a
// temporary file beside it, created exclusively under an unguessable name and private (0600)
// until it is renamed into place, and removed on failure or on SIGINT, SIGTERM or SIGHUP. A
// special file (device, FIFO, /dev/stdout) is written in place, since renaming over it would
// replace it; a symlink is followed, so the file it names is replaced and the link stays.
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { fstatSync, unlinkSync, type Stats, type WriteStream } from 'node:fs';
import { chmod, lstat, open, readlink, rename, stat } from 'node:fs/promises';
import { constants } from 'node:os';
import path from 'node:path';
import { stdoutSink, writeTo, type Sink } from './sink.js';
import { describeFileError } from '../describe-error.js';

/** Symlinks followed before giving up, as Linux does. */
const MAX_LINKS = 40;
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException)?.code;

class OutputError extends Error {
  constructor(target: string, error: unknown) {
    super(`cannot write ${target}: ${describeFileError(error, 'no such folder')}`);
  }
}

async function statOrNull(at: string, follow: boolean): Promise<Stats | null> {
  try {
    return follow ? await stat(at) : await lstat(at);
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return null;
    throw error;
  }
}

/** The path after its symlinks are followed; a dangling link's target is created, as the shell's `>` does. */
async function followLinks(target: string): Promise<string> {
  let at = target;
  for (let hops = 0; hops < MAX_LINKS; hops++) {
    if (!(await statOrNull(at, false))?.isSymbolicLink()) return at;
    at = path.resolve(path.dirname(at), await readlink(at));
  }
  throw Object.assign(new Error('too many symbolic links'), { code: 'ELOOP' });
}

/** /dev/stdout, /dev/fd/N, /proc/self/fd/N: links to whatever the process holds open, written in place even when that is a regular file. */
const isProcessLink = (target: string) => /^\/(?:dev|proc)\//.test(path.resolve(target));

function streamSink(stream: WriteStream, target: string, finish: (failed: boolean) => Promise<void>): Sink {
  let failure: unknown = null;
  stream.on('error', (error) => (failure ??= error));
  const close = async () => {
    if (!stream.closed) {
      stream.end();
      await once(stream, 'close').catch(() => {});
    }
  };
  return {
    async write(text) {
      if (failure) throw new OutputError(target, failure);
      await writeTo(stream, text);
    },
    async commit() {
      await close();
      if (failure) {
        await finish(true);
        throw new OutputError(target, failure);
      }
      await finish(false).catch((error) => {
        throw new OutputError(target, error);
      });
    },
    async abort() {
      await close();
      await finish(true);
    },
  };
}

async function inPlaceSink(target: string): Promise<Sink> {
  const handle = await open(target, 'a').catch((error) => {
    throw new OutputError(target, error);
  });
  return streamSink(handle.createWriteStream(), target, async () => {});
}

async function replacingSink(target: string, final: string, existing: Stats | null): Promise<Sink> {
  const temp = path.join(path.dirname(final), `.${path.basename(final)}.${randomBytes(8).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o600).catch((error) => {
    throw new OutputError(target, error);
  });
  const removeTemp = () => {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
  };
  const onSignal = (signal: NodeJS.Signals) => {
    removeTemp();
    process.exit(128 + constants.signals[signal]);
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
  process.on('exit', removeTemp);
  const finish = async (failed: boolean) => {
    for (const signal of SIGNALS) process.off(signal, onSignal);
    process.off('exit', removeTemp);
    if (failed) return removeTemp();
    try {
      // The file gets the mode it had, or the one a new file gets, only once it is whole.
      await chmod(temp, existing ? existing.mode & 0o7777 : 0o666 & ~process.umask());
      await rename(temp, final);
    } catch (error) {
      removeTemp();
      throw error;
    }
  };
  return streamSink(handle.createWriteStream(), target, finish);
}

/** Whether the file is this process's stdout (/dev/stdout when that is a socket, which cannot be opened again). */
function isStdout(file: Stats): boolean {
  const stdout = fstatSync(1);
  return file.dev === stdout.dev && file.ino === stdout.ino;
}

export async function fileSink(target: string): Promise<Sink> {
  try {
    const current = await statOrNull(target, true);
    if (current && isStdout(current)) return stdoutSink();
    if (current?.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    if ((current && !current.isFile()) || isProcessLink(target)) return await inPlaceSink(target);
    return await replacingSink(target, await followLinks(target), current);
  } catch (error) {
    throw error instanceof OutputError ? error : new OutputError(target, error);
  }
}
