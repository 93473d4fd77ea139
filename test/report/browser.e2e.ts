import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { kubespec, ROOT } from '../cli/runCli';
import { chromiumPath, launch, MISSING_CHROMIUM } from './browser';

/** The showcase's reports and screenshots stay in reports/browser/ for people (and CI artifacts) to look at. */
const OUT = path.join(ROOT, 'reports', 'browser');

describe('the reports in a browser', function () {
  this.timeout(120_000);
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  before(async function () {
    const chromium = chromiumPath();
    if (!chromium) {
      // CI must check the report; elsewhere the rest of the suite still runs.
      if (process.env.CI) throw new Error(MISSING_CHROMIUM);
      console.warn(`      skipped: ${MISSING_CHROMIUM}`);
      this.skip();
    }
    mkdirSync(OUT, { recursive: true });
    const run = kubespec(['test/report/fixtures/showcase.feature', '--reports', OUT]);
    assert.equal(run.code, 1, `the showcase has one failing scenario\n${run.stdout}${run.stderr}`);
    browser = await launch(chromium!);
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  });

  after(async () => {
    await browser?.close();
  });

  describe('behaviour.html', () => {
    before(async () => {
      await page.goto(`file://${path.join(OUT, 'behaviour.html')}`);
    });

    it('shows every scenario, the failed one first', async () => {
      const headings = await page.locator('section.scenario h2').allInnerTexts();
      assert.equal(headings.length, 3);
      assert.match(headings[0], /^FAILED\s+A check that fails$/);
      assert.ok(await page.locator('section.scenario').first().locator('pre.error').isVisible());
    });

    it('draws each timeline with its lanes and step markers', async () => {
      const timelines = page.locator('figure.timeline svg');
      assert.equal(await timelines.count(), 3);
      for (let i = 0; i < 3; i++) {
        const box = await timelines.nth(i).boundingBox();
        assert.ok(box && box.width > 1000 && box.height > 100, `timeline ${i + 1} is ${JSON.stringify(box)}`);
        assert.ok((await timelines.nth(i).locator('rect').count()) > 5, `timeline ${i + 1} has lanes`);
      }
      const crash = page.locator('section.scenario', { hasText: 'Crash loops and a node failure' }).locator('figure.timeline svg');
      assert.ok((await crash.locator('line title', { hasText: 'restarted' }).count()) > 0, 'restarts are marked');
      assert.equal(await crash.locator('text title', { hasText: 'stopped being Ready' }).count(), 1, 'the node failure is marked');
      const busy = page.locator('section.scenario', { hasText: 'A busy cluster over a week' }).locator('figure.timeline svg');
      assert.ok((await busy.locator('path title', { hasText: 'pods on average' }).count()) > 0, 'a busy node is drawn as stacked counts');
    });

    it('renders the events and the final kubectl get all', async () => {
      assert.ok((await page.locator('table.events tbody tr').count()) > 10);
      assert.match(await page.locator('pre.kubectl').first().innerText(), /^NAME\s+READY\s+STATUS/);
    });

    it('lists the step catalogue with what the run used', async () => {
      const row = page.locator('#catalogue tr', { hasText: 'Given a cluster with {int} node(s)' });
      assert.match(await row.locator('td.num').innerText(), /^[1-9]\d*$/);
    });

    it('logs no error, and loads nothing from anywhere', async () => {
      await page.screenshot({ path: path.join(OUT, 'behaviour.png'), fullPage: true });
      assert.deepEqual(problems, []);
    });
  });

  describe('cucumber.html', () => {
    it('shows the timeline attached to a scenario as an image', async () => {
      await page.goto(`file://${path.join(OUT, 'cucumber.html')}`);
      // Hooks (where the After hook attached the timeline) are folded: unfold each ("2 hooks").
      const folded = page.getByText(/^\d+ hooks?$/);
      for (let i = 0; i < 10 && (await folded.count()) > 0; i++) await folded.first().click();
      await page.locator('details').evaluateAll((all: any[]) => all.forEach((d) => (d.open = true)));
      const images = page.locator('img[src^="data:image/svg+xml"]');
      await images.first().waitFor();
      assert.equal(await images.count(), 3);
      const width = await images.first().evaluate((img: any) => img.naturalWidth as number);
      assert.ok(width > 1000, `the SVG renders (${width}px wide)`);
      assert.equal(await page.getByText("Couldn't display").count(), 0);
      await page.screenshot({ path: path.join(OUT, 'cucumber.png') });
      assert.deepEqual(problems, []);
    });
  });
});
