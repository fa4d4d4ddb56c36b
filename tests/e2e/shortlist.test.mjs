// The founder's shortlist (issue 39): an employee plan based in Germany, in euros, with cash
// and burn, puts the employee in Germany by the job boards ("Add to shortlist" under its
// route), a contractor's quote and Toptal (by the add form: the plan's engagement does not
// show them) on its shortlist. Costs opens with the three side by
// side: a month's cost, a start date, a cash-out month and a yes/no line each, in euros, the
// best of each row said in words. Choosing the quote moves the timeline, the trial, the offer
// and the job document to it; the Engagement step says what the choice set, and its undo
// brings the old engagement back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, gotoApp, stepLoaded, berlinInEuros, isoDay as iso } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];
const squash = (s) => s.replace(/\s+/g, ' ').trim();

/** "6 January 2027" as a date. */
function fromLong(s) {
  const [d, m, y] = s.trim().split(' ');
  return new Date(Number(y), LONG.indexOf(m), Number(d));
}

/** The comparison's row with this title: each column's value (with its best mark), one a column. */
async function row(page, title) {
  const tr = page.locator('[data-testid=shortlist-table] tbody tr').filter({ has: page.locator(`th:text-is("${title}")`) });
  return (await tr.locator('td').evaluateAll((tds) => tds.map((td) =>
    [...td.querySelectorAll('.value, .best-mark')].map((e) => e.textContent).join(' ')))).map(squash);
}

test('a shortlist of an employee in Germany, a quote and Toptal, compared and chosen from', async () => {
  const { page, errors, context } = await openPage(browser, server.url, { viewport: { width: 1280, height: 900 } });
  await berlinInEuros(page, server.url, 'more-quotes', 'more-notes');
  const today = new Date();
  // The contractor's quote, in euros.
  await page.getByTestId('add-quote').click();
  await page.locator('#quote-q1-name').fill('Contractor in Romania (Cluj), direct');
  await page.locator('#quote-q1-route').selectOption('direct_contractor');
  await page.locator('#quote-q1-basis').selectOption('monthly');
  await page.locator('#quote-q1-low').fill('6000');
  await page.locator('#quote-q1-high').fill('7000');
  await page.locator('#quote-q1-days_to_hire').fill('21');
  // The employee in Germany by the job boards, from "Add to shortlist" under its route.
  const add = page.locator('[data-testid=route-notes] [data-add-shortlist="jobboards"]');
  await add.click();
  await page.locator('[data-testid=route-notes] [data-add-shortlist="jobboards"][aria-pressed=true]').waitFor();
  // The quote and Toptal hire contractors, which an employee plan does not list: the add form.
  const form = page.getByTestId('shortlist-add');
  await form.locator('summary').click();
  await page.selectOption('#add-kind', 'contractor');
  await page.selectOption('#add-country', 'de');
  for (const [name, want] of [[/Cluj/, 'Cluj'], [/^Toptal/, 'Toptal']]) {
    const labels = await page.locator('#add-route option').allTextContents();
    const at = labels.findIndex((l) => name.test(l));
    assert.ok(at >= 0, labels.join(' | '));
    await page.selectOption('#add-route', String(at));
    await page.getByTestId('shortlist-add-button').click();
    await page.getByTestId('founder-shortlist').filter({ hasText: want }).first().waitFor();
  }
  // The plan is still an employee's.
  await gotoApp(page, server.url + '#/engagement');
  assert.equal(await page.locator('#engagement-kind-0').isChecked(), true);

  // Costs opens with the comparison instead of the generic picks.
  await gotoApp(page, server.url + '#/costs');
  await stepLoaded(page);
  const table = page.getByTestId('shortlist-table');
  await table.waitFor();
  assert.equal(await page.getByTestId('costs-decide').isVisible(), false, 'the generic picks give way');
  const heads = (await table.locator('thead th[scope=col]').evaluateAll((ths) => ths.map((th) =>
    `${th.querySelector('.col-name').textContent} (${th.querySelector('.col-terms').textContent})`))).map(squash);
  assert.equal(heads.length, 3, heads.join(' | '));
  assert.match(heads[0], /Job boards.*full-time employee, based in Germany/);
  assert.match(heads[1], /Cluj.*full-time contractor/);
  assert.match(heads[2], /Toptal.*full-time contractor/);
  const month = await row(page, 'A month, all in');
  assert.equal(month.length, 3);
  for (const m of month) {
    assert.match(m, /€[\d,]+/, m);
    assert.doesNotMatch(m, /\$/, m);
  }
  // The best month is said in words.
  assert.equal(month.filter((m) => /\(best: lowest\)/.test(m)).length, 1, month.join(' | '));
  const starts = await row(page, 'Start date');
  for (const s of starts) assert.match(s, /\d+ [A-Z][a-z]+ \d{4}/, s);
  const out = await row(page, 'Cash runs out');
  for (const o of out) assert.match(o, /[A-Z][a-z]+ \d{4}|never/, o);
  const affords = await row(page, 'Affords the planned months with the runway floor');
  for (const a of affords) assert.match(a, /^(Yes|No|Only at the low price)/, a);
  assert.ok(affords.some((a) => /€/.test(a)), 'by how much, in euros');
  // The chart of the cumulative cost, with the budget's table beside it.
  await page.locator('#chart-shortlist-caption').waitFor();
  assert.equal(await page.getByTestId('table-shortlist').locator('tbody tr').count(), 3);

  // In print: the table and the chart, not the cards or the form.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await table.isVisible(), true);
  assert.equal(await page.getByTestId('shortlist-cards').isVisible(), false);
  assert.equal(await page.getByTestId('shortlist-add').isVisible(), false);
  assert.equal(await page.locator('#chart-shortlist-caption').isVisible(), true);
  await page.emulateMedia({ media: 'screen' });

  // Choose the contractor's quote: the route, its engagement and place in one edit.
  const quoteStart = fromLong(starts[1].replace(/ \(best.*$/, ''));
  await table.locator('thead th[data-col="1"] [data-shortlist-choose]').click();
  await table.locator('thead th[data-col="1"] [data-shortlist-choose][aria-pressed=true]').waitFor();
  await page.getByTestId('shortlist-choice-set').filter({ hasText: 'full-time contractor' }).waitFor();
  // The timeline starts on the column's day.
  await gotoApp(page, server.url + '#/interviews/timeline');
  const line = squash(await page.getByTestId('start-work').textContent());
  assert.match(line, new RegExp(`${quoteStart.getDate()} ${LONG[quoteStart.getMonth()]} ${quoteStart.getFullYear()}`), line);
  // The trial and the offer start with the hire.
  await gotoApp(page, server.url + '#/hire');
  assert.equal(await page.locator('#trial-start').inputValue(), iso(quoteStart));
  assert.equal(await page.locator('#offer-start').inputValue(), iso(quoteStart));
  assert.equal(await page.locator('label[for=offer-pay]').textContent(), 'Pay, in EUR');
  // The job document is a posting for a contractor, priced from the quote.
  await gotoApp(page, server.url + '#/job-description');
  await stepLoaded(page);
  assert.match(await page.locator('#ad-pay').inputValue(), /quoted/);
  assert.equal(await page.getByTestId('matcher-brief').count(), 0);

  // Choose the employee: the Engagement step says what the choice set; the undo brings back
  // the contractor plan.
  await gotoApp(page, server.url + '#/costs');
  await stepLoaded(page);
  await page.getByTestId('shortlist-table').locator('thead th[data-col="0"] [data-shortlist-choose]').click();
  await gotoApp(page, server.url + '#/engagement');
  const set = page.getByTestId('shortlist-choice-set');
  await set.filter({ hasText: 'full-time employee, based in Germany' }).waitFor();
  assert.equal(await page.locator('#engagement-kind-0').isChecked(), true);
  await page.getByTestId('shortlist-undo').click();
  await page.waitForFunction(() => document.querySelector('#engagement-kind-1')?.checked);
  assert.equal(await page.getByTestId('shortlist-choice-set').count(), 0);

  // The plan embed shows the shortlist too: each route with its month, in euros.
  await gotoApp(page, server.url + '#/share');
  await page.waitForFunction(() => document.querySelector('#share-link')?.value.includes('#share='));
  const link = await page.locator('#share-link').inputValue();
  const embed = await openPage(browser, null);
  await embed.page.goto(link.replace('#share=', '?embed=plan#share='));
  const listed = embed.page.getByTestId('embed-shortlist').locator('li');
  await listed.first().waitFor();
  assert.equal(await listed.count(), 3);
  for (const line of await listed.allTextContents()) assert.match(line, /A month, all in: .*€/, line);
  assert.match((await listed.allTextContents()).join(' '), /Toptal/);
  assert.deepEqual(embed.errors, []);
  await embed.context.close();

  // On a phone: one card a route with the same rows, nothing wider than the screen.
  await page.setViewportSize({ width: 360, height: 800 });
  await gotoApp(page, server.url + '#/costs');
  await stepLoaded(page);
  const cards = page.getByTestId('shortlist-cards').locator('> li');
  await cards.first().waitFor();
  assert.equal(await cards.count(), 3);
  assert.equal(await cards.first().locator('dt').count(), 9);
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= 360, `no sideways scroll at 360 px: ${wide}`);
  assert.deepEqual(errors, []);
  await context.close();
});
