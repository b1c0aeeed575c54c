// PATH arguments → input sources: "-" (stdin), files, folders (recursed) and globs.
import { statSync } from 'node:fs';
import path from 'node:path';
import { describeFileError } from '../describe-error.js';

/** File endings read when a folder is given. */
export const ARTICLE_EXTENSIONS = ['htm', 'html', 'jsonl', 'md', 'ndjson', 'txt'];

/** A file named as JSON Lines, one article per line. */
export function isJsonlPath(file: string): boolean {
  return /\.(?:jsonl|ndjson)$/i.test(file);
}

export type SourceRef = { kind: 'stdin' } | { kind: 'file'; path: string } | { kind: 'missing'; path: string; problem: string };

/** What is at a path: a folder, a file (or FIFO, device: anything readable), or why nothing can be read there. */
function statKind(p: string): 'file' | 'dir' | { problem: string; code?: string } {
  try {
    return statSync(p).isDirectory() ? 'dir' : 'file';
  } catch (error) {
    return { problem: describeFileError(error, 'no such file or folder'), code: (error as NodeJS.ErrnoException).code };
  }
}

const ARTICLE_FILE_RE = new RegExp(`\\.(?:${ARTICLE_EXTENSIONS.join('|')})$`, 'i');

// tinyglobby is loaded only for a folder or a path that is not there: a run on a few files never
// needs it (docs/PERFORMANCE.md: start-up).

/** The articles in a folder, their extensions in any case (".TXT" from older systems). */
async function folderFiles(dir: string): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  const files = await glob('**/*', { cwd: dir, dot: false, absolute: false, onlyFiles: true });
  return files.filter((f) => ARTICLE_FILE_RE.test(f)).sort().map((f) => path.join(dir, f));
}

/** The files a glob matches, sorted, or null when the argument is no pattern. */
async function globFiles(pattern: string): Promise<string[] | null> {
  const { glob, isDynamicPattern } = await import('tinyglobby');
  return isDynamicPattern(pattern) ? (await glob(pattern, { onlyFiles: true })).sort() : null;
}

export async function resolvePaths(args: string[]): Promise<SourceRef[]> {
  const refs: SourceRef[] = [];
  for (const arg of args.length ? args : ['-']) {
    if (arg === '-') {
      refs.push({ kind: 'stdin' });
      continue;
    }
    const kind = statKind(arg);
    if (kind === 'file') {
      refs.push({ kind: 'file', path: arg });
    } else if (kind === 'dir') {
      const files = await folderFiles(arg);
      if (files.length === 0) {
        refs.push({ kind: 'missing', path: arg, problem: `no articles (.${ARTICLE_EXTENSIONS.join(', .')}) in this folder` });
      }
      for (const file of files) refs.push({ kind: 'file', path: file });
    } else if (kind.code !== 'ENOENT') {
      refs.push({ kind: 'missing', path: arg, problem: kind.problem });
    } else {
      const files = await globFiles(arg);
      if (files === null) refs.push({ kind: 'missing', path: arg, problem: kind.problem });
      else if (files.length === 0) refs.push({ kind: 'missing', path: arg, problem: 'no files match this pattern' });
      else for (const file of files) refs.push({ kind: 'file', path: file });
    }
  }
  return refs;
}
