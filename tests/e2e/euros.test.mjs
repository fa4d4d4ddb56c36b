// One plan, one story (issue 38): a Berlin start-up hires a senior employee in Germany, with
// its amounts in euros at the founder's rate, cash and burn, and a chosen route. The route's
// start date is the same on Costs (the runway), the timeline, the trial and the offer; the
// job ad's pay and the offer are in euros.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, gotoApp, openSections, berlinInEuros, isoDay as iso } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];
const text = async (page, id) => (await page.getByTestId(id).textContent()).replace(/\s+/g, ' ');

/** "6 Jan 2027" as a date. */
function fromShort(s) {
  const [d, m, y] = s.trim().split(' ');
  return new Date(Number(y), SHORT.indexOf(m), Number(d));
}

test('a plan in euros tells one story: one start date on Costs, the timeline, the trial and the offer, and euros in the ad and the offer', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await berlinInEuros(page, server.url);
  const today = new Date();
  // Go with the job boards, the employee-at-home route.
  await openSections(page, 'more-notes');
  const route = page.locator('[data-testid=route-notes] li[data-route="jobboards"]');
  await route.getByRole('button', { name: 'Go with this route' }).click();
  await route.getByRole('button', { name: /Your route/ }).waitFor();
  // The runway's start for the chosen route.
  const table = page.getByTestId('table-afford');
  await table.waitFor();
  const headers = (await table.locator('thead th').allTextContents()).map((h) => h.replace(/[↕▲▼]/g, '').trim());
  const row = table.locator('tbody tr').filter({ has: page.locator('th:text-is("Job boards: employee in Germany")') });
  const startCell = (await row.locator('th, td').nth(headers.indexOf('Hire starts')).textContent()).trim();
  const start = fromShort(startCell);
  assert.ok(start > today, `the hire starts after today: ${startCell}`);
  // The timeline: the same day, and how it is made up (the job boards' time, then notice).
  await gotoApp(page, server.url + '#/interviews/timeline');
  const line = await text(page, 'start-work');
  assert.match(line, new RegExp(`${start.getDate()} ${LONG[start.getMonth()]} ${start.getFullYear()}`), line);
  assert.match(line, /to find and hire, then \d+ days of notice/, line);
  // The probation and the offer start with the hire.
  await gotoApp(page, server.url + '#/hire');
  assert.equal(await page.locator('#trial-start').inputValue(), iso(start));
  assert.equal(await page.locator('#offer-start').inputValue(), iso(start));
  // The offer's pay is typed in euros and printed with its symbol.
  assert.equal(await page.locator('label[for=offer-pay]').textContent(), 'Pay, in EUR');
  await page.locator('#offer-pay').fill('70000');
  const summary = page.getByTestId('offer-summary');
  await summary.filter({ hasText: '€70,000' }).waitFor();
  assert.match(await summary.innerText(), new RegExp(`Start date:\\*\\* ${start.getDate()} ${LONG[start.getMonth()]} ${start.getFullYear()}`));
  assert.doesNotMatch(await text(page, 'offer-pay-check'), /\$/);
  // The job ad's pay: euros, converted at the founder's rate, never dollars.
  await gotoApp(page, server.url + '#/job-description');
  const pay = (await page.locator('.ad-section[data-section=pay] textarea').inputValue()).replace(/\s+/g, ' ');
  assert.match(pay, /^€[\d,]+ – €[\d,]+ a year \(converted from US dollars at 0\.92 EUR/, pay);
  assert.deepEqual(errors, []);
  await context.close();
});
