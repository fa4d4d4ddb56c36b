// Hostile input: markup and script payloads in every free-text field never execute, on any
// step, in the exports, through a share link or in an embed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, truncate, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { serve, launch, openPage, gotoApp, expectHeading, openSections, stepAddresses } from './harness.mjs';

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
  await page.getByLabel('Time zones to overlap with').fill(PAYLOAD);
  await gotoApp(page, server.url + '#/interviews');
  await page.getByLabel('Add a question of your own').fill(PAYLOAD);
  await page.keyboard.press('Enter');
  // Every field of the candidate and offer views.
  await gotoApp(page, server.url + '#/hire');
  await page.locator('#candidate-name').fill(PAYLOAD);
  await page.getByRole('button', { name: 'Add candidate' }).click();
  const cand = page.locator('li.candidate').first();
  await cand.waitFor();
  for (const sel of ['input[id$=-links]', 'input[id$=-interviewer]', 'textarea[id$=-notes]', 'input[id$=-reason]']) {
    await cand.locator(sel).fill(PAYLOAD);
    await cand.locator(sel).blur();
  }
  await cand.locator('select[id$=-decision]').selectOption('advance');
  await cand.getByRole('button', { name: 'Record the decision' }).click();
  // The default plan is for an employee: a probation period, whose length the founder sets.
  for (const id of ['#offer-pay', '#offer-equity', '#offer-benefits', '#probation-days']) {
    await page.locator(id).fill(PAYLOAD);
    await page.locator(id).blur();
  }
  assert.match(await cand.locator('h3').innerText(), /<img src=x onerror=/, 'the name is shown as typed');
  assert.match(await page.getByTestId('offer-summary').innerText(), /onerror/);
  for (const step of await stepAddresses({ views: false })) {
    await gotoApp(page, server.url + '#/' + step);
    assert.equal(await pwned(page), false, step);
  }
  // The text is shown as typed.
  await gotoApp(page, server.url + '#/job-description');
  assert.match(await page.locator('#ad-about').inputValue(), /<script>window.__pwned=1<\/script>/);
  assert.match(await page.locator('#ad-offer').inputValue(), /onerror/);

  // Exports escape it.
  for (const [id, unsafe, check] of [
    ['download-html', /<script>|<img |<svg /, /&lt;script&gt;/],
    // In Markdown every < of the founder's text is escaped, so none can open a tag.
    ['download-md', /(^|[^\\])</m, /\\<script\\>/],
    // Plain text is text: shown as typed, and the file is served as text/plain.
    ['download-txt', /^$/, /<script>window.__pwned=1<\/script>/],
  ]) {
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(id).click()]);
    const body = await readFile(await d.path(), 'utf8');
    assert.doesNotMatch(body, unsafe, id);
    assert.match(body, check, id);
  }
  // The charts' SVG files hold only the planner's own labels and escape any text they draw.
  await gotoApp(page, server.url + '#/costs');
  // A quote of the founder's own is drawn in the chart with its name.
  await openSections(page, 'more-quotes');
  await page.getByTestId('add-quote').click();
  await page.locator('#quote-q1-name').fill(PAYLOAD);
  await page.locator('#quote-q1-low').fill('4000');
  await page.locator('#quote-q1-route').selectOption('employee');
  await page.locator('#quote-q1-basis').selectOption('monthly');
  await page.waitForFunction(() => document.querySelector('[data-testid=table-routes]')?.textContent.includes('your quote') && !document.querySelector('[aria-busy=true]'));
  await openSections(page, 'more-routes');
  const [svgFile] = await Promise.all([page.waitForEvent('download'), page.getByTestId('chart-routes-download').click()]);
  const svg = await readFile(await svgFile.path(), 'utf8');
  assert.match(svg, /^<svg [^>]*>/);
  // The founder's text is drawn as escaped text: no element, no event attribute.
  assert.doesNotMatch(svg, /<script|<img|<foreignObject|<[^>]*\son\w+\s*=/i);
  // (A long name wraps over lines of its own.)
  assert.match(svg, /&lt;img src=x/);
  assert.match(svg, /onerror=&quot;window.__pwned=1&quot;&gt;&lt;script&gt;/);
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
  await gotoApp(page, server.url + '#/job-description');
  assert.equal((await page.locator('#ad-objective').inputValue()).length, 100_000);
  await gotoApp(page, server.url + '#/costs');
  // Still responsive: the Costs step drew its chart after the 100,000-character objective.
  await openSections(page, 'more-routes');
  await page.getByTestId('chart-routes').locator('svg').waitFor();
  // A file over the import limit is refused before it is read.
  await gotoApp(page, server.url + '#/share');
  await page.locator('#import-file').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.alloc(9 * 1024 * 1024, 32) });
  assert.match(await page.getByTestId('import-message').innerText(), /up to 8 MB\. Nothing was changed\./);
  // 50 MB: refused from its size alone, at once.
  // (A sparse file: Playwright passes files over 50 MB by path.)
  const hugeFile = join(await mkdtemp(join(tmpdir(), 'hireplan-')), 'huge.json');
  await writeFile(hugeFile, '');
  await truncate(hugeFile, 50 * 1024 * 1024);
  await page.locator('#import-file').setInputFiles(hugeFile);
  await page.waitForFunction(() => document.querySelector('[data-testid=import-message]')?.textContent.startsWith('huge.json'));
  assert.match(await page.getByTestId('import-message').innerText(), /huge\.json is 50\.0 MB; Hireplan imports files up to 8 MB\. Nothing was changed\./);

  // Thousands of skills in a file that is small enough: refused, saying how many and the limit.
  const names = () => page.locator('[data-testid=plans] .plan-name').evaluateAll((els) => els.map((e) => e.value));
  const before = await names();
  const skills = Array.from({ length: 5000 }, (_, i) => ({ id: `own-${i}`, label: `Skill ${i}`, category: 'language', priority: 'nice_to_have', custom: true }));
  const file = { format: 'hireplan-plan', version: 2, plan: { schema_version: 2, name: 'Five thousand skills', requirements: skills } };
  await page.locator('#import-file').setInputFiles({ name: 'skills.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.waitForFunction(() => document.querySelector('[data-testid=import-message]')?.textContent.startsWith('skills.json'));
  assert.match(await page.getByTestId('import-message').innerText(), /lists 5000 requirements; Hireplan holds at most 60.*Nothing was changed\./);
  assert.deepEqual(await names(), before);
  // 201 candidates: over the limit of 200, refused the same way.
  const candidates = Array.from({ length: 201 }, (_, i) => ({ id: `c${i}`, name: `Candidate ${i}` }));
  const crowd = { format: 'hireplan-plan', version: 3, plan: { schema_version: 3, name: 'Crowd', candidates } };
  await page.locator('#import-file').setInputFiles({ name: 'crowd.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(crowd)) });
  await page.waitForFunction(() => document.querySelector('[data-testid=import-message]')?.textContent.startsWith('crowd.json'));
  assert.match(await page.getByTestId('import-message').innerText(), /lists 201 candidates; Hireplan holds at most 200.*Nothing was changed\./);
  assert.deepEqual(await names(), before);
  await context.close();

  // The same in a share link (one skill repeated compresses to a short link): a message, the
  // planner opens as usual.
  const plan = { schema_version: 2, requirements: Array.from({ length: 5000 }, () => skills[0]) };
  const link = server.url + '#share=h1.' + deflateRawSync(JSON.stringify(plan), { level: 9 }).toString('base64url');
  const other = await openPage(browser, null);
  await other.page.goto(link);
  await other.page.getByTestId('notice').first().waitFor();
  assert.match(await other.page.getByTestId('notice').first().innerText(), /lists 5000 requirements; Hireplan holds at most 60/);
  await expectHeading(other.page, 'The role');
  await other.context.close();
});

test('at a phone width, hostile and huge text never widens the page', async () => {
  const { page, context, errors } = await openPage(browser, server.url + '#/role', { viewport: { width: 360, height: 740 } });
  await page.getByLabel('Plan name').fill('W'.repeat(119));
  await page.getByLabel('Company or project name').fill(PAYLOAD + 'Z'.repeat(300));
  await page.getByLabel('What are you building?').fill('y'.repeat(2000));
  await page.getByLabel('The objective: what problem does this hire solve?').fill('x'.repeat(100_000));
  await gotoApp(page, server.url + '#/requirements');
  await page.getByLabel('Add a skill or technology of your own').fill('Q'.repeat(79));
  await page.keyboard.press('Enter');
  await gotoApp(page, server.url + '#/interviews');
  await page.getByLabel('Add a question of your own').fill(PAYLOAD + 'k'.repeat(400));
  await page.keyboard.press('Enter');
  // Every step but the candidates' (checked with its own payload above).
  for (const step of (await stepAddresses({ views: false })).filter((s) => s !== 'hire')) {
    await gotoApp(page, server.url + '#/' + step);
    const wide = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth,
      culprits: [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.step-nav')).slice(-3).map((e) => e.tagName + '.' + e.className) }));
    assert.ok(wide.page <= wide.view, `${step}: ${wide.page} px wide in a ${wide.view} px window (${wide.culprits.join(', ')})`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});
