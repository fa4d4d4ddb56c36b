// The Costs step: charts and tables follow seniority, engagement, horizon and overrides,
// tables sort, charts download as SVG, break-evens are reported.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, launch, openPage, gotoApp, expectHeading } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** The cells of the row whose first cell starts with `label`, in a table by test id. */
async function row(page, table, label) {
  // Tables follow a change one task after the charts; they say so with aria-busy.
  await page.waitForFunction(() => !document.querySelector('[aria-busy=true]'));
  const rows = page.locator(`[data-testid=${table}] tbody tr`);
  const n = await rows.count();
  for (let i = 0; i < n; i++) {
    // textContent, not innerText: off-screen tables skip layout (content-visibility).
    const cells = (await rows.nth(i).locator('th, td').allTextContents()).map((c) => c.trim());
    if (cells[0].startsWith(label)) return cells;
  }
  throw new Error(`no row ${label} in ${table}`);
}
const svgText = (page, id) => page.getByTestId(id).innerHTML();

test('charts and tables follow seniority, engagement, horizon and overrides', async () => {
  const { page, errors, context } = await openPage(browser, server.url + '#/costs');
  assert.match(await page.getByTestId('costs-scenario').innerText(), /mid full-time employee, over 12 months/);
  // India, mid-level employee: $10,000 / 12 = $833 pay + 20% employer costs = $1,000 a month.
  let india = await row(page, 'table-countries', 'Employee in India');
  assert.deepEqual(india.slice(1, 5), ['$833', '$167', '$1,000', '$12,000']);
  assert.match(await svgText(page, 'chart-countries'), /\$1,000/);
  assert.match(await svgText(page, 'chart-countries'), /United States: \$11,500/);
  assert.match(await page.getByTestId('costs-summary').innerText(), /Employee in India at \$1,000 a month/);

  // Senior: the median scaled by 1.64 (the RocketDevs L3/L2 ratio).
  await gotoApp(page, server.url + '#/seniority');
  await page.locator('#level-l3').check();
  await gotoApp(page, server.url + '#/costs');
  india = await row(page, 'table-countries', 'Employee in India');
  assert.equal(india[3], '$1,640');
  assert.match(await svgText(page, 'chart-countries'), /\$1,640/);
  assert.equal((await row(page, 'table-channels', 'RocketDevs L3'))[2], '$3,600');

  // A full-time contractor carries no employer costs; a 6-month horizon.
  await gotoApp(page, server.url + '#/engagement');
  await page.locator('#engagement-kind-1').check();
  await page.getByLabel('Horizon (months)').fill('6');
  await gotoApp(page, server.url + '#/costs');
  india = await row(page, 'table-countries', 'Contractor in India');
  assert.deepEqual(india.slice(2, 5), ['none', '$1,367', '$8,200']);
  assert.equal((await row(page, 'table-channels', 'RocketDevs L3'))[4], '$21,600');
  assert.equal((await row(page, 'table-channels', 'Toptal'))[4], '$52,640 – $83,924');
  const headers = await page.locator('[data-testid=table-over-time] thead th').allTextContents();
  assert.match(headers.at(-1), /Month 6/);

  // Override India's median: the table and chart mark it, and every number follows.
  const input = page.locator('#figure-salary-in-median');
  await input.fill('12,000');
  await input.press('Enter');
  india = await row(page, 'table-countries', 'Contractor in India');
  assert.equal(india[3], '$1,640 *');
  assert.match(await svgText(page, 'chart-countries'), /India \*/);
  assert.match(await page.locator('tr[data-figure="salary.in.median"]').textContent(), /Your figure/);
  // A bad override is refused with a message and changes nothing.
  await page.locator('#figure-assume-weeks_per_month').fill('lots');
  await page.locator('#figure-assume-weeks_per_month').press('Enter');
  assert.match(await page.locator('#figure-assume-weeks_per_month-error').textContent(), /Enter a number/);
  // Reset brings the source's figure back.
  await page.getByRole('button', { name: 'Reset to 10000' }).click();
  assert.equal((await row(page, 'table-countries', 'Contractor in India'))[3], '$1,367');
  assert.doesNotMatch(await svgText(page, 'chart-countries'), /India \*/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('tables sort by any column from the keyboard', async () => {
  const { page, context } = await openPage(browser, server.url + '#/costs');
  const first = async () => (await page.locator('[data-testid=table-channels] tbody tr').first().locator('th').textContent()).trim();
  const firstMonthly = async () => (await page.locator('[data-testid=table-channels] tbody tr').first().locator('td').nth(1).textContent()).trim();
  const sortButton = page.locator('[data-testid=table-channels] thead button', { hasText: 'All-in a month' });
  await sortButton.focus();
  await page.keyboard.press('Enter');
  assert.equal(await first(), 'RocketDevs L2');
  assert.equal(await sortButton.locator('xpath=..').getAttribute('aria-sort'), 'ascending');
  await page.keyboard.press('Enter');
  // Dearest first: a US hire at $11,500 a month (Toptal's range centres on $11,297).
  assert.equal(await firstMonthly(), '$11,500');
  assert.equal(await sortButton.locator('xpath=..').getAttribute('aria-sort'), 'descending');
  // Channels without a price stay at the bottom both ways.
  const last = (await page.locator('[data-testid=table-channels] tbody tr').last().locator('td').nth(1).textContent()).trim();
  assert.equal(last, 'not given');
  await context.close();
});

test('a chart downloads as an SVG file', async () => {
  const { page, context } = await openPage(browser, server.url + '#/costs');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('chart-countries-download').click(),
  ]);
  assert.equal(download.suggestedFilename(), 'hireplan-countries.svg');
  const body = await readFile(await download.path(), 'utf8');
  assert.match(body, /^<svg /);
  assert.match(body, /India/);
  await context.close();
});

test('picking options over time shows their break-even', async () => {
  const { page, context } = await openPage(browser, server.url + '#/costs');
  // Defaults: an employee at home and the priced platforms.
  assert.equal(await page.locator('#pick-country-us').isChecked(), true);
  assert.equal(await page.locator('#pick-channel-rocketdevs').isChecked(), true);
  // Employ in India through We Work Remotely with a costly posting, against RocketDevs L2.
  await page.getByLabel('Where would an employee be based?').selectOption('in');
  const posting = page.locator('#figure-wwr-posting');
  await posting.fill('20000');
  await posting.press('Enter');
  for (const id of ['country-in', 'channel-toptal', 'channel-lemon']) {
    if (await page.locator(`#pick-${id}`).isChecked()) await page.locator(`#pick-${id}`).uncheck();
  }
  await page.locator('#pick-channel-wwr').check();
  const rows = (await page.locator('[data-testid=table-over-time] tbody th').allTextContents()).map((r) => r.trim());
  assert.deepEqual(rows.map((r) => r.replace(' *', '')).sort(), ['RocketDevs L2', 'We Work Remotely hire (India)']);
  // India mid employee $1,000/month + $20,000 up front vs RocketDevs $2,200/month: 1,200m > 20,000 at m = 17.
  await gotoApp(page, server.url + '#/engagement');
  await page.getByLabel('Horizon (months)').fill('24');
  await gotoApp(page, server.url + '#/costs');
  assert.match(await page.getByTestId('break-evens').innerText(), /from month 17 on, We Work Remotely hire \(India\) costs less/);
  assert.equal(await page.getByTestId('chart-over-time').locator('circle').count(), 1);
  await context.close();
});

test('an invalid engagement blocks the costs with a way back, not a blank page', async () => {
  const { page, context } = await openPage(browser, server.url + '#/engagement');
  await page.getByLabel('Horizon (months)').fill('0');
  await gotoApp(page, server.url + '#/costs');
  assert.match(await page.getByTestId('costs-blocked').innerText(), /at least 1 month/);
  await page.getByRole('link', { name: 'Go to Engagement & budget' }).click();
  await expectHeading(page, 'Engagement & budget');
  await context.close();
});

test('a change made from the keyboard updates the figures in place and keeps the focus', async () => {
  const { page, errors, context } = await openPage(browser, server.url + '#/costs');
  // The home country, changed with the arrow keys: the focus stays on the select.
  const select = page.locator('#home-country');
  await select.focus();
  const before = await row(page, 'table-channels', 'LinkedIn hire');
  // Tag nodes that must survive the change: the time-to-hire chart does not depend on the
  // home country (it is not redrawn), and the option boxes are the same boxes, relabelled.
  await page.evaluate(() => {
    document.querySelector('[data-testid=chart-time] svg').__kept = true;
    for (const b of document.querySelectorAll('.check-grid input[type=checkbox]')) b.__kept = true;
    window.__labels = [...document.querySelectorAll('.check-grid label')].map((l) => l.textContent).join('|');
  });
  // The chart says what it shows, bar by bar, for screen readers.
  const described = () => page.getByTestId('chart-channels').getAttribute('aria-label');
  const descriptionBefore = await described();
  assert.match(descriptionBefore, /^Bar chart of monthly cost ranges by channel: .*LinkedIn hire \$[\d,]+/);
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.activeElement?.id === 'home-country');
  await page.waitForFunction((cells) => {
    const r = [...document.querySelectorAll('[data-testid=table-channels] tbody tr')]
      .find((tr) => tr.querySelector('th')?.textContent.trim().startsWith('LinkedIn hire'));
    return r && r.textContent !== cells;
  }, before.join(''));
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'home-country');
  assert.deepEqual(await page.evaluate(() => ({
    chart: document.querySelector('[data-testid=chart-time] svg').__kept === true,
    boxes: [...document.querySelectorAll('.check-grid input[type=checkbox]')].every((b) => b.__kept === true),
    relabelled: [...document.querySelectorAll('.check-grid label')].map((l) => l.textContent).join('|') !== window.__labels,
  })), { chart: true, boxes: true, relabelled: true });
  assert.notEqual(await described(), descriptionBefore, 'the description follows the new figures');

  // An overridden figure, committed with Enter: its field keeps the focus and shows the value.
  const figure = page.locator('#figure-salary-in-median');
  await figure.fill('12,000');
  await figure.press('Enter');
  await page.locator('tr[data-figure="salary.in.median"] .badge.override').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'figure-salary-in-median');
  assert.equal(await figure.inputValue(), '12000');
  // Reset puts the source's value back in the same field.
  await page.locator('tr[data-figure="salary.in.median"] button.link').click();
  await page.locator('tr[data-figure="salary.in.median"] .badge.override').waitFor({ state: 'detached' });
  assert.equal(await figure.inputValue(), '10000');

  // An option to follow over time, toggled with Space: the box keeps the focus.
  const box = page.locator('.check-grid input[type=checkbox]').first();
  const was = await box.isChecked();
  await box.focus();
  await page.keyboard.press('Space');
  await page.waitForFunction((w) => document.activeElement?.type === 'checkbox' && document.activeElement.checked !== w, was);
  assert.equal(await box.isChecked(), !was);
  assert.deepEqual(errors, []);
  await context.close();
});
