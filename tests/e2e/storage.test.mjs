// Plans are never lost: several plans, export and import, share links, embeds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, openPage, gotoApp, SUBPATH, expectHeading } from './harness.mjs';

let server, browser;
const pages = {};
before(async () => { server = await serve({ pages }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const saved = (page) => page.waitForFunction(() =>
  document.querySelector('[data-testid=save-status]')?.textContent === 'Saved in this browser');
const planNames = (page) => page.locator('[data-testid=plans] .plan-name').evaluateAll((els) => els.map((e) => e.value));

async function fillPlan(page, name) {
  await gotoApp(page, server.url + '#/role');
  await page.getByLabel('Plan name').fill(name);
  await page.getByLabel('What are you building?').fill('a search API');
  await gotoApp(page, server.url + '#/requirements');
  await page.locator('#req-go').check();
  await page.locator('#req-postgresql').check();
  await saved(page);
}

test('export, clear storage, import: the plan comes back', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await fillPlan(page, 'Exported plan');
  await gotoApp(page, server.url + '#/share');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-plan').click()]);
  assert.equal(download.suggestedFilename(), 'hireplan-exported-plan.json');
  const file = await download.path();
  const body = JSON.parse(await readFile(file, 'utf8'));
  assert.equal(body.format, 'hireplan-plan');
  // The version this build writes: the newest of the plan files kept, one per version, for the
  // migrations' tests (core/tests/fixtures/plan-vN.json).
  const kept = (await readdir(new URL('../../core/tests/fixtures/', import.meta.url)))
    .map((f) => /^plan-v(\d+)\.json$/.exec(f)?.[1]).filter(Boolean).map(Number);
  assert.equal(body.version, Math.max(...kept));

  // The export marked Share done (issue 38), a plan edit: let its save land before clearing.
  await page.waitForFunction(() => document.querySelector('nav a[href="#/share"]').textContent.includes('(complete)'));
  await page.waitForFunction(() => document.querySelector('[data-testid=save-status]')?.textContent === 'Saved in this browser');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForSelector('.app-header');
  await gotoApp(page, server.url + '#/share');
  assert.deepEqual(await planNames(page), []);
  await page.locator('#import-file').setInputFiles(file);
  await page.waitForFunction(() => document.querySelector('[data-testid=import-message]')?.textContent.includes('Imported 1 plan'));
  assert.deepEqual(await planNames(page), ['Exported plan']);
  await gotoApp(page, server.url + '#/requirements');
  assert.deepEqual(await page.locator('[data-testid=technical-list] .req-label').allInnerTexts(), ['Go', 'PostgreSQL']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('bad files are refused with a reason and change nothing', async () => {
  const { page, context } = await openPage(browser, server.url);
  await fillPlan(page, 'Keep me');
  await gotoApp(page, server.url + '#/share');
  const dir = await mkdtemp(join(tmpdir(), 'hireplan-'));
  const cases = [
    ['not-json.json', '{"format": "hireplan-plan", ', /not readable JSON/],
    ['foreign.json', '{"type":"excalidraw","elements":[]}', /not a Hireplan plan or backup/],
    ['newer.json', '{"format":"hireplan-plan","version":99,"plan":{}}', /newer Hireplan/],
    ['malformed.json', '{"format":"hireplan-plan","version":2,"plan":{"schema_version":2,"requirements":"many"}}', /not a Hireplan plan/],
  ];
  for (const [name, text, reason] of cases) {
    const path = join(dir, name);
    await writeFile(path, text);
    await page.locator('#import-file').setInputFiles(path);
    await page.waitForFunction((n) => document.querySelector('[data-testid=import-message]')?.textContent.startsWith(n), name);
    const msg = await page.getByTestId('import-message').innerText();
    assert.match(msg, reason, name);
    assert.match(msg, /Nothing was changed/);
  }
  assert.deepEqual(await planNames(page), ['Keep me']);
  await context.close();
});

test('importing a plan that is already here asks before replacing it', async () => {
  const { page, context } = await openPage(browser, server.url);
  await fillPlan(page, 'Original');
  await gotoApp(page, server.url + '#/share');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-plan').click()]);
  await page.locator('#import-file').setInputFiles(await download.path());
  await page.getByTestId('import-clash').waitFor();
  assert.match(await page.getByTestId('import-clash').innerText(), /1 of the 1 plan in this file is already in this browser/);
  await page.getByRole('button', { name: 'Import as copies' }).click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=plans] .plan-item').length === 2);
  assert.deepEqual((await planNames(page)).sort(), ['Original', 'Original']);
  await context.close();
});

test('several plans: new, switch, rename, delete with undo', async () => {
  const { page, context } = await openPage(browser, server.url);
  await fillPlan(page, 'First plan');
  await gotoApp(page, server.url + '#/share');
  await page.getByRole('button', { name: 'New plan' }).click();
  await gotoApp(page, server.url + '#/role');
  await page.getByLabel('Plan name').fill('Second plan');
  await saved(page);
  await gotoApp(page, server.url + '#/share');
  assert.deepEqual(await planNames(page), ['Second plan', 'First plan']);
  // Open the first again.
  await page.locator('[data-testid=plans] li', { hasText: 'open now' }).waitFor();
  const first = page.locator('[data-testid=plans] li').nth(1);
  await first.getByRole('button', { name: 'Open' }).click();
  await gotoApp(page, server.url + '#/role');
  assert.equal(await page.getByLabel('Plan name').inputValue(), 'First plan');
  // Rename the second from the list.
  await gotoApp(page, server.url + '#/share');
  const rename = page.getByLabel('Name of Second plan');
  await rename.fill('Second, renamed');
  await rename.press('Enter');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=plans] .plan-name')].some((e) => e.value === 'Second, renamed'));
  // Delete it, then undo.
  await page.getByRole('button', { name: 'Delete Second, renamed' }).click();
  assert.deepEqual(await planNames(page), ['First plan']);
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=plans] .plan-item').length === 2);
  assert.ok((await planNames(page)).includes('Second, renamed'));
  await context.close();
});

test('a share link opens the same plan in a fresh browser, read-only, with save a copy', async () => {
  const { page, context } = await openPage(browser, server.url);
  await fillPlan(page, 'Shared plan');
  await gotoApp(page, server.url + '#/share');
  // The name travels only when ticked (issue 38).
  const unnamed = await page.getByLabel('Link to this plan').inputValue();
  await page.getByTestId('share-names').check();
  await page.waitForFunction((old) => document.querySelector('#share-link').value !== old, unnamed);
  const link = await page.getByLabel('Link to this plan').inputValue();
  assert.ok(link.length < 2000, `${link.length} characters`);
  assert.match(link, /#share=h1\./);
  await context.close();

  const fresh = await openPage(browser, link);
  const p2 = fresh.page;
  assert.match(await p2.getByTestId('save-status').innerText(), /read-only/);
  assert.equal(await p2.getByLabel('Plan name').inputValue(), 'Shared plan');
  assert.equal(await p2.getByLabel('Plan name').isDisabled(), true);
  assert.equal(await p2.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('hireplan:plan:')).length), 0);
  await p2.getByRole('button', { name: 'Save a copy to my plans' }).click();
  await p2.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('hireplan:plan:')));
  assert.equal(await p2.getByLabel('Plan name').isDisabled(), false);
  await gotoApp(p2, server.url + '#/requirements');
  assert.deepEqual(await p2.locator('[data-testid=technical-list] .req-label').allInnerTexts(), ['Go', 'PostgreSQL']);
  assert.deepEqual(fresh.errors, []);
  await fresh.context.close();
});

test('a damaged share link gives a clear message, not a blank page', async () => {
  const { page, context } = await openPage(browser, server.url + '#share=h1.AAAA-broken');
  await page.getByTestId('notice').first().waitFor();
  assert.match(await page.getByTestId('notice').first().innerText(), /share link is damaged/);
  await expectHeading(page, 'The role');
  // The shared-plan embed reads its link in its own chunk and says the same, in place.
  await page.goto(server.url + '?embed=plan#share=h1.AAAA-broken');
  const alert = page.getByTestId('embed-error');
  await alert.waitFor();
  assert.match(await alert.innerText(), /share link is damaged/);
  assert.equal(await alert.getAttribute('role'), 'alert');
  await context.close();
});

test('embeds in sandboxed iframes render, size themselves and leave the app\'s plans alone', async () => {
  // The reader has a plan in the main app.
  const { page, context } = await openPage(browser, server.url);
  await fillPlan(page, 'My own plan');
  await gotoApp(page, server.url + '#/share');
  // The plan embed's heading is the plan's name only when ticked (issue 38).
  const unnamed = await page.getByLabel('Link to this plan').inputValue();
  await page.getByTestId('share-names').check();
  await page.waitForFunction((old) => document.querySelector('#share-link').value !== old, unnamed);
  const share = (await page.getByLabel('Link to this plan').inputValue()).split('#')[1];
  await page.waitForFunction(() => Object.values(localStorage).some((v) => v.includes('"share_names"')));
  const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));

  pages['/blog/post.html'] = `<!doctype html><html><body style="margin:0">
    <p>Intro</p>
    <iframe id="costs" src="${SUBPATH}?embed=costs" data-hireplan style="width:700px;height:150px;border:0" sandbox="allow-scripts"></iframe>
    <div style="height:2000px">A long post: the second embed starts below the fold.</div>
    <iframe id="plan" src="${SUBPATH}?embed=plan#${share}" data-hireplan style="width:500px;height:150px;border:0" sandbox="allow-scripts"></iframe>
    <script>addEventListener('message',function(e){if(!e.data||e.data.type!=='hireplan:height')return;
      document.querySelectorAll('iframe[data-hireplan]').forEach(function(f){if(f.contentWindow===e.source)f.style.height=e.data.height+'px';});});</script>
    </body></html>`;
  await page.goto(server.origin + '/blog/post.html');
  try {
    await page.waitForFunction(() => [...document.querySelectorAll('iframe')].every((f) => parseInt(f.style.height) > 300), null, { timeout: 15000 });
  } catch (e) {
    const heights = await page.evaluate(() => [...document.querySelectorAll('iframe')].map((f) => f.id + ':' + f.style.height));
    throw new Error(`frames did not size themselves: ${heights.join(', ')}`);
  }
  const costs = page.frameLocator('#costs');
  assert.match(await costs.getByTestId('embed-summary').innerText(), /^Cheapest full-time employee route with every cost known/);
  assert.equal(await costs.locator('.step-nav').count(), 0, 'no navigation chrome');
  const plan = page.frameLocator('#plan');
  await expectHeading(plan, 'My own plan');
  assert.match(await plan.locator('body').innerText(), /Go/);
  // Changing the calculator resizes only its own frame, and the other embed is unaffected.
  const h1 = await page.locator('#plan').evaluate((f) => f.style.height);
  await costs.getByLabel('Level').selectOption('senior');
  assert.match(await costs.getByTestId('embed-summary').innerText(), /RocketDevs L3|Toptal|India/);
  assert.equal(await page.locator('#plan').evaluate((f) => f.style.height), h1);

  await page.goto(server.url);
  await page.waitForSelector('.app-header');
  const afterwards = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  assert.equal(afterwards, before, "the main app's storage is untouched");
  await context.close();
});
