import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
const mode = process.argv[3];
const text = fs.readFileSync(process.argv[2], 'utf8');
const rss = () => (process.memoryUsage().rss / 1e6).toFixed(0);
if (mode === 'inline') {
  const { default: run } = await import('../dist/cli/worker.js');
  const r = run({ text });
  console.error('after extract rss', rss(), r.json.length);
} else {
  const w = new Worker(new URL('../dist/cli/worker-bench.js', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: Number(mode), maxYoungGenerationSizeMb: 8 } });
  w.postMessage(text);
  const timer = setInterval(() => console.error('rss', rss()), 1000);
  w.on('message', (m) => { console.error('got', m.length, 'rss', rss()); clearInterval(timer); w.terminate(); });
}
