// Each step leads with its decision and fits a phone (issue 30): page heights with the
// sections closed, the Costs decision in the first screen of a phone, chart names never cut,
// tables as cards on a phone, sections that open from the keyboard and stay open, and the
// Interviews step's views at their own addresses.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, gotoApp, openSections, COSTS_SECTIONS, stepAddresses } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const ADDRESSES = await stepAddresses();
const LIMITS = [[360, 5000], [1280, 4000]];

test('no step or view is taller than 5,000 px on a phone or 4,000 px on a desktop, its sections closed', async () => {
  const found = {};
  for (const [width, limit] of LIMITS) {
    const { page, errors, context } = await openPage(browser, null, { viewport: { width, height: 800 } });
    for (const address of ADDRESSES) {
      await gotoApp(page, `${server.url}#/${address}`);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      found[`${address}@${width}`] = height;
      assert.ok(height <= limit, `${address} is ${height} px tall at ${width} px (at most ${limit})`);
      // Nothing scrolls sideways: tables are cards on a phone, charts fit.
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= width, `${address} is ${wide} px wide at ${width} px`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
  console.log('heights', JSON.stringify(found));
});

test('on a phone the first 800 px of Costs show two routes, each with a price range and a catch', async () => {
  const { page, errors, context } = await openPage(browser, server.url + '#/engagement', { viewport: { width: 360, height: 800 } });
  await page.getByLabel(/^Full-time contractor/).check();
  await gotoApp(page, server.url + '#/costs');
  await page.evaluate(() => window.scrollTo(0, 0));
  const cards = await page.locator('[data-testid=shortlist] .route-card').evaluateAll((els) => els.map((el) => {
    const bottom = (sel) => el.querySelector(sel)?.getBoundingClientRect().bottom ?? Infinity;
    return {
      name: el.querySelector('h3')?.textContent,
      price: el.querySelector('.price')?.textContent,
      lowest: Math.max(bottom('h3'), bottom('.price'), bottom('.hire')),
      catch: el.querySelector('.hire')?.textContent,
    };
  }));
  const seen = cards.filter((c) => c.lowest <= 800);
  assert.ok(seen.length >= 2, `routes in the first 800 px: ${JSON.stringify(cards)}`);
  for (const c of seen) {
    assert.match(c.price, /\$[\d,]+ – \$[\d,]+ a month|\$[\d,]+ a month/);
    assert.match(c.catch, /Catch: \w/);
  }
  assert.match(cards[0].name, /RocketDevs/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('no chart text is cut, at 360 px or at 1280 px', async () => {
  for (const width of [360, 1280]) {
    const { page, errors, context } = await openPage(browser, server.url + '#/costs', { viewport: { width, height: 800 } });
    await openSections(page, ...COSTS_SECTIONS);
    const texts = await page.locator('.chart svg text').allTextContents();
    assert.ok(texts.length > 20, `${texts.length} chart texts`);
    const cut = texts.filter((t) => t.trim().endsWith('…'));
    assert.deepEqual(cut, [], `cut at ${width} px`);
    // Every bar's name is drawn whole, over one line or more: each word of the names the
    // chart's description gives is in its text.
    const drawn = texts.join(' ');
    const described = await page.getByTestId('chart-routes').getAttribute('aria-label');
    for (const name of ['Job boards', 'Lemon.io placement']) assert.ok(described.includes(name), described);
    for (const word of described.split(/[\s,:$–]+/).filter((w) => /^[A-Za-z.]{3,}$/.test(w) && !['Bar', 'chart', 'monthly', 'cost', 'route', 'cheapest', 'first'].includes(w))) {
      assert.ok(drawn.includes(word), `${word} at ${width} px`);
    }
    await gotoApp(page, server.url + '#/interviews/timeline');
    const timeline = await page.locator('.chart svg text').allTextContents();
    assert.deepEqual(timeline.filter((t) => t.trim().endsWith('…')), [], `timeline cut at ${width} px`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('a section opens from the keyboard, and an address opens the one it names', async () => {
  const { page, errors, context } = await openPage(browser, server.url + '#/costs', { viewport: { width: 360, height: 800 } });
  const routes = page.getByTestId('more-routes');
  assert.equal(await routes.evaluate((d) => d.open), false);
  await routes.locator('summary').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid=more-routes]').open);
  // On a phone the routes table is a list of cards, each cell under its column's name.
  const row = page.locator('[data-testid=table-routes] tbody tr').first();
  assert.equal(await row.evaluate((r) => getComputedStyle(r).display), 'block');
  assert.match(await row.locator('td').first().evaluate((td) => getComputedStyle(td, '::before').content), /Pay a month/);
  await gotoApp(page, server.url + '#/engagement');
  await gotoApp(page, server.url + '#/costs/over-time');
  assert.equal(await page.getByTestId('more-over-time').evaluate((d) => d.open), true);
  assert.equal(await page.getByTestId('more-notes').evaluate((d) => d.open), false);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the Interviews step has three views, each at its own address, and one control moves a question', async () => {
  const { page, errors, context } = await openPage(browser, server.url + '#/requirements');
  await page.locator('#req-go').check();
  await gotoApp(page, server.url + '#/interviews/kit');
  const nav = page.getByRole('navigation', { name: 'Parts of Interviews & timeline' });
  assert.equal(await nav.locator('a[aria-current=page]').innerText(), 'Interview kit');
  assert.ok(await page.getByTestId('scorecard').isVisible());
  assert.equal(await page.getByTestId('loop').isVisible(), false);
  assert.equal(await page.getByTestId('timeline').isVisible(), false);
  await nav.getByRole('link', { name: 'Timeline and onboarding' }).click();
  await page.getByTestId('timeline').waitFor();
  assert.match(page.url(), /#\/interviews\/timeline$/);
  assert.equal(await page.getByTestId('scorecard').isVisible(), false);
  // Back to the loop: move the first question to the last stage with the one mover.
  await nav.getByRole('link', { name: 'Loop and questions' }).click();
  await page.getByTestId('loop').waitFor();
  const stages = page.locator('[data-testid=stage-assesses] > li');
  const lastCount = async () => Number((await stages.last().locator('summary .help').innerText()).match(/(\d+) question/)[1]);
  const before = await lastCount();
  const to = await page.locator('#move-to option').count();
  await page.getByLabel('to the stage').selectOption(String(to - 1));
  await page.getByRole('button', { name: 'Move it' }).click();
  await page.waitForFunction((n) => {
    const last = [...document.querySelectorAll('[data-testid=stage-assesses] > li')].pop();
    return Number(last.querySelector('summary .help').textContent.match(/(\d+) question/)[1]) === n + 1;
  }, before);
  assert.equal(await page.locator('[data-testid=stage-assesses] select').count(), 0, 'no picker per question');
  assert.deepEqual(errors, []);
  await context.close();
});

test('no blank waits: a section drawn after the step has its content when the step appears', async () => {
  // The later steps' code is fetched once, on the first later step; from then on a step and
  // everything in it arrive together. Each check watches the page change: the moment the
  // step's own first element is there, the section is there too, with a height.
  const { page, errors, context } = await openPage(browser, server.url + '#/engagement', { viewport: { width: 360, height: 800 } });
  for (const [address, first, selector] of [
    ['interviews/timeline', '[data-testid=view-lead]', '[data-testid=chart-timeline] svg'],
    ['costs/over-time', '[data-testid=costs-decide]', '[data-testid=chart-over-time] svg'],
    ['costs/routes', '[data-testid=costs-decide]', '[data-testid=table-routes] tbody tr'],
  ]) {
    await gotoApp(page, server.url + '#/role');
    const seen = await page.evaluate(([a, t, s]) => new Promise((resolve) => {
      const check = () => {
        if (!document.querySelector(t)) return false;
        const el = document.querySelector(s);
        resolve(!!el && el.getBoundingClientRect().height > 0);
        return true;
      };
      new MutationObserver((_, o) => { if (check()) o.disconnect(); })
        .observe(document.body, { subtree: true, childList: true, characterData: true });
      location.hash = `#/${a}`;
    }), [address, first, selector]);
    assert.equal(seen, true, `${selector} when ${address} appears`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});
