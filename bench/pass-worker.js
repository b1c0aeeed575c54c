// Passes of `npm run bench` on a worker thread: plain compromise (`parse`, in a thread of its own so
// the project's additions to compromise's lexicon, made when the library loads, do not reach it)
// or the full extraction (`extract`). A pass takes every n-th document from the k-th, so n threads
// can share the documents; the thread answers with the pass's seconds.
import { parentPort, workerData } from 'node:worker_threads';

const { texts, warmupCount, work } = workerData;
const run = work === 'extract' ? (await import('../dist/index.js')).extract : (await import('compromise')).default;

parentPort.on('message', ({ pass, k = 0, n = 1 }) => {
  const docs = pass === 'warmup' ? texts.slice(0, warmupCount) : texts.filter((_, i) => i % n === k);
  const started = performance.now();
  for (const text of docs) run(text);
  parentPort.postMessage((performance.now() - started) / 1000);
});
