// The explorer in a real browser (Debian's chromium driven by playwright-core) over the seed
// reports: search as you type, the person, event, document and network pages, back button,
// keyboard, language switch, a 375 px viewport, and no request to any other host. Screenshots go
// to docs/screenshots/. Without chromium the tests are skipped, saying how to install it.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExplorer } from '../src/explorer/static.ts';
import { Graph } from '../src/graph/reader.ts';
import { ingestPaths } from '../src/graph/ingest.ts';
import { createApi, listen, type RunningServer } from '../src/server.ts';
import { testDriver, testNeo4j } from './helpers/neo4j.ts';

const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p): p is string => !!p && existsSync(p));
const SKIP_MESSAGE = 'browser tests skipped: no chromium found. Install it with `apt-get install -y chromium` (Debian), or set CHROMIUM_PATH.';
if (!CHROMIUM) console.warn(`[explorer.browser] ${SKIP_MESSAGE}`);

const ROOT = join(import.meta.dirname, '..');
const SHOTS = join(ROOT, 'docs', 'screenshots');
const { database } = testNeo4j();
const LAUNCH_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

let driver: Driver;
let running: RunningServer | undefined;
let base: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const foreign: string[] = [];
const pageErrors: string[] = [];
let personUrl = '';

async function newPage(ctx: BrowserContext): Promise<Page> {
  const p = await ctx.newPage();
  // fail with the locator's own message before the test's timeout
  p.setDefaultTimeout(20_000);
  p.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(base + '/') && !url.startsWith('data:')) foreign.push(url);
  });
  p.on('pageerror', (e) => pageErrors.push(e.message));
  return p;
}

/** The page is wider than the window when it scrolls sideways. */
const horizontalOverflow = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe.skipIf(!CHROMIUM)('explorer in chromium, over the seed reports', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    driver = testDriver();
    // the seeds alone: other test files leave their reports behind (admin units are kept)
    const session = driver.session({ database });
    try {
      await session.run('MATCH (n) WHERE NOT n:AdminUnit CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    } finally {
      await session.close();
    }
    const summary = await ingestPaths(driver, [join(ROOT, 'seed')], { database });
    expect(summary.failed).toBe(0);
    // the real server (src/server.ts): the API, and the explorer on every other path
    const api = createApi({ graph: new Graph(driver, { database }), logError: () => {} });
    const explorer = createExplorer();
    expect(await explorer.ready).toBe(true);
    running = await listen(api, '127.0.0.1', 0, { explorer });
    base = running.url.replace(/\/graphql$/, '');
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM!, args: LAUNCH_ARGS });
    context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'vi-VN' });
    page = await newPage(context);
    await mkdir(SHOTS, { recursive: true });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await running?.close();
    await driver?.close();
  });

  it('serves the page at / with utf-8, and GraphiQL still at /graphql', async () => {
    const res = await fetch(`${base}/person/whatever`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("connect-src 'self'");
    expect(await res.text()).toContain('<meta charset="utf-8">');
    const graphiql = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(await graphiql.text()).toMatch(/graphiql/i);
    expect((await fetch(`${base}/assets/nope.js`)).status).toBe(404);
  });

  it('typing "le trong thu" lists Lê Trọng Thụ; "58-nq/tw" lists the document', async () => {
    await page.goto(`${base}/`);
    await page.locator('#q').pressSequentially('le trong thu', { delay: 30 });
    const person = page.locator('.hits[data-type="PERSON"] a', { hasText: 'Lê Trọng Thụ' });
    await person.first().waitFor();
    expect(page.url()).toContain('?q=le+trong+thu');
    await page.screenshot({ path: join(SHOTS, 'search.png') });

    await page.locator('#q').fill('');
    await page.locator('#q').pressSequentially('58-nq/tw', { delay: 30 });
    await page.locator('.hits[data-type="DOCUMENT"] a', { hasText: '58-NQ/TW' }).first().waitFor();
  });

  it('his page: both posts with a source quote each, and the 3 January 2024 conference (keyboard only)', async () => {
    await page.locator('#q').fill('le trong thu');
    await page.locator('.hits[data-type="PERSON"] a', { hasText: 'Lê Trọng Thụ' }).first().waitFor();
    // keyboard: from the box, ArrowDown to the first result, Enter opens it
    await page.locator('#q').focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Lê Trọng Thụ');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none'); // visible focus
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/person\//);
    personUrl = page.url();
    await page.locator('.person-page h1', { hasText: 'Lê Trọng Thụ' }).waitFor();
    const tenures = page.locator('#posts-h + .timeline > li');
    await tenures.first().waitFor();
    const posts = await tenures.evaluateAll((lis) =>
      lis.map((li) => ({ head: li.querySelector('.tenure-head')?.textContent ?? '', quote: li.querySelector('.source blockquote')?.textContent ?? '', caption: li.querySelector('.source figcaption')?.textContent ?? '' })),
    );
    expect(posts.map((p) => p.head)).toEqual(expect.arrayContaining(['Bí thư, Huyện ủy Đông Sơn', 'Chủ tịch, UBND huyện Đông Sơn']));
    for (const p of posts) {
      expect(p.quote).toContain('Lê Trọng Thụ');
      expect(p.caption).toMatch(/\d{2}\/\d{2}\/\d{4}/);
    }
    const conference = page.locator('.events a', { hasText: 'Hội nghị tổng kết năm 2023' }).first();
    await conference.waitFor();
    expect(await conference.textContent()).toContain('03/01/2024');
    await page.locator('.colleagues a', { hasText: 'Lê Thanh Hải' }).waitFor();
    await page.locator('.documents a', { hasText: '58-NQ/TW' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'person.png'), fullPage: true });
  });

  it("that event's page lists both chairs; the back button returns to his page", async () => {
    await page.goto(personUrl);
    await page.locator('.events a', { hasText: 'Hội nghị tổng kết năm 2023' }).first().click();
    await page.waitForURL(/\/event\//);
    const chairs = page.locator('[data-role="chairs"] > li > a');
    await chairs.first().waitFor();
    expect((await chairs.allTextContents()).sort()).toEqual(['Lê Thanh Hải', 'Lê Trọng Thụ']);
    expect(await page.locator('.facts').textContent()).toContain('03/01/2024');
    await page.screenshot({ path: join(SHOTS, 'event.png'), fullPage: true });
    await page.goBack();
    await page.waitForURL(personUrl);
    await page.locator('.person-page h1', { hasText: 'Lê Trọng Thụ' }).waitFor();
  });

  it('the 58-NQ/TW page lists two events in date order', async () => {
    await page.goto(`${base}/?q=${encodeURIComponent('58-nq/tw')}`);
    await page.locator('.hits[data-type="DOCUMENT"] a', { hasText: '58-NQ/TW' }).filter({ hasText: '05/08/2020' }).first().click();
    await page.waitForURL(/\/document\//);
    const steps = page.locator('.trail > li');
    await steps.first().waitFor();
    const trail = await steps.evaluateAll((lis) => lis.map((li) => ({ date: li.querySelector('time')?.getAttribute('datetime'), event: li.querySelector('a[href^="/event/"]')?.textContent ?? null, quote: li.querySelector('blockquote')?.textContent ?? '' })));
    expect(trail.map((s) => s.date)).toEqual(['2023-05-26', '2024-01-03']);
    expect(trail.every((s) => s.event)).toBe(true);
    expect(trail.some((s) => s.quote.includes('58-NQ/TW'))).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'document.png'), fullPage: true });
  });

  it('the network view draws at least his co-chair, and a click on it opens his page', async () => {
    await page.goto(personUrl.replace('/person/', '/network/person/'));
    await page.locator('.network-canvas[data-ready]').waitFor();
    const drawn = await page.evaluate(() => {
      const cy = (window as any).civicGraphNetwork;
      const box = document.querySelector('.network-canvas')!.getBoundingClientRect();
      return cy.nodes().map((n: any) => ({ label: n.data('label'), kind: n.data('kind'), x: n.renderedPosition('x'), y: n.renderedPosition('y'), w: box.width, h: box.height }));
    });
    expect(drawn.length).toBeLessThanOrEqual(50);
    const hai = drawn.find((n: any) => n.label === 'Lê Thanh Hải');
    expect(hai).toBeDefined();
    expect(hai.x).toBeGreaterThan(0);
    expect(hai.x).toBeLessThan(hai.w);
    expect(hai.y).toBeGreaterThan(0);
    expect(hai.y).toBeLessThan(hai.h);
    expect(drawn.map((n: any) => n.label)).toEqual(expect.arrayContaining(['Lê Trọng Thụ', 'Huyện ủy Đông Sơn']));
    await page.screenshot({ path: join(SHOTS, 'network.png') });
    const box = (await page.locator('.network-canvas').boundingBox())!;
    await page.mouse.click(box.x + hai.x, box.y + hai.y);
    await page.waitForURL(/\/person\//);
    await page.locator('.person-page h1', { hasText: 'Lê Thanh Hải' }).waitFor();
  });

  it('switches to English labels and keeps the choice', async () => {
    await page.goto(personUrl);
    await page.locator('#posts-h').waitFor();
    expect(await page.locator('#posts-h').textContent()).toContain('Chức vụ');
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('#posts-h', { hasText: 'Posts' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.reload();
    await page.locator('#posts-h', { hasText: 'Posts' }).waitFor();
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.locator('#posts-h', { hasText: 'Chức vụ' }).waitFor();
  });

  it('a 375 px viewport has no horizontal scroll', async () => {
    const narrow = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    const p = await newPage(narrow);
    try {
      const pages: [string, string][] = [
        ['/?q=le+trong+thu', '.hits a'],
        [new URL(personUrl).pathname, '.timeline'],
        [new URL(personUrl).pathname.replace('/person/', '/network/person/'), '.network-canvas[data-ready]'],
      ];
      for (const [path, ready] of pages) {
        await p.goto(base + path);
        await p.locator(ready).first().waitFor();
        await p.waitForTimeout(200);
        expect(await horizontalOverflow(p), path).toBeLessThanOrEqual(0);
      }
      await p.goto(base + new URL(personUrl).pathname);
      await p.locator('.timeline').waitFor();
      await p.locator('.events a').first().click();
      await p.locator('[data-role="chairs"] a').first().waitFor();
      expect(await horizontalOverflow(p), 'event page').toBeLessThanOrEqual(0);
      await p.screenshot({ path: join(SHOTS, 'event-375.png') });
      await p.goto(base + new URL(personUrl).pathname);
      await p.locator('.timeline').waitFor();
      await p.screenshot({ path: join(SHOTS, 'person-375.png') });
    } finally {
      await narrow.close();
    }
  });

  it('loading, empty and error states', async () => {
    await page.goto(`${base}/?q=zzqxw`);
    await page.locator('.state.empty').waitFor();
    await page.goto(`${base}/person/UGVyc29uOm5vYm9keQ%3D%3D`);
    expect(await page.locator('.state[role="alert"]').textContent()).toBeTruthy();
    await page.goto(`${base}/no/such/page`);
    await page.locator('h1', { hasText: '404' }).waitFor();
  });

  it('time to first render of a person page (cold cache), and no request to any other host', async () => {
    const cold = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const p = await newPage(cold);
    try {
      // when the name and the posts first appear, seen from inside the page
      await p.addInitScript(() => {
        const seen: Record<string, number> = {};
        (window as any).__rendered = seen;
        new MutationObserver(() => {
          if (!seen.h1 && document.querySelector('.person-page h1')) seen.h1 = performance.now();
          if (!seen.posts && document.querySelector('.timeline .source')) seen.posts = performance.now();
        }).observe(document, { childList: true, subtree: true });
      });
      await p.goto(personUrl);
      await p.locator('.timeline').waitFor();
      const timing = await p.evaluate(() => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0];
        return { fcp: fcp?.startTime ?? 0, ...((window as any).__rendered as { h1: number; posts: number }) };
      });
      console.log(`[explorer.browser] person page, cold cache, from navigation start: first contentful paint ${timing.fcp.toFixed(0)} ms, name and posts with sources rendered at ${timing.posts.toFixed(0)} ms`);
      expect(timing.posts).toBeGreaterThan(0);
      expect(timing.posts).toBeLessThan(10_000);
    } finally {
      await cold.close();
    }
    expect(foreign).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

if (!CHROMIUM) {
  describe('explorer in chromium', () => {
    it.skip(SKIP_MESSAGE, () => {});
  });
}
