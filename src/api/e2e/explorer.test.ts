// End-to-end: the explorer in headless Chromium against `entente serve` on the bundled corpus.
// Every view is opened, checked and saved as a screenshot under test-results/.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { REPO, type SpawnedServer, spawnServe } from '../test-server.js';
import { launchBrowser, shot } from './browser.js';

describe('web explorer in Chromium', { timeout: 240_000 }, () => {
  let server: SpawnedServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const offsite: string[] = [];
  const problems: string[] = [];

  before(async () => {
    assert.ok(
      existsSync(join(REPO, 'dist', 'web', 'index.html')),
      'dist/web is missing: run `npm run build` (it builds the explorer)',
    );
    browser = await launchBrowser();
    server = await spawnServe();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    const origin = new URL(server.url).origin;
    page.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) offsite.push(u);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      // The bad-input checks below get 4xx answers on purpose; Chromium logs each one.
      if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) problems.push(`console: ${m.text()}`);
    });
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  const open = async (path: string) => {
    const t0 = Date.now();
    await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
    return Date.now() - t0;
  };
  /**
   * Opens a page and waits for what shows it has its data. How long that took is printed at the
   * end (the goal is under a second); it is a measurement, not an assertion.
   */
  const timings: Record<string, number> = {};
  const until = async (ok: () => Promise<boolean>, timeoutMs = 30_000) => {
    const t0 = Date.now();
    while (!(await ok())) {
      if (Date.now() - t0 > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const ready = async (path: string, selector: string) => {
    const t0 = Date.now();
    await page.goto(new URL(path, server.url).href, { waitUntil: 'commit' });
    await page.locator(selector).first().waitFor();
    timings[path] = Date.now() - t0;
  };

  test('the start page loads with the corpus counts and fetches nothing from elsewhere', async () => {
    const ms = await open('/');
    await page.getByText('documents', { exact: false }).first().waitFor();
    await page.locator('.stats').waitFor();
    assert.match((await page.locator('.stats').textContent()) ?? '', /5\s+documents/);
    // Load times are printed at the end, not asserted: a test checks behaviour, the
    // benchmark (bench/api-bench.mjs) measures.
    timings['/'] = ms;
    await page.locator('table.docs tbody tr').first().waitFor();
    await shot(page, 'home');
    assert.deepEqual(offsite, []);
  });

  test('the search box finds actors, documents and quotes as you type', async () => {
    const box = page.getByRole('searchbox', { name: 'Search' });
    await box.fill('kishi');
    await page.locator('.search .hit[data-kind="Actors"]', { hasText: 'Fumio Kishida' }).waitFor();
    await box.fill('Vilnius');
    await page.locator('.search .hit[data-kind="Documents"]').first().waitFor();
    await box.fill('closer');
    await page.locator('.search .hit[data-kind="Quotes"]').first().waitFor();
    await shot(page, 'search');
    await box.fill('Kishida');
    await page.locator('.search .hit[data-kind="Actors"]', { hasText: 'Fumio Kishida' }).click();
    await page.waitForURL(/\/entity\/person(%3A|:)fumio-kishida$/);
  });

  test('an entity page shows names, offices over time, events on a timeline and quotes', async () => {
    await ready('/entity/person:fumio-kishida', '.timeline svg .mark');
    await page.getByRole('heading', { level: 1, name: 'Fumio Kishida' }).waitFor();
    const offices = page
      .locator('section', { has: page.getByRole('heading', { name: 'Offices over time' }) })
      .first();
    assert.match((await offices.textContent()) ?? '', /prime minister of\s+Japan/i);
    await page.locator('.timeline svg .mark').first().waitFor();
    const vilnius = await page.locator('.timeline svg .mark[data-place="place:vilnius"]').count();
    assert.ok(vilnius >= 2, `only ${vilnius} Vilnius events on Kishida's timeline`);
    assert.ok((await page.locator('ul.quotes li').count()) >= 1, 'no quotes');
    await shot(page, 'entity', true);
  });

  test('the timeline between two actors shows the Vilnius events and zooms by date', async () => {
    await ready('/timeline?actor=person:fumio-kishida&with=person:yoon-suk-yeol', '.timeline svg .mark');
    await page.locator('.timeline svg .mark').first().waitFor();
    const marks = page.locator('.timeline svg .mark[data-place="place:vilnius"]');
    assert.ok((await marks.count()) >= 1, 'no Vilnius event between Kishida and Yoon');
    assert.match((await page.locator('ul.events').textContent()) ?? '', /Vilnius/);
    const before = await page.getByLabel('from').inputValue();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const zoomed = await page.getByLabel('from').inputValue();
    assert.ok(zoomed > before, `zooming in did not narrow the window (${before} → ${zoomed})`);
    await page.getByRole('button', { name: 'Fit all' }).click();
    await marks.first().locator('circle').click();
    await page.locator('ul.events li.event.selected').waitFor();
    await shot(page, 'timeline', true);
  });

  test('the network renders its actors with sigma and filters by event root', async () => {
    await ready('/network', '.graph canvas');
    const graph = page.locator('.graph');
    await graph.waitFor();
    // Polled through Playwright's own channel: a string predicate would be evaluated in the page,
    // which the explorer's Content-Security-Policy (no 'unsafe-eval') rightly refuses.
    await until(async () => Number(await graph.getAttribute('data-rendered')) > 0);
    const nodes = Number(await graph.getAttribute('data-nodes'));
    assert.ok(nodes >= 5, `only ${nodes} nodes`);
    assert.ok((await graph.locator('canvas').count()) >= 1, 'sigma drew no canvas');
    await page.waitForTimeout(300);
    await shot(page, 'network');
    await page.getByRole('checkbox', { name: /^04 / }).check();
    await page.waitForURL(/roots=04/);
    await until(
      async () =>
        Number(await graph.getAttribute('data-rendered')) > 0 &&
        Number(await graph.getAttribute('data-nodes')) < nodes,
    );
  });

  test('the document reader highlights entities, events and quotes and explains their coding', async () => {
    await ready('/doc/000_145fcff3404c6666', '[data-testid="document-text"] .hl-event');
    await page.locator('[data-testid="document-text"]').waitFor();
    for (const k of ['entity', 'event', 'quote']) {
      const n = await page.locator(`[data-testid="document-text"] .hl-${k}`).count();
      assert.ok(n > 0, `no ${k} highlighted`);
    }
    await page.locator('aside.coding ol.pick button').first().click();
    const coding = page.getByTestId('coding');
    await coding.waitFor();
    const text = (await coding.textContent()) ?? '';
    assert.match(text, /rule/);
    assert.match(text, /confidence/);
    await coding.getByRole('link', { name: /Story/ }).waitFor();
    await shot(page, 'document');
    await page.locator('[data-testid="document-text"] [data-entity="person:fumio-kishida"]').first().click();
    await page
      .getByTestId('coding')
      .getByRole('link', { name: /Open Fumio Kishida/ })
      .click();
    await page.waitForURL(/\/entity\/person(%3A|:)fumio-kishida$/);
  });

  test('stories list their reports and source counts', async () => {
    await ready('/stories?minReports=2', 'li.story');
    await page.locator('li.story').first().waitFor();
    assert.match((await page.locator('li.story').first().textContent()) ?? '', /[2-9] sources?/);
    await shot(page, 'stories', true);
  });

  test('the Vilnius trilateral conflict shows both passages side by side', async () => {
    await ready('/conflicts', 'li.conflict');
    const c = page
      .locator('li.conflict[data-kind="contradiction"]', { hasText: 'United States, Japan, and South Korea' })
      .first();
    await c.waitFor();
    const passages = c.locator('.passage');
    assert.equal(await passages.count(), 2);
    assert.match((await passages.nth(0).textContent()) ?? '', /no trilateral meeting|trilateral meeting/i);
    assert.match((await passages.nth(1).textContent()) ?? '', /Biden|Kishida, Biden/);
    await c.scrollIntoViewIfNeeded();
    await shot(page, 'conflicts');
  });

  test('a pasted article is read at once; bad input gets a clear error', async () => {
    await ready('/ingest', 'textarea');
    await page.getByRole('button', { name: 'Read it', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Paste or upload an article first' }).waitFor();
    await page.getByLabel('article').fill('   ');
    await page.getByRole('button', { name: 'Read and store' }).click();
    await page.getByRole('alert').waitFor();
    // The server's own refusal, shown as it words it: an HTML page with no article in it.
    await page.getByLabel('HTML page').check();
    await page.getByLabel('article').fill('<html><body><nav>Home</nav></body></html>');
    await page.getByRole('button', { name: 'Read it', exact: true }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /no article text|empty/ })
      .waitFor();
    // An uploaded HTML file is read as HTML, to its article text.
    const page1 =
      '<!doctype html><html><head><title>Uploaded page</title></head><body><nav>Menu</nav><article><p>' +
      'TOKYO, July 13, 2023 — Japanese Prime Minister Fumio Kishida met Jens Stoltenberg in Vilnius on Wednesday. '.repeat(
        3,
      ) +
      '</p></article></body></html>';
    await page
      .getByLabel('upload')
      .setInputFiles({ name: 'uploaded.html', mimeType: 'text/html', buffer: Buffer.from(page1) });
    // The page reads the file asynchronously: wait for the form to take it.
    await until(async () => (await page.getByLabel('title').inputValue()) === 'uploaded');
    assert.equal(await page.getByLabel('HTML page').isChecked(), true);
    await page.getByRole('button', { name: 'Read it', exact: true }).click();
    const preview = page.getByTestId('extraction');
    await preview.waitFor();
    assert.match((await preview.textContent()) ?? '', /Not stored/);
    assert.doesNotMatch(
      (await preview.locator('[data-testid="document-text"]').textContent()) ?? '',
      /Menu|<p>/,
    );
    await page.getByLabel('title').fill('');
    await page.getByLabel('plain text').check();
    const article =
      'BRUSSELS, March 4, 2024 — NATO Secretary General Jens Stoltenberg met Finnish President Alexander Stubb in Brussels on Monday. ' +
      '"Finland makes NATO stronger," Stoltenberg said. Sweden joined NATO on March 7, 2024.';
    await page.getByLabel('article').fill(article);
    await page.getByLabel('title').fill('Stoltenberg meets Stubb');
    await page.getByLabel('outlet').fill('E2E Wire');
    await page.getByRole('button', { name: 'Read and store' }).click();
    const out = page.getByTestId('extraction');
    await out.getByText(/^Stored as/).waitFor();
    assert.ok((await out.locator('.hl-entity').count()) > 0, 'the pasted article shows no entities');
    await shot(page, 'ingest');
    await out.getByRole('link', { name: /^web_/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Stoltenberg meets Stubb' }).waitFor();
  });

  test('no page raised an error', () => {
    console.log(`time to data, ms: ${JSON.stringify(timings)}`);
    assert.deepEqual(problems, []);
    assert.deepEqual(offsite, []);
  });
});
