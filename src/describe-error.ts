/** The message of anything thrown, for a one-line report without a stack trace. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** File system errors in words, each its own: a loop of links or a locked file is not a missing one. */
const FILE_PROBLEMS: Record<string, string> = {
  EACCES: 'permission denied',
  EISDIR: 'is a folder',
  ELOOP: 'too many levels of symbolic links',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the name is too long',
  ENOSPC: 'no space left on the device',
  ENOTDIR: 'a part of the path is not a folder',
  ENXIO: 'a socket or device that cannot be opened',
  EPERM: 'permission denied',
  EPIPE: 'the reader closed the pipe',
  EROFS: 'read-only file system',
};

/** What went wrong with a file, never naming a path (the caller names the one the user gave). */
export function describeFileError(error: unknown, ifMissing: string): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return ifMissing;
  return (code && FILE_PROBLEMS[code]) ?? describeError(error);
}
