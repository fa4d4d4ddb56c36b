// Shared end-to-end harness: serves the release dist/ on 127.0.0.1 under a sub-path and
// drives the system Chromium with playwright-core, collecting console errors.
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, extname, normalize, resolve } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const SUBPATH = '/blog/tools/hireplan/';
const ROOT = new URL('../../', import.meta.url).pathname;
// HIREPLAN_DIST points the harness at another build (bench/profile.mjs uses one with names).
const DIST = process.env.HIREPLAN_DIST ?? join(ROOT, 'dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
};

/** Closers of the servers still open, so a failing after-hook cannot leave the process alive. */
const openServers = new Set();

/** Serves dist/ under SUBPATH; `pages` maps extra paths to HTML (host pages for embeds). */
export async function serve({ pages = {} } = {}) {
  const server = http.createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (pages[path]) {
      res.writeHead(200, { 'content-type': TYPES['.html'] });
      return res.end(pages[path]);
    }
    if (!path.startsWith(SUBPATH)) {
      res.writeHead(404);
      return res.end('not under the sub-path');
    }
    let rel = normalize(path.slice(SUBPATH.length));
    if (rel.startsWith('..')) { res.writeHead(403); return res.end(); }
    if (rel === '.' || rel === '' || rel.endsWith('/')) rel = join(rel, 'index.html');
    try {
      const body = await readFile(join(DIST, rel));
      // Like common static hosts: sandboxed (opaque-origin) embeds fetch the app cross-origin.
      res.writeHead(200, {
        'content-type': TYPES[extname(rel)] ?? 'application/octet-stream',
        'access-control-allow-origin': '*',
      });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const close = () => new Promise((r) => { openServers.delete(close); server.closeAllConnections?.(); server.close(r); });
  openServers.add(close);
  return { origin, url: origin + SUBPATH, close };
}

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Content-Security-Policy violations seen in any page or frame of this process. */
export const cspViolations = [];

/** Reports every securitypolicyviolation event, in every frame, as a console error. */
function reportViolations() {
  document.addEventListener('securitypolicyviolation', (e) => {
    console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} in ${e.documentURI}`);
  });
}

/**
 * Chromium for a test file. Every context it makes reports CSP violations, and closing the
 * browser fails if there were any: the policy must hold across every test.
 */
export async function launch() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_BIN || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await context.addInitScript(reportViolations);
    context.on('console', (msg) => {
      if (msg.type() === 'error' && /^CSP violation|Content Security Policy/.test(msg.text())) cspViolations.push(msg.text());
    });
    return context;
  };
  const close = browser.close.bind(browser);
  browser.close = async () => {
    await close();
    if (cspViolations.length) {
      // The after-hook stops at the throw: close the servers first, or the test process
      // would stay alive with them.
      await Promise.all([...openServers].map((c) => c()));
      assert.deepEqual(cspViolations, [], 'no Content-Security-Policy violation in any test');
    }
  };
  return browser;
}

/** A page in a fresh context (a fresh profile), with console errors and page errors collected. */
export async function openPage(browser, url, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const errors = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (err) => errors.push(String(err)));
  if (url) await gotoApp(page, url);
  return { context, page, errors };
}

/** Opens the app and waits until Leptos has mounted it. */
export async function gotoApp(page, url) {
  await page.goto(url);
  await page.waitForSelector('.app-header', { timeout: 15000 });
  // A goto that changes only the hash is a same-document navigation: it returns before the
  // hashchange event has rendered the step. Wait until the step nav marks the step asked for.
  // A focused view of a step (`#/interviews/kit`) waits for its own link to be marked too.
  const step = /#\/([\w-]+)(\/[\w-]+)?$/.exec(url);
  if (step) {
    await page.waitForFunction(([slug, view]) => {
      const nav = document.querySelector('nav.step-nav');
      if (!nav?.querySelector(`a[href="#/${slug}"]`)) return true; // not a planner step (embed, unknown)
      if (nav.querySelector(`a[aria-current=step][href="#/${slug}"]`) === null) return false;
      return !view || !document.querySelector('nav.views') || document.querySelector(`nav.views a[aria-current=page][href="#/${slug}${view}"]`) !== null;
    }, [step[1], step[2] ?? ''], { timeout: 5000 });
  }
  await stepLoaded(page);
}

/** Opens the sections of the Costs step (closed until asked for) named by their test ids. */
export async function openSections(page, ...ids) {
  for (const id of ids) {
    const details = page.getByTestId(id);
    if (!(await details.evaluate((d) => d.open))) await details.locator('summary').first().click();
    await page.waitForFunction((x) => document.querySelector(`[data-testid="${x}"]`)?.open, id);
  }
}

/** Every closed section of the Costs step, by test id. */
export const COSTS_SECTIONS = ['more-afford', 'more-routes', 'more-notes', 'more-quotes', 'more-over-time', 'more-figures'];

/**
 * In the release build the later steps are chunks fetched when first shown, with a loading
 * line meanwhile: waits until no part of the page is still loading.
 */
export async function stepLoaded(scope) {
  // A locator, so a page, a frame and a frame locator all work.
  await scope.locator('.chunk-loading').first().waitFor({ state: 'detached', timeout: 10000 });
}

/**
 * Asserts the page's (or a frame's) heading. A click on a link returns before the router has
 * rendered the new step, so this waits (up to 5 s) for the heading to arrive, then compares
 * exactly; on a time-out the assertion shows the heading that is there instead.
 */
export async function expectHeading(scope, text) {
  const h1 = scope.locator('h1');
  await h1.filter({ hasText: text }).first().waitFor({ timeout: 5000 }).catch(() => {});
  assert.equal((await h1.innerText()).trim(), text);
  await stepLoaded(scope);
}

/**
 * The build's manifest (xtask): for each page, the files it needs before its first screen, in
 * load order, and each split module's files. Paths are relative to dist/.
 */
export async function manifest() {
  const target = process.env.CARGO_TARGET_DIR ? resolve(ROOT, process.env.CARGO_TARGET_DIR) : join(ROOT, 'target');
  return JSON.parse(await readFile(join(target, 'hireplan', 'manifest.json'), 'utf8'));
}

/**
 * The planner's addresses from the build's manifest, the one list of steps: every step and
 * focused view (`interviews/kit`) without its `#/`, or with `{ views: false }` the steps alone.
 */
export async function stepAddresses({ views = true } = {}) {
  const built = await manifest();
  const pages = new Set();
  return built.addresses
    .filter((a) => a.step)
    .filter((a) => views || (!pages.has(a.page) && pages.add(a.page)))
    .map((a) => a.address.replace(/^#\//, ''));
}

/** A share link's payload for a small plan, written as the app writes one (deflate, base64url). */
export function sharePayload(plan) {
  return 'h1.' + deflateRawSync(JSON.stringify(plan), { level: 9 }).toString('base64url');
}

/** What counts as the first control accepting input (see firstControlReady). */
const FIRST_CONTROL = ['main input:enabled', 'main select:enabled', 'main textarea:enabled', 'main button.choose:enabled', 'main nav.views a',
  '[data-testid=embed] select:enabled', '[data-testid=embed] input:enabled', '[data-testid=embed] [data-testid=embed-summary]'].join(', ');

/** Notes, in the page, the moment its first control is in the document and enabled. */
function noteFirstControl(selector) {
  const check = () => {
    if (window.__firstControlAt === undefined && document.querySelector(selector)) window.__firstControlAt = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
}

/**
 * Opens `url` in a fresh profile (empty storage) and returns the same-origin files (paths
 * relative to the app's folder) whose fetch started before the page's first control accepted
 * input: what a first visit needs before its first screen works. Also returns every file
 * fetched by then and what the page preloaded.
 */
export async function firstVisit(browser, server, url, ready) {
  const { page, context, errors } = await openPage(browser, null);
  await page.addInitScript(noteFirstControl, FIRST_CONTROL);
  const fetched = [];
  const local = (u) => (u.startsWith(server.url) ? new URL(u).pathname.slice(SUBPATH.length) || 'index.html' : null);
  page.on('request', (r) => { const f = local(r.url()); if (f) fetched.push(f); });
  await page.goto(url);
  await ready(page);
  await page.waitForFunction(() => window.__firstControlAt !== undefined);
  // A frame in the page (the Share step's preview of an embed) is a page of its own: its
  // document is not one of this page's files.
  const early = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => e.startTime <= window.__firstControlAt && e.initiatorType !== 'iframe').map((e) => e.name));
  const requested = ['index.html', ...early.map(local).filter(Boolean)];
  const preloaded = await page.evaluate(() => [...document.querySelectorAll('link[rel=preload], link[rel=modulepreload]')]
    .map((l) => l.getAttribute('href').replace(/^\.\//, '')));
  return { page, context, errors, requested, fetched, preloaded };
}

/**
 * Waits until the planner's step or an embed is drawn and its first control accepts input (the
 * shared-plan embed has no control: its summary, drawn from the decoded plan, is its first screen).
 */
export async function firstControlReady(page) {
  await page.locator('#step-heading, [data-testid=embed-summary]').first().waitFor({ timeout: 15000 });
  await stepLoaded(page);
  await page.locator(FIRST_CONTROL).first().waitFor({ timeout: 15000 });
}

/** Goes with a route on Costs (`base`: the app's address): the button under the route's note. */
export async function chooseRoute(page, base, key) {
  await gotoApp(page, base + '#/costs');
  await expectHeading(page, 'Costs');
  await openSections(page, 'more-notes');
  const route = page.locator(`[data-testid=route-notes] li[data-route="${key}"]`);
  await route.getByRole('button', { name: 'Go with this route' }).click();
  await route.getByRole('button', { name: /Your route/ }).waitFor();
}

/** A date as the date fields take it: "2026-12-07". */
export const isoDay = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/**
 * Issue 38's founder: a Berlin start-up hiring in Germany, amounts in euros at 0.92 to the
 * dollar as of today, €400,000 in the bank on the first of this month and €25,000 of monthly
 * burn. Leaves the page on Costs with the sections named in `open` opened.
 */
export async function berlinInEuros(page, base, ...open) {
  await gotoApp(page, base + '#/engagement');
  await page.locator('#company-country').selectOption('de');
  await page.locator('#hire-country').selectOption('de');
  await gotoApp(page, base + '#/costs');
  await expectHeading(page, 'Costs');
  await openSections(page, ...new Set(['more-afford', ...open]));
  const today = new Date();
  await page.selectOption('#display-currency', 'EUR');
  await page.fill('#rate', '0.92');
  await page.fill('#rate-date', isoDay(today));
  await page.fill('#cash', '400000');
  await page.fill('#cash-date', isoDay(new Date(today.getFullYear(), today.getMonth(), 1)));
  await page.fill('#burn', '25000');
}
