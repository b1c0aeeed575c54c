// PATH arguments → input sources: "-" (stdin), files, folders (recursed) and globs.
import { statSync } from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** File endings read when a folder is given. */
export const ARTICLE_EXTENSIONS = ['htm', 'html', 'jsonl', 'md', 'ndjson', 'txt'];

/** A file named as JSON Lines, one article per line. */
export function isJsonlPath(file: string): boolean {
  return /\.(?:jsonl|ndjson)$/i.test(file);
}

export type SourceRef = { kind: 'stdin' } | { kind: 'file'; path: string } | { kind: 'missing'; path: string; problem: string };

function statKind(p: string): 'file' | 'dir' | null {
  try {
    const st = statSync(p);
    return st.isDirectory() ? 'dir' : 'file';
  } catch {
    return null;
  }
}

async function folderFiles(dir: string): Promise<string[]> {
  const files = await glob(`**/*.{${ARTICLE_EXTENSIONS.join(',')}}`, { cwd: dir, dot: false, absolute: false });
  return files.sort().map((f) => path.join(dir, f));
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
    } else if (isDynamicPattern(arg)) {
      const files = (await glob(arg, { onlyFiles: true })).sort();
      if (files.length === 0) refs.push({ kind: 'missing', path: arg, problem: 'no files match this pattern' });
      for (const file of files) refs.push({ kind: 'file', path: file });
    } else {
      refs.push({ kind: 'missing', path: arg, problem: 'no such file or folder' });
    }
  }
  return refs;
}
