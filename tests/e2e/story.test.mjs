// One plan, one story (issue 38, items 4 to 7): the chosen route is never under "Why not";
// the headline picks are where the hire is based; the plan embed names the chosen route and
// offers readers nothing they cannot do; the plan's name and the quotes' labels leave the
// browser only when ticked, and the job ad never prints a quote's label; a step is complete
// only once visited with what it needs, Share once an export or a link is made; "Can we
// afford it" answers in one line a route, the chosen route first; the monthly chart draws the
// budget with a legend entry for every line.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { inflateRawSync } from 'node:zlib';
import { serve, launch, openPage, gotoApp, expectHeading, stepLoaded, openSections, chooseRoute } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const text = async (page, id) => (await page.getByTestId(id).textContent()).replace(/\s+/g, ' ');
const saved = (page) => page.waitForFunction(() =>
  document.querySelector('[data-testid=save-status]')?.textContent === 'Saved in this browser');
/** The plan a share link carries, as JSON text. */
const payload = (link) => inflateRawSync(Buffer.from(link.split('#share=h1.')[1], 'base64url')).toString('utf8');

const choose = (page, key) => chooseRoute(page, server.url, key);

/** A contractor plan with a quote of the founder's own, named as they would internally. */
async function contractorWithQuote(page) {
  await gotoApp(page, server.url + '#/role');
  await page.locator('#plan-name').fill('Secret Berlin hire');
  await gotoApp(page, server.url + '#/engagement');
  await page.locator('#engagement-kind-1').check();
  await page.locator('#hire-country').selectOption('de');
  await gotoApp(page, server.url + '#/costs');
  await expectHeading(page, 'Costs');
  await openSections(page, 'more-quotes');
  await page.getByTestId('add-quote').click();
  await page.locator('#quote-q1-name').fill('Contractor in Romania (Cluj), direct');
  await page.locator('#quote-q1-route').selectOption('direct_contractor');
  await page.locator('#quote-q1-low').fill('6000');
  await page.locator('#quote-q1-high').fill('7000');
}

test('the chosen route is never under "Why not", and the picks are where the hire is based', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await gotoApp(page, server.url + '#/engagement');
  await page.locator('#engagement-kind-1').check();
  // Lemon.io has no price in the sources: left out, until the founder goes with it.
  await gotoApp(page, server.url + '#/costs');
  await expectHeading(page, 'Costs');
  assert.equal(await page.locator('[data-testid=left-out] li[data-route="channel:lemon"]').count(), 1);
  const before = await page.locator('[data-testid=left-out] li').count();
  await choose(page, 'channel:lemon');
  await page.getByTestId('costs-chosen').filter({ hasText: 'You are going with Lemon.io' }).waitFor();
  assert.equal(await page.locator('[data-testid=left-out] li[data-route="channel:lemon"]').count(), 0);
  assert.equal(await page.locator('[data-testid=left-out] li').count(), before - 1);
  assert.match(await text(page, 'left-out'), new RegExp(`Why not the other ${before - 1} routes`));
  // A Berlin start-up's employee, based in Germany: no headline card is in another country.
  await gotoApp(page, server.url + '#/engagement');
  await page.locator('#engagement-kind-0').check();
  await page.locator('#company-country').selectOption('de');
  await page.locator('#hire-country').selectOption('de');
  await gotoApp(page, server.url + '#/costs');
  await stepLoaded(page);
  const cards = await page.locator('[data-testid=shortlist] li h3').allTextContents();
  assert.ok(cards.length > 0, 'a pick');
  for (const c of cards) assert.doesNotMatch(c, /Employee in (?!Germany)/, c);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the link and the embed carry the name and the quote labels only when ticked; the ad never prints a label', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await contractorWithQuote(page);
  await choose(page, 'quote:q1');
  // The job ad's pay line says where the range comes from in words for candidates.
  await gotoApp(page, server.url + '#/job-description');
  await stepLoaded(page);
  // (The founder's own screen names their route by its label; the ad's text never does.)
  assert.match(await page.locator('#ad-pay').inputValue(), /in line with the rates we have been quoted for this role/);
  const ad = (await page.locator('.ad-sections textarea').evaluateAll((ts) => ts.map((t) => t.value))).join('\n');
  assert.doesNotMatch(ad, /Cluj/);
  await saved(page);
  await gotoApp(page, server.url + '#/share');
  await expectHeading(page, 'Share');
  let link = await page.locator('#share-link').inputValue();
  let plan = payload(link);
  assert.doesNotMatch(plan, /Secret Berlin hire|Cluj/);
  assert.match(plan, /Quote 1/);
  // The plan embed: the chosen route with its price and time to hire, no control offered.
  const embed = await openPage(browser, null);
  await embed.page.goto(link.replace('#share=', '?embed=plan#share='));
  await embed.page.getByTestId('embed-summary').waitFor();
  const said = await text(embed.page, 'embed-summary');
  assert.match(said, /Route chosen: Quote 1\. .* a month all-in.*to hire|Route chosen: Quote 1\. .*Time to hire not given/);
  assert.doesNotMatch(said, /add it below|RocketDevs/i);
  assert.equal(await embed.page.locator('.embed-title').textContent(), 'A hiring plan');
  assert.deepEqual(embed.errors, []);
  await embed.context.close();
  // Ticked: both travel.
  await page.getByTestId('share-names').check();
  await page.waitForFunction(() => document.querySelector('#share-link').value.length > 0);
  await saved(page);
  link = await page.locator('#share-link').inputValue();
  plan = payload(link);
  assert.match(plan, /Secret Berlin hire/);
  assert.match(plan, /Contractor in Romania \(Cluj\), direct/);
  const named = await openPage(browser, null);
  await named.page.goto(link.replace('#share=', '?embed=plan#share='));
  await named.page.getByTestId('embed-summary').waitFor();
  assert.equal(await named.page.locator('.embed-title').textContent(), 'Secret Berlin hire');
  assert.match(await text(named.page, 'embed-summary'), /Route chosen: Contractor in Romania \(Cluj\), direct/);
  await named.context.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a step is complete only once visited with what it needs; Share once an export or a link is made', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  const state = async (slug) => (await page.locator(`nav a[href="#/${slug}"]`).textContent());
  await gotoApp(page, server.url + '#/role');
  await page.locator('#product').fill('A payments API');
  await page.waitForFunction(() => document.querySelector('nav a[href="#/role"]').textContent.includes('(complete)'));
  // The role is described, but Seniority has not been visited.
  assert.match(await state('seniority'), /not started/);
  await gotoApp(page, server.url + '#/seniority');
  await expectHeading(page, 'Seniority');
  await gotoApp(page, server.url + '#/role');
  await page.waitForFunction(() => document.querySelector('nav a[href="#/seniority"]').textContent.includes('(complete)'));
  // Share: opening it is not enough.
  await gotoApp(page, server.url + '#/share');
  await expectHeading(page, 'Share');
  assert.match(await state('share'), /not started/);
  await page.getByTestId('export-plan').click();
  await page.waitForFunction(() => document.querySelector('nav a[href="#/share"]').textContent.includes('(complete)'));
  // The current step's number is readable: at least 4.5:1 against its circle.
  const ratio = await page.evaluate(() => {
    const el = document.querySelector('nav a[aria-current=step] .step-number');
    const s = getComputedStyle(el);
    const rgb = (c) => c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
    const lum = (c) => {
      const [r, g, b] = rgb(c).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [a, b] = [lum(s.color), lum(s.backgroundColor)];
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  });
  assert.ok(ratio >= 4.5, `contrast ${ratio}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('"Can we afford it" answers in one line a route, the chosen first; the monthly chart draws the budget', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await gotoApp(page, server.url + '#/engagement');
  await page.locator('#engagement-kind-1').check();
  await page.locator('#hire-country').selectOption('in');
  await page.locator('#budget').fill('9000');
  await choose(page, 'channel:toptal');
  await openSections(page, 'more-afford', 'more-routes');
  const today = new Date();
  const cashDay = new Date(today.getFullYear(), today.getMonth(), 1);
  const iso = `${cashDay.getFullYear()}-${String(cashDay.getMonth() + 1).padStart(2, '0')}-01`;
  await page.fill('#cash', '400,000');
  await page.fill('#cash-date', iso);
  await page.fill('#burn', '25000');
  await page.fill('#keep-months', '3');
  await page.getByTestId('afford-lines').locator('li').first().waitFor();
  const lines = await page.getByTestId('afford-lines').locator('li').allTextContents();
  assert.match(lines[0], /^Toptal/);
  for (const l of lines) {
    assert.match(l, /: (Pays this hire for the 12 months planned and keeps 3 months of runway: (yes, with .* to spare|no: short by .* in \w+ \d{4}|only at the low price)|not known: )/, l);
  }
  // The monthly chart: the budget is a labelled line, and the job boards' line is explained.
  const svg = await page.getByTestId('chart-routes').innerHTML();
  assert.match(svg, /Your budget: \$9,000 a month/);
  assert.doesNotMatch(svg, />Job boards: \$/);
  assert.deepEqual(errors, []);
  await context.close();
});
