// The shell: renders from a sub-path, keeps the plan name across a reload, navigates steps,
// keeps an unreadable stored entry aside, and logs no console errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, gotoApp, expectHeading } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('renders the planner shell under a sub-path', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  assert.equal(await page.title(), 'Hireplan: plan your backend developer hire');
  const steps = await page.locator('nav.step-nav li').allInnerTexts();
  assert.equal(steps.length, 9);
  assert.match(steps[0], /The role/);
  assert.match(steps[7], /Candidates/);
  assert.match(steps[8], /Share/);
  await expectHeading(page, 'The role');
  // The static loading shell that painted first is gone: one header, no "Loading".
  assert.equal(await page.locator('#boot').count(), 0);
  assert.equal(await page.locator('.app-header').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the loading shell paints before the WebAssembly arrives', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Hold the wasm back: the page still shows the brand and a loading status.
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(server.url, { waitUntil: 'domcontentloaded' });
  assert.match(await page.locator('#boot').innerText(), /Hireplan[\s\S]*Loading the planner/);
  release();
  await page.waitForSelector('#plan-name');
  assert.equal(await page.locator('#boot').count(), 0);
  await context.close();
});

test('the plan name survives a reload', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await page.getByLabel('Plan name').fill('Payments API hire');
  await page.waitForFunction(() => document.querySelector('[data-testid=save-status]')?.textContent.includes('Saved'));
  await page.reload();
  await page.waitForSelector('.app-header');
  assert.equal(await page.getByLabel('Plan name').inputValue(), 'Payments API hire');
  assert.deepEqual(errors, []);
  await context.close();
});

test('steps are reachable by link, by Next and by address', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await page.getByRole('link', { name: /Next: Requirements/ }).click();
  await expectHeading(page, 'Requirements');
  await page.getByRole('link', { name: /Back: The role/ }).click();
  await expectHeading(page, 'The role');
  await gotoApp(page, server.url + '#/costs');
  await expectHeading(page, 'Costs');
  assert.match(await page.locator('nav a[aria-current=step]').innerText(), /^5\nCosts/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('at a phone width the step row scrolls to show the current step', async () => {
  const { page, errors, context } = await openPage(browser, server.url + '#/interviews', { viewport: { width: 360, height: 780 } });
  // Runs in the page: the current link lies wholly inside the row's visible part.
  const currentInView = () => {
    const row = document.querySelector('.step-nav ol').getBoundingClientRect();
    const link = document.querySelector('.step-nav a[aria-current=step]').getBoundingClientRect();
    return link.left >= row.left - 1 && link.right <= row.right + 1;
  };
  const scrolls = await page.evaluate(() => { const ol = document.querySelector('.step-nav ol'); return ol.scrollWidth > ol.clientWidth; });
  assert.ok(scrolls, 'at 360 px the step row is wider than the screen');
  await page.waitForFunction(() => document.querySelector('.step-nav ol').scrollLeft > 0);
  assert.ok(await page.evaluate(currentInView), 'Interviews is in view on arrival');
  // One step back by its Back link, then to the first step by address: the row follows, and
  // the page itself never scrolls sideways.
  await page.getByRole('link', { name: /Back: Job description/ }).click();
  await expectHeading(page, 'Job description');
  await page.waitForFunction(currentInView);
  await gotoApp(page, server.url + '#/role');
  await page.waitForFunction(() => document.querySelector('.step-nav ol').scrollLeft === 0);
  assert.ok(await page.evaluate(currentInView), 'The role is in view');
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an unreadable stored plan is kept aside, not overwritten', async () => {
  const { page, context } = await openPage(browser, server.url);
  await page.evaluate(() => {
    localStorage.setItem('hireplan:current', 'broken');
    localStorage.setItem('hireplan:plan:broken', '{"schema_version":1,"name":');
  });
  await page.reload();
  await page.waitForSelector('[data-testid=notice]');
  const notice = await page.locator('[data-testid=notice]').first().innerText();
  assert.match(notice, /could not be opened/);
  const kept = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('hireplan:unreadable:'))
      .map((k) => localStorage.getItem(k)));
  assert.deepEqual(kept, ['{"schema_version":1,"name":']);
  await context.close();
});
