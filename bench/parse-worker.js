// The baseline of `npm run bench`: plain compromise passes, in a worker thread of their own so the
// project's additions to compromise's lexicon (made when the library loads) do not reach them.
// The main thread waits for each pass, so only one thread works at a time.
import { parentPort, workerData } from 'node:worker_threads';
import nlp from 'compromise';

const { texts, warmupCount } = workerData;

parentPort.on('message', (pass) => {
  const docs = pass === 'warmup' ? texts.slice(0, warmupCount) : texts;
  const started = performance.now();
  for (const text of docs) nlp(text);
  parentPort.postMessage((performance.now() - started) / 1000);
});
