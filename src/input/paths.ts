// PATH arguments → input sources: "-" (stdin), files, folders (recursed) and globs.
import { statSync } from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
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

/** The articles in a folder, their extensions in any case (".TXT" from older systems). */
async function folderFiles(dir: string): Promise<string[]> {
  const files = await glob('**/*', { cwd: dir, dot: false, absolute: false, onlyFiles: true });
  return files.filter((f) => ARTICLE_FILE_RE.test(f)).sort().map((f) => path.join(dir, f));
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
    } else if (isDynamicPattern(arg)) {
      const files = (await glob(arg, { onlyFiles: true })).sort();
      if (files.length === 0) refs.push({ kind: 'missing', path: arg, problem: 'no files match this pattern' });
      for (const file of files) refs.push({ kind: 'file', path: file });
    } else {
      refs.push({ kind: 'missing', path: arg, problem: kind.problem });
    }
  }
  return refs;
}
