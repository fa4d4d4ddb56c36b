// Storage refused (blocked site data, a sandboxed frame): the planner works in this tab's
// memory, both exports download what the tab holds, and an import opens its plans in memory,
// saying they are not saved. No page error on the way.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, openPage, gotoApp } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Makes `window.localStorage` throw, as Chromium does when site data is blocked. */
function refuseStorage() {
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); },
  });
}

/** A page whose every document has storage refused, before any of its scripts runs. */
async function refusedPage(url) {
  const opened = await openPage(browser);
  await opened.context.addInitScript(refuseStorage);
  await gotoApp(opened.page, url);
  return opened;
}

const planNames = (page) => page.locator('[data-testid=plans] .plan-name').evaluateAll((els) => els.map((e) => e.value));
const message = (page) => page.getByTestId('import-message').innerText();

/** Clicks a button that downloads a file; returns the file's name and parsed JSON. */
async function download(page, testid) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), path, body: JSON.parse(await readFile(path, 'utf8')) };
}

test('storage refused: the planner works in memory, exports the tab\'s plans and imports into memory', async () => {
  const { page, errors, context } = await refusedPage(server.url + '#/role');
  // The storage refusal really is in force in the page, and the planner says what it means.
  assert.equal(await page.evaluate(() => { try { localStorage.length; return 'open'; } catch (e) { return e.name; } }), 'SecurityError');
  assert.equal(await page.getByTestId('save-status').innerText(), 'Not saved: this tab only');
  assert.match(await page.getByTestId('notice').first().innerText(), /does not let this page save.*lives only in this tab/s);

  // The planner works: edits land, steps open, derived views follow.
  await page.getByLabel('Plan name').fill('Refused storage plan');
  await page.getByLabel('What are you building?').fill('a search API');
  await gotoApp(page, server.url + '#/requirements');
  await page.locator('#req-go').check();
  await page.locator('#req-postgresql').check();
  assert.deepEqual(await page.locator('[data-testid=technical-list] .req-label').allInnerTexts(), ['Go', 'PostgreSQL']);
  await gotoApp(page, server.url + '#/role');
  assert.equal(await page.getByLabel('Plan name').inputValue(), 'Refused storage plan');

  // The Share step lists the tab's plan and says it is not saved.
  await gotoApp(page, server.url + '#/share');
  await page.getByTestId('plans-in-memory').waitFor();
  assert.deepEqual(await planNames(page), ['Refused storage plan']);

  // "Export this plan" downloads the tab's plan.
  const one = await download(page, 'export-plan');
  assert.equal(one.name, 'hireplan-refused-storage-plan.json');
  assert.equal(one.body.format, 'hireplan-plan');
  assert.equal(one.body.plan.name, 'Refused storage plan');
  assert.equal(one.body.plan.role.product, 'a search API');
  await page.waitForFunction(() => document.querySelector('[data-testid=import-message]')?.textContent.startsWith('Exported hireplan-'));

  // "Export a backup of all plans" downloads it too, though nothing is stored.
  const backup = await download(page, 'export-backup');
  assert.match(backup.name, /^hireplan-backup-\d{4}-\d{2}-\d{2}\.json$/);
  assert.equal(backup.body.format, 'hireplan-backup');
  assert.deepEqual(backup.body.plans.map((p) => p.name), ['Refused storage plan']);
  await page.waitForFunction(() => document.querySelector('[data-testid=import-message]')?.textContent.startsWith('Exported 1 plan to hireplan-backup-'));

  // Importing a backup of two other plans opens them in this tab, and says they are not saved.
  const dir = await mkdtemp(join(tmpdir(), 'hireplan-refused-'));
  const file = join(dir, 'two-plans.json');
  const plans = ['one', 'two'].map((n) => ({ ...one.body.plan, id: `pfile-${n}`, name: `From a file, ${n}` }));
  await writeFile(file, JSON.stringify({ ...backup.body, plans }));
  await page.locator('#import-file').setInputFiles(file);
  await page.waitForFunction(() => document.querySelector('[data-testid=import-message]')?.textContent.startsWith('Opened 2 plans'));
  const said = await message(page);
  assert.match(said, /^Opened 2 plans from two-plans\.json in this tab only\. They are not saved/);
  assert.doesNotMatch(said, /Imported/);
  assert.deepEqual((await planNames(page)).sort(), ['From a file, one', 'From a file, two', 'Refused storage plan']);
  // The file's last plan is the open one.
  assert.equal(await page.locator('[data-testid=plans] li.current .plan-name').inputValue(), 'From a file, two');

  // The tab holds all three now: the backup says so, the typed plan as it was typed.
  const after = await download(page, 'export-backup');
  const byName = Object.fromEntries(after.body.plans.map((p) => [p.name, p]));
  assert.deepEqual(Object.keys(byName).sort(), ['From a file, one', 'From a file, two', 'Refused storage plan']);
  assert.equal(byName['Refused storage plan'].role.product, 'a search API');

  // Opening the first plan again brings back what was typed in it.
  await page.locator('[data-testid=plans] li')
    .filter({ has: page.locator('input.plan-name[value="Refused storage plan"]') })
    .getByRole('button', { name: 'Open' }).click();
  await gotoApp(page, server.url + '#/role');
  assert.equal(await page.getByLabel('Plan name').inputValue(), 'Refused storage plan');
  assert.equal(await page.getByTestId('save-status').innerText(), 'Not saved: this tab only');

  assert.deepEqual(errors, []);
  await context.close();
});

test('storage refused: a share link opens read-only, and "Save a copy" makes it editable in this tab', async () => {
  // A share link made in a normal browser.
  const normal = await openPage(browser, server.url + '#/role');
  await normal.page.getByLabel('Plan name').fill('Shared into a locked browser');
  await gotoApp(normal.page, server.url + '#/share');
  // The name travels only when ticked (issue 38).
  const unticked = await normal.page.getByLabel('Link to this plan').inputValue();
  await normal.page.locator('#share-names').check();
  await normal.page.waitForFunction((old) => document.querySelector('#share-link').value !== old, unticked);
  const link = await normal.page.getByLabel('Link to this plan').inputValue();
  await normal.context.close();

  const { page, errors, context } = await refusedPage(link);
  assert.match(await page.getByTestId('save-status').innerText(), /read-only/);
  assert.equal(await page.getByLabel('Plan name').inputValue(), 'Shared into a locked browser');
  assert.equal(await page.getByLabel('Plan name').isDisabled(), true);
  await page.getByRole('button', { name: 'Save a copy to my plans' }).click();
  await page.waitForFunction(() => !document.querySelector('#plan-name')?.closest('fieldset')?.disabled);
  assert.match(await page.getByTestId('notice').last().innerText(), /lives in this tab only/);
  await page.getByLabel('Plan name').fill('My copy');
  assert.equal(await page.getByTestId('save-status').innerText(), 'Not saved: this tab only');
  assert.deepEqual(errors, []);
  await context.close();
});
