// The built CLI on an HTML page: people named only in a script or in furniture are no actors, and
// an impossible declared date is a warning, not a reference date.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../scratch.js';
import { runCli } from './run.js';

const PAGE = `<!doctype html>
<html><head><title>Ministers agree on grain corridor</title>
<meta property="article:published_time" content="2024-99-99">
<script>var byline = "President Oskar Brandt met Lena Marsh"; console.log("Oskar Brandt said");</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Ministers agree on grain corridor</h1>
<p>Foreign Minister Tomas Varga said on Tuesday that cargo ships would leave the port within a week.</p>
<div class="body"><section><aside><p>Prime Minister Elif Kaya said the region needed more talks.</p></aside>
<p>Varga spoke to reporters in Geneva after the talks ended.</p></section></div>
</article></body></html>`;

function extract(file: string, args: string[] = []) {
  const run = runCli([...args, file]);
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout);
}

describe('newsfacts page.html', () => {
  const dir = scratchDir();
  const file = path.join(dir, 'page.html');
  writeFileSync(file, PAGE);
  let record: { actors: { name: string }[]; publishedAt: string | null; referenceDate: string | null; warnings: { code: string }[] };
  const pageRecord = () => (record ??= extract(file));

  it('reports no actor named only in a script or in a nested aside', () => {
    const names = pageRecord().actors.map((a) => a.name).join('; ');
    expect(names).toMatch(/Tomas Varga/);
    expect(names).not.toMatch(/Brandt|Marsh|Kaya/);
  });

  it('warns about an impossible declared date and leaves the reference date unknown', () => {
    expect(pageRecord().publishedAt).toBeNull();
    expect(pageRecord().referenceDate).toBeNull();
    expect(pageRecord().warnings.map((w) => w.code)).toEqual(['invalid-date', 'no-reference-date']);
  });

  it('reads the same page as HTML with --input html whatever its extension', () => {
    const txt = path.join(dir, 'page.txt');
    writeFileSync(txt, `\n${PAGE}`);
    expect(extract(txt, ['--input', 'html']).actors).toEqual(pageRecord().actors);
  });
});
