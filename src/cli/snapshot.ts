// The command line as a V8 start-up snapshot: scripts/snapshot.js bundles this file into one script
// and has node build dist/bundle/snapshot.blob from it; bin/newsfacts.js starts node from that blob
// (snapshot-launch.ts). Its heap holds the command line's code, compromise with the project's words,
// and what the extractors build on first use (a short text has been through all but one), so a run
// starts there instead of loading and building it all (docs/PERFORMANCE.md).
import { setFlagsFromString, startupSnapshot } from 'node:v8';
import { extract } from '../extract/from-text.js';
import type { RecordKind } from '../kinds.js';
// The output formats are set up in the snapshot, not at each run: the table's colours (chalk) are
// about a twentieth of a short run's start. Safe to build early: the table makes its own Chalk with
// the run's colour level, never chalk's default, which read the build's terminal.
import '../output/index.js';
import { tuneHeap } from './heap.js';
import { main } from './main.js';
import { inputBytes } from './snapshot-launch.js';

/** Wire copy of our own that takes the extractors through the parts they build on first use. */
const WARM_UP =
  'GENEVA (Wire) - Norway\'s foreign minister, Anne Lind, said on Tuesday that two aid workers were killed ' +
  'near the border, and called on both sides to hold talks in Oslo by March 4.';
/**
 * Not casualties: after its cue patterns have run, node 20 aborts while writing the snapshot (V8
 * meets machine code of a regular expression it cannot serialise). Its first run builds little.
 */
const WARMED_UP: RecordKind[] = ['actors', 'calls', 'appeals', 'dates'];
/**
 * Input up to this size has its regular expressions compiled without V8's optimizations: on a short
 * article most of them run a few times, and compiling them is the largest part of the run. On more
 * text the optimized code pays for itself: even at 64 KB the two cost the same, and a long batch
 * extracts ~40% slower without it (docs/PERFORMANCE.md). The flag changes how a pattern is compiled, never what it matches.
 */
const SMALL_INPUT_BYTES = 32_000;

if (startupSnapshot.isBuildingSnapshot()) {
  extract(WARM_UP, { only: WARMED_UP });
  // process.argv is [node, bin/newsfacts.js, ...arguments]: the launcher passes its own path first.
  startupSnapshot.setDeserializeMainFunction(async () => {
    tuneHeap();
    const bytes = inputBytes(process.argv.slice(2));
    if (bytes !== null && bytes <= SMALL_INPUT_BYTES) setFlagsFromString('--no-regexp-optimization');
    process.exitCode = await main(process.argv);
  });
}
