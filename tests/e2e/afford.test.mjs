// Can we afford it (issue 29): each route's runway and cash-out month from the company's cash
// and burn, worked by hand here; amounts and the job ad's pay in the founder's currency at the
// rate they typed; a share link that carries no cash or burn unless the founder ticks for it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { inflateRawSync } from 'node:zlib';
import { serve, launch, openPage, gotoApp, expectHeading, openSections } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// textContent: tables sit in content-visibility boxes, whose text innerText may skip off screen.
const text = async (page, id) => (await page.getByTestId(id).textContent()).replace(/\s+/g, ' ');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];
const SHORT = MONTHS.map((m) => m.slice(0, 3));
const iso = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const monthsAfter = (d, n) => new Date(d.getFullYear(), d.getMonth() + n, 1);
const monthWords = (d) => `${MONTHS[d.getMonth()]} ${d.getFullYear()}`;

/** The cell of a route's row in the runway table, by column header. */
async function cell(page, route, header) {
  const table = page.getByTestId('table-afford');
  const headers = (await table.locator('thead th').allTextContents()).map((h) => h.replace(/[↕▲▼]/g, '').trim());
  const col = headers.indexOf(header);
  assert.ok(col >= 0, `no column ${header} in ${headers}`);
  const row = table.locator('tbody tr').filter({ has: page.locator(`th:text-is("${route}")`) });
  return (await row.locator('th, td').nth(col).textContent()).trim();
}

test('each route shows its runway and cash-out month; one is checked by hand', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  // A full-time contractor in India hired directly: $15–50 an hour × 160 hours, no fees.
  await gotoApp(page, server.url + '#/engagement');
  await page.locator('#engagement-kind-1').check();
  await page.locator('#hire-country').selectOption('in');
  // Cash dated the 1st of this month; the hire starts on the 1st, two months on.
  const today = new Date();
  const cashDay = new Date(today.getFullYear(), today.getMonth(), 1);
  const start = monthsAfter(cashDay, 2);
  await page.fill('#start-date', iso(start));
  await gotoApp(page, server.url + '#/costs');
  await expectHeading(page, 'Costs');
  // A contractor hired directly has no time to hire in the sources: without the founder's
  // days it has no start date and no runway (issue 38). 20 days fit before the start.
  await openSections(page, 'more-figures');
  const days = page.locator('#figure-assume-direct_hire_days');
  await days.fill('20');
  await days.press('Enter');
  await page.locator('tr[data-figure="assume.direct_hire_days"] .badge.override').waitFor();
  await openSections(page, 'more-afford');
  // Before any figure, nothing is invented: the form says what is missing.
  assert.match(await text(page, 'afford-missing'), /Enter the cash in the bank/);
  assert.equal((await text(page, 'afford-without')).trim(), '');
  await page.fill('#cash', '400,000');
  await page.fill('#cash-date', iso(cashDay));
  await page.fill('#burn', '25000');
  await page.getByTestId('afford-without').filter({ hasText: '16 months' }).waitFor();
  // Without the hire: 400,000 / 25,000 = 16 months; the 16th month is the last.
  assert.match(await text(page, 'afford-without'),
    new RegExp(`16 months: the cash runs out in ${monthWords(monthsAfter(cashDay, 15))}`));
  const route = 'Contractor hired directly in India';
  assert.equal(await cell(page, route, 'Hire starts'), `1 ${SHORT[start.getMonth()]} ${start.getFullYear()}`);
  // By hand: two months of burn alone leave 350,000. Then 33,000 a month at the high price:
  // 10 whole months (330,000) and 20,000 / 33,000 of the next: 2 + 10.61 = 12.6 months, out
  // in month 12. At the low price, 27,400 a month: 12 whole months (328,800) and
  // 21,200 / 27,400 of the next: 2 + 12.77 = 14.8 months, out in month 14.
  assert.equal(await cell(page, route, 'Runway with the hire'), '12.6–14.8 months');
  assert.equal(await cell(page, route, 'Cash runs out'),
    `${monthWords(monthsAfter(cashDay, 12))} – ${monthWords(monthsAfter(cashDay, 14))}`);
  // Every open route has a runway or says in a word why not.
  for (const row of await page.getByTestId('table-afford').locator('tbody tr').all()) {
    assert.match(await row.textContent(), /months|no price|EOR fee not set|Not known.*needs your figures/);
  }
  // The chart of cash over time, with its table beside it.
  await page.locator('#chart-cash-caption').waitFor();
  assert.match(await text(page, 'table-cash'), /Without this hire/);
  // A bad value gets its message at the field, and nothing else changes.
  await page.fill('#burn', '-5');
  await page.locator('#burn-messages').filter({ hasText: 'from 0 up' }).waitFor();
  assert.equal(await page.locator('#burn').getAttribute('aria-invalid'), 'true');
  await page.fill('#cash-date', iso(monthsAfter(today, 2)));
  await page.locator('#cash-date-messages').filter({ hasText: 'after today' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('with a euro rate, Costs and a Germany-based job ad show euros with the rate; without, dollars that say so', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await gotoApp(page, server.url + '#/engagement');
  await page.locator('#hire-country').selectOption('de');
  await page.locator('#company-country').selectOption('de');
  // Without a rate, the ad's pay stays in US dollars and says so.
  await gotoApp(page, server.url + '#/job-description');
  const adText = async () => (await page.locator('.ad-section[data-section=pay] textarea').inputValue()).replace(/\s+/g, ' ');
  assert.match(await adText(), /\$65,700 – \$80,300 a year \(in US dollars\)/);
  await gotoApp(page, server.url + '#/costs');
  await expectHeading(page, 'Costs');
  await openSections(page, 'more-afford');
  assert.match(await text(page, 'shortlist'), /\$/);
  await page.selectOption('#display-currency', 'EUR');
  await page.fill('#rate', '0.92');
  const today = new Date();
  await page.fill('#rate-date', iso(today));
  await page.getByTestId('rate-note').waitFor();
  assert.match(await text(page, 'rate-note'), /Amounts shown in EUR \(Euro\), at 0\.92 EUR to the US dollar: your rate of \d+ \w+ \d{4}\. The sources give US dollars\./);
  assert.match(await text(page, 'shortlist'), /€/);
  assert.doesNotMatch(await text(page, 'shortlist'), /\$/);
  assert.match(await text(page, 'table-routes'), /€/);
  // The ad: 65,700 × 0.92 = 60,444 and 80,300 × 0.92 = 73,876, with the rate and its date.
  await gotoApp(page, server.url + '#/job-description');
  assert.match(await adText(), /€60,444 – €73,876 a year \(converted from US dollars at 0\.92 EUR to the dollar, the rate on \d+ \w+ \d{4}\)/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a share link made without the box ticked carries no cash or burn', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await gotoApp(page, server.url + '#/costs');
  await expectHeading(page, 'Costs');
  await openSections(page, 'more-afford');
  await page.fill('#cash', '987654');
  await page.fill('#cash-date', iso(new Date()));
  await page.fill('#burn', '43210');
  await page.selectOption('#display-currency', 'GBP');
  await page.fill('#rate', '0.79');
  await gotoApp(page, server.url + '#/share');
  const decode = async () => {
    const link = await page.locator('#share-link').inputValue();
    const payload = link.split('#share=')[1];
    const json = inflateRawSync(Buffer.from(payload.slice(payload.indexOf('.') + 1), 'base64url')).toString();
    return { json, plan: JSON.parse(json) };
  };
  const off = await decode();
  assert.ok(!off.json.includes('987654') && !off.json.includes('43210'), off.json);
  assert.equal(off.plan.finances.cash, undefined);
  assert.equal(off.plan.finances.burn, undefined);
  // Rates are not private: they travel.
  assert.equal(off.plan.finances['rate.GBP'], '0.79');
  await page.locator('#share-cash').check();
  await page.waitForFunction(() => document.querySelector('#share-link').value.length > 0);
  const on = await decode();
  assert.equal(on.plan.finances.cash, '987654');
  assert.equal(on.plan.finances.burn, '43210');
  assert.deepEqual(errors, []);
  await context.close();
});
