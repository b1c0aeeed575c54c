// Starting the command line from its start-up snapshot (snapshot.ts) when this node can use it and
// the run is short: bin/newsfacts.js runs a second node from the blob, whose heap already holds what
// a run would load and build. node refuses a blob made by another binary or V8 build, or run with
// any V8 flag, so anything short of a sure match runs the command line as before, in this process.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fstatSync, readFileSync, statSync, type Stats } from 'node:fs';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

const inDist = (file: string) => fileURLToPath(new URL(file, import.meta.url));
export const SNAPSHOT_BLOB = inDist('../bundle/snapshot.blob');
/** The node the blob was built by (nodeIdentity), written beside it. */
export const SNAPSHOT_STAMP = inDist('../bundle/snapshot.json');
/**
 * node's options for building the blob and for every run from it (node refuses a blob run with other
 * V8 flags; bin/newsfacts, the sh launcher, gives the same). `--no-rehash-snapshot`: the heap's hash
 * tables and strings keep the hash seed the build drew, instead of being hashed again under a new one
 * at every start, about a tenth of the run's CPU (docs/PERFORMANCE.md).
 */
export const SNAPSHOT_NODE_FLAGS = ['--no-rehash-snapshot'];
/**
 * glibc's tunable for every run from the blob (bin/newsfacts sets the same): malloc asks the kernel for
 * transparent huge pages. node reads the 13 MB blob into buffers of malloc's (23 MB in all) before
 * V8 builds its heap from them; in 4 KB pages that and malloc's heap cost ~7,000 page faults, a sixth
 * of a short run's CPU (docs/PERFORMANCE.md). glibc before 2.35 and other C libraries ignore it; a
 * GLIBC_TUNABLES of the user's own comes after it, so the user's setting wins.
 */
export const SNAPSHOT_MALLOC_TUNABLE = 'glibc.malloc.hugetlb=1';
/** tsc's output: a blob older than it is stale, as the bundle is (bin/newsfacts.js). */
const MODULES = inDist('./main.js');
const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
/** More input files than this make a long run. */
const FEW_FILES = 4;
/** node's exit code when it cannot load a snapshot, before any of the command line has run. */
const SNAPSHOT_FAILURE = 14;

export interface NodeIdentity {
  version: string;
  v8: string;
  arch: string;
  execPath: string;
  size: number;
  mtimeMs: number;
}

/** What a blob is tied to: this node binary, down to its file. */
export function nodeIdentity(): NodeIdentity {
  const binary = statSync(process.execPath);
  return { version: process.version, v8: process.versions.v8, arch: process.arch, execPath: process.execPath, size: binary.size, mtimeMs: binary.mtimeMs };
}

/**
 * Whether the arguments look like a short run: no folder, no JSON Lines (a file, or `--input jsonl`
 * on stdin), no glob, a few files at most. A long run gains nothing worth having from the snapshot,
 * and its heap (compromise, built) would stay in the main thread all the run while worker threads
 * extract: a third more peak memory (docs/PERFORMANCE.md). A wrong guess costs time or memory, never output.
 */
export function isShortRun(args: readonly string[]): boolean {
  if (args.some((arg) => /jsonl|ndjson|[*?[{]/i.test(arg))) return false;
  const found = args.map(statOrNull).filter((stats): stats is Stats => stats !== null);
  return !found.some((stats) => stats.isDirectory()) && found.length <= FEW_FILES;
}

/**
 * How many bytes a short run reads: its files' sizes (any argument that is a file), else stdin's
 * when it is a file; null when stdin is a pipe or a terminal, whose size cannot be known before it is read.
 */
export function inputBytes(args: readonly string[]): number | null {
  const files = args.map(statOrNull).filter((stats): stats is Stats => stats?.isFile() === true);
  if (files.length > 0) return files.reduce((sum, stats) => sum + stats.size, 0);
  try {
    const stdin = fstatSync(0);
    return stdin.isFile() ? stdin.size : null;
  } catch {
    return null;
  }
}

/** An argument's file, or null for anything else (an option, a value, a path that cannot be read): the command line reports those. */
function statOrNull(arg: string): Stats | null {
  try {
    return statSync(arg, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
}

/**
 * The blob to start from for these arguments, or null: not a short run, none built, older than tsc's
 * output, built by another node, node given options of its own (on its command line or in
 * NODE_OPTIONS), or NEWSFACTS_NO_SNAPSHOT set.
 */
export function usableSnapshot(args: readonly string[]): string | null {
  if (process.env.NEWSFACTS_NO_SNAPSHOT || process.env.NODE_OPTIONS || process.execArgv.length > 0) return null;
  if (!isShortRun(args)) return null;
  try {
    if (statSync(SNAPSHOT_BLOB).mtimeMs < statSync(MODULES).mtimeMs) return null;
    const stamp: unknown = JSON.parse(readFileSync(SNAPSHOT_STAMP, 'utf8'));
    return isDeepStrictEqual(stamp, nodeIdentity()) ? SNAPSHOT_BLOB : null;
  } catch {
    return null;
  }
}

/**
 * Runs the command line from the blob in a child node that shares this process's stdin, stdout and
 * stderr, and resolves to its exit code; rejects only when the child cannot start or node cannot
 * load the blob, before any of the command line has run (node has then said why on stderr). INT, TERM and HUP sent to this process go on to the child, which acts on
 * them as the command line does (a half-written -o file is removed).
 */
export async function runFromSnapshot(blob: string, bin: string, args: string[]): Promise<number> {
  const tunables = [SNAPSHOT_MALLOC_TUNABLE, process.env.GLIBC_TUNABLES].filter(Boolean).join(':');
  const env = { ...process.env, GLIBC_TUNABLES: tunables };
  const child = spawn(process.execPath, [...SNAPSHOT_NODE_FLAGS, '--snapshot-blob', blob, bin, ...args], { stdio: 'inherit', env });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  for (const signal of FORWARDED_SIGNALS) process.on(signal, forward);
  try {
    const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
    if (code === SNAPSHOT_FAILURE) throw new Error('node could not load the start-up snapshot');
    return code ?? 128 + constants.signals[signal ?? 'SIGTERM'];
  } finally {
    for (const signal of FORWARDED_SIGNALS) process.off(signal, forward);
  }
}
