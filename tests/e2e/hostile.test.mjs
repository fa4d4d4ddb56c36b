// Hostile input: markup and script payloads in every free-text field never execute, on any
// step, in the exports, through a share link or in an embed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, launch, openPage, gotoApp } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const PAYLOAD = `"><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script><svg onload="window.__pwned=1">{{7*7}}`;
const pwned = (page) => page.evaluate(() => window.__pwned === 1 || !!document.querySelector('img[src="x"], main script, svg[onload]'));

test('payloads in every free-text field never execute or inject markup', async () => {
  const { page, errors, context } = await openPage(browser, server.url + '#/role');
  for (const label of ['Plan name', 'Company or project name', 'What are you building?', 'The objective: what problem does this hire solve?']) {
    await page.getByLabel(label).fill(PAYLOAD);
  }
  await gotoApp(page, server.url + '#/requirements');
  await page.getByLabel('Add a skill or technology of your own').fill('<b onmouseover=alert(1)>x</b>');
  await page.keyboard.press('Enter');
  await gotoApp(page, server.url + '#/engagement');
  await page.getByLabel('Location or hiring region').fill(PAYLOAD);
  await page.getByLabel('Time zones to overlap with').fill(PAYLOAD);
  await gotoApp(page, server.url + '#/interviews');
  await page.getByLabel('Add a question of your own').fill(PAYLOAD);
  await page.keyboard.press('Enter');
  for (const step of ['role', 'requirements', 'seniority', 'engagement', 'costs', 'job-description', 'interviews', 'share']) {
    await gotoApp(page, server.url + '#/' + step);
    assert.equal(await pwned(page), false, step);
  }
  // The text is shown as typed.
  await gotoApp(page, server.url + '#/job-description');
  assert.match(await page.locator('#ad-about').inputValue(), /<script>window.__pwned=1<\/script>/);
  assert.match(await page.locator('#ad-title').inputValue(), /onerror/);

  // Exports escape it.
  for (const [id, unsafe, check] of [
    ['download-html', /<script>|<img |<svg /, /&lt;script&gt;/],
    // In Markdown every < of the founder's text is escaped, so none can open a tag.
    ['download-md', /(^|[^\\])</m, /\\<script\\>/],
  ]) {
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(id).click()]);
    const body = await readFile(await d.path(), 'utf8');
    assert.doesNotMatch(body, unsafe, id);
    assert.match(body, check, id);
  }
  await gotoApp(page, server.url + '#/share');
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-plan').click()]);
  const json = JSON.parse(await readFile(await d.path(), 'utf8'));
  assert.equal(json.plan.name, PAYLOAD, 'JSON keeps the text exactly');
  const link = await page.getByLabel('Link to this plan').inputValue();
  assert.deepEqual(errors, []);
  await context.close();

  // Through a share link and in the embed.
  for (const url of [link, link.replace('#share=', '?embed=plan#share=')]) {
    const other = await openPage(browser, null);
    await other.page.goto(url);
    await other.page.waitForSelector('.app-header, [data-testid=embed]');
    assert.equal(await pwned(other.page), false, url);
    const shown = await other.page.evaluate(() => document.body.innerText + [...document.querySelectorAll('input, textarea')].map((e) => e.value).join(' '));
    assert.match(shown, /onerror/, 'the text is shown as typed');
    await other.context.close();
  }
});

test('oversized input is refused or handled, and the page stays responsive', async () => {
  const { page, context } = await openPage(browser, server.url + '#/role');
  const huge = 'x'.repeat(100_000);
  await page.getByLabel('The objective: what problem does this hire solve?').fill(huge);
  await page.getByLabel('Plan name').fill('y'.repeat(500));
  assert.match(await page.locator('#plan-name-messages').innerText(), /under 120 characters/);
  const t0 = Date.now();
  await gotoApp(page, server.url + '#/job-description');
  assert.equal((await page.locator('#ad-objective').inputValue()).length, 100_000);
  await gotoApp(page, server.url + '#/costs');
  assert.ok(Date.now() - t0 < 10_000, 'still responsive');
  // A file over the import limit is refused before it is read.
  await gotoApp(page, server.url + '#/share');
  await page.locator('#import-file').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.alloc(9 * 1024 * 1024, 32) });
  assert.match(await page.getByTestId('import-message').innerText(), /up to 8 MB\. Nothing was changed\./);
  await context.close();
});
