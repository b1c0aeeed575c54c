// Heap tuning for the command line's threads, set before any worker starts so every thread has it.
import { setFlagsFromString } from 'node:v8';

/**
 * V8 lets a heap grow to several times its live data before a full collection; newsfacts' live
 * data is small and its garbage plentiful, so a slower growth keeps each thread's memory near what
 * it uses (a third less peak RSS, no measurable CPU cost: docs/PERFORMANCE.md). Set at run time,
 * not on node's command line, where a V8 flag would also make node refuse the start-up snapshot.
 */
export function tuneHeap(): void {
  setFlagsFromString('--heap-growing-percent=20');
}
