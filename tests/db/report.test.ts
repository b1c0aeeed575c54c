// `newsfacts report`: one self-contained page with hostile article text escaped, opened in a real
// headless Chromium (Debian's package) when the machine has one.
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run.js';
import { scratchDir } from '../scratch.js';
import { DB_TEST_TIMEOUT, load, newDatabase } from './run-db.js';

const CHROMIUM = process.env.NEWSFACTS_CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const HOSTILE = JSON.stringify({
  id: 'evil<img src=x onerror=alert(1)>', date: '2025-03-11', url: 'javascript:alert(1)',
  text: 'ROME - Italian Prime Minister Giorgia Meloni spoke by phone with Spanish Prime Minister Pedro Sanchez on Monday about <script>alert(1)</script> migration. Officials said 4 people were killed.',
});

describe('report', { timeout: DB_TEST_TIMEOUT }, () => {
  const db = newDatabase();
  const html = path.join(scratchDir(), 'report.html');
  beforeAll(() => {
    const hostile = path.join(scratchDir(), 'hostile.jsonl');
    writeFileSync(hostile, `${HOSTILE}\n`);
    expect(load(db, 'fixtures/events', hostile, '-q').status).toBe(0);
    const run = runCli(['report', db, '-o', html]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, DB_TEST_TIMEOUT);

  it('is one file that loads nothing: no script, no external resource', () => {
    const page = readFileSync(html, 'utf8');
    expect(page).not.toMatch(/<(script|link|iframe|img|object|embed)\b|<[^>]+\ssrc=|@import|url\(/i);
    expect(page).toContain("default-src 'none'");
  });

  it('escapes article text and links only http(s) URLs', () => {
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('evil&lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('javascript:');
    expect(page).toContain('href="https://capital-wire.example/2025/03/10/macron-merz-call"');
  });

  it('links each fact to its evidence', () => {
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<a href="#E1">');
    expect(page).toContain('<article id="E1">');
    expect(page).toMatch(/<tr id="S\d+-killed-2">/);
  });

  it.skipIf(!hasChromium)('opens in headless Chromium with no console error, charts drawn, a screenshot taken', async () => {
    const { chromium } = await import('playwright-core');
    const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'newsfacts-chromium-')), {
      executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS,
    });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`file://${html}`);
      const charts = await page.$$eval('svg.chart', (svgs) => svgs.map((s) => {
        const box = s.getBoundingClientRect();
        return { width: box.width, height: box.height, marks: s.querySelectorAll('circle, rect, polyline').length };
      }));
      expect(charts.length).toBeGreaterThanOrEqual(4);
      for (const chart of charts) {
        expect(chart.width).toBeGreaterThan(0);
        expect(chart.height).toBeGreaterThan(0);
        expect(chart.marks).toBeGreaterThan(0);
      }
      const shot = path.join(scratchDir(), 'report.png');
      await page.screenshot({ path: shot, fullPage: true });
      expect(statSync(shot).size).toBeGreaterThan(10_000);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  if (!hasChromium) it.skip(`headless Chromium: not found at ${CHROMIUM} (apt-get install chromium, or set NEWSFACTS_CHROMIUM)`, () => {});
});
