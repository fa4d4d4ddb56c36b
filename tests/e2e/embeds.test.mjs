// The guide writer's embeds (issue 43): presets in the address (hostile ones fall back to the
// defaults and are never reflected), the code a writer pastes, the chart embed's table, legend
// and caption, the builder's preview following its options, and a calculator made on the Share
// step showing exactly its presets in a host page on a second origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, gotoApp, expectHeading, sharePayload } from './harness.mjs';

// Host pages, filled in by the tests (the server reads this object at each request).
const pages = {};
let server, browser;
before(async () => { server = await serve({ pages }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** The same server under another name: a second origin for host pages. */
const otherOrigin = () => server.origin.replace('127.0.0.1', 'localhost');

/** Opens an embed's address and waits for its content. */
async function openEmbed(address, options = {}) {
  const opened = await openPage(browser, null, options);
  await opened.page.goto(server.url + address);
  await opened.page.getByTestId('embed-summary').first().waitFor({ timeout: 15000 });
  return opened;
}

const controls = (scope) => scope.locator('[data-testid=embed]').evaluate(() => ({
  level: document.querySelector('#embed-level')?.value,
  kind: document.querySelector('#embed-kind')?.value,
  country: document.querySelector('#embed-country')?.value,
}));

test('hostile or unknown presets fall back to the defaults, with no error and nothing reflected', async () => {
  const plain = await openEmbed('?embed=costs');
  const defaults = await controls(plain.page);
  const summary = await plain.page.getByTestId('embed-summary').innerText();
  await plain.context.close();
  for (const query of [
    '?embed=costs&level=<script>window.__pwned=1</script>&horizon=-4&theme=purple',
    '?embed=costs&level=%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E&eng=boss&hire=xx&co=%22%3E&cur=XYZ&rate=-1&cash=1e9&view=<b>&lock=yes',
    '?embed=nope&theme=dark%22%3E%3Cscript%3E',
  ]) {
    const { page, errors, context } = await openEmbed(query, { colorScheme: 'light' });
    assert.deepEqual(await controls(page), defaults, query);
    assert.equal(await page.getByTestId('embed-summary').innerText(), summary, query);
    // The theme is the system's (light here): a value it does not know is not applied.
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light', query);
    const reflected = await page.evaluate(() => ({
      pwned: window.__pwned === 1,
      markup: /pwned|onerror|purple|boss|XYZ/.test(document.body.innerHTML),
      injected: !!document.querySelector('img[src="x"], main script, b'),
    }));
    assert.deepEqual(reflected, { pwned: false, markup: false, injected: false }, query);
    // The locked and compact flags need their exact values.
    assert.equal(await page.locator('#embed-level').isDisabled(), false, query);
    assert.equal(await page.locator('details.embed-numbers').count(), 0, query);
    assert.deepEqual(errors, [], query);
    await context.close();
  }
});

test('presets set the embed before its first paint, and "Open in Hireplan" carries the reader\'s values', async () => {
  const { page, errors, context } = await openEmbed(
    '?embed=costs&level=senior&eng=contractor&hire=de&co=de&horizon=6&cur=EUR&rate=0.92&theme=dark&view=compact&lock=1',
    { colorScheme: 'light' },
  );
  assert.deepEqual(await controls(page), { level: 'senior', kind: 'contractor', country: 'de' });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  // Dark before the first paint: the head script marked the page, not the app.
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(16, 20, 29)');
  assert.match(await page.getByTestId('embed-summary').innerText(), /€/);
  assert.equal(await page.locator('#embed-level').isDisabled(), true, 'locked');
  assert.equal(await page.locator('details.embed-numbers table').count(), 1, 'compact: the numbers on demand');
  const open = page.getByTestId('open-in-hireplan');
  assert.equal(await open.getAttribute('target'), '_blank');
  const href = await open.getAttribute('href');
  assert.match(href, /^\.\/\?level=senior&eng=contractor&hire=de&co=de&horizon=6/);
  assert.match(href, /cur=EUR&rate=0\.92/);
  assert.doesNotMatch(href, /cash|burn|theme|embed/);
  assert.match(href, /#\/costs$/);
  assert.deepEqual(errors, []);
  await context.close();

  // The planner opens a new plan from them, once, and the address loses its query.
  const planner = await openPage(browser, null);
  await gotoApp(planner.page, server.url + href.slice(2));
  await expectHeading(planner.page, 'Costs');
  await planner.page.waitForFunction(() => location.search === '');
  await planner.page.waitForFunction(() => /Germany/.test(document.querySelector('main').innerText));
  assert.match(await planner.page.locator('main').innerText(), /€/);
  assert.match(await planner.page.locator('[role=status], .notice').allInnerTexts().then((t) => t.join(' ')), /started from the values you had in the embed/);
  assert.deepEqual(planner.errors, []);
  await planner.context.close();
});

test('the chart embed shows its chart, table, legend and a caption with the scenario and dated sources', async () => {
  for (const [query, legend] of [['?embed=chart', false], ['?embed=chart&chart=time&theme=light&hire=de&co=de', true]]) {
    const { page, errors, context } = await openEmbed(query);
    const chart = page.getByTestId('embed-chart');
    assert.ok((await chart.locator('.chart svg').count()) === 1, query);
    assert.ok((await chart.locator('.chart').getAttribute('aria-label')).length > 20, query);
    const rows = await page.locator('[data-testid=embed-table] tbody tr').count();
    assert.ok(rows > 1, `${query}: ${rows} rows`);
    assert.equal((await page.locator('.legend li').count()) > 0, legend, query);
    const caption = await page.getByTestId('embed-summary').innerText();
    assert.match(caption, /Sources: .*20\d\d/s, query);
    assert.match(caption, /Made with Hireplan\./, query);
    if (legend) assert.match(caption, /Germany/, query);
    assert.ok((await page.getByTestId('open-in-hireplan').getAttribute('href')).startsWith('./?'), query);
    assert.deepEqual(errors, [], query);
    await context.close();
  }
});

test('the builder\'s preview follows its options, and the pasted code shows exactly its presets on another origin', async () => {
  const { page, errors, context } = await openPage(browser, server.url + '#/share', { viewport: { width: 1280, height: 900 } });
  await expectHeading(page, 'Share');
  const frame = page.getByTestId('embed-preview-frame');
  await frame.waitFor();
  assert.match(await frame.getAttribute('src'), /^\.\/\?embed=costs$/);
  // Dark, compact, a senior contractor in Germany over 6 months, in euros.
  await page.getByTestId('embed-options').locator('summary').click();
  await page.locator('#embed-theme-dark').check();
  await page.locator('#embed-compact').check();
  await page.locator('#embed-level').selectOption('senior');
  await page.locator('#embed-eng').selectOption('contractor');
  await page.locator('#embed-country').selectOption('de');
  // A horizon the embed cannot use says why beside the field and is kept as typed.
  await page.locator('#embed-horizon').fill('500');
  await page.locator('#embed-horizon').blur();
  await page.locator('#embed-horizon-error').filter({ hasText: /at most 120 months/ }).waitFor();
  assert.equal(await page.locator('#embed-horizon').inputValue(), '500');
  assert.doesNotMatch(await frame.getAttribute('src'), /horizon/);
  await page.locator('#embed-horizon').fill('6');
  await page.locator('#embed-horizon').blur();
  await page.waitForFunction(() => document.querySelector('#embed-horizon-error').textContent === '');
  await page.locator('#embed-cur').selectOption('EUR');
  await page.locator('#embed-rate').fill('0.92');
  await page.locator('#embed-rate').blur();
  await page.locator('#embed-title').fill('What a senior backend contractor costs in Germany');
  const src = await frame.getAttribute('src');
  assert.match(src, /^\.\/\?embed=costs&level=senior&eng=contractor&hire=de&co=de&horizon=6&cur=EUR&rate=0\.92&rated=\d{4}-\d\d-\d\d&theme=dark&view=compact$/);
  assert.equal(await frame.getAttribute('title'), 'What a senior backend contractor costs in Germany');
  // The preview is the embed itself, with those presets.
  const preview = page.frameLocator('[data-testid=embed-preview-frame]');
  await preview.getByTestId('embed-summary').waitFor({ timeout: 15000 });
  assert.equal(await preview.locator('#embed-level').inputValue(), 'senior');
  assert.equal(await preview.locator('html').getAttribute('data-theme'), 'dark');
  // Another kind: the preview follows.
  await page.locator('#embed-what-chart').check();
  assert.match(await frame.getAttribute('src'), /^\.\/\?embed=chart&level=senior/);

  await page.locator('#embed-what-costs').check();
  const code = await page.locator('#embed-code').inputValue();
  assert.match(code, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/blog\/tools\/hireplan\/\?embed=costs&amp;level=senior&amp;eng=contractor&amp;hire=de&amp;co=de&amp;horizon=6&amp;cur=EUR&amp;rate=0\.92&amp;rated=[\d-]+&amp;theme=dark&amp;view=compact"/);
  assert.match(code, / title="What a senior backend contractor costs in Germany"/);
  assert.match(code, / loading="lazy"/);
  assert.match(code, / sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox allow-downloads"/);
  assert.match(code, /<p><a href="http:\/\/127\.0\.0\.1:\d+\/blog\/tools\/hireplan\/\?level=senior&amp;eng=contractor&amp;hire=de&amp;co=de&amp;horizon=6&amp;cur=EUR&amp;rate=0\.92&amp;rated=[\d-]+#\/costs">/);
  assert.match(code, /hireplan:height/);
  assert.deepEqual(errors, []);
  await context.close();

  // Pasted into a post on another origin: it shows exactly that, sizes itself, and is dark.
  pages['/post.html'] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A guide</title></head><body><h1>A guide</h1>${code}</body></html>`;
  const host = await openPage(browser, null, { colorScheme: 'light' });
  await host.page.goto(otherOrigin() + '/post.html');
  const embedded = host.page.frameLocator('iframe[data-hireplan]');
  await embedded.getByTestId('embed-summary').waitFor({ timeout: 15000 });
  assert.equal(await embedded.locator('#embed-level').inputValue(), 'senior');
  assert.equal(await embedded.locator('#embed-kind').inputValue(), 'contractor');
  assert.equal(await embedded.locator('#embed-country').inputValue(), 'de');
  assert.equal(await embedded.locator('html').getAttribute('data-theme'), 'dark');
  assert.match(await embedded.getByTestId('embed-summary').innerText(), /€/);
  assert.equal(await embedded.locator('details.embed-numbers').count(), 1);
  await host.page.waitForFunction(() => {
    const h = parseFloat(document.querySelector('iframe[data-hireplan]').style.height);
    return h !== 640 && h > 200;
  }, null, { timeout: 10000 });
  assert.match(await host.page.locator('p > a').getAttribute('href'), /\?level=senior&eng=contractor/);
  assert.deepEqual(host.errors, []);
  await host.context.close();
});

test('on a phone the preview waits behind "Show the preview"', async () => {
  const { page, errors, context } = await openPage(browser, server.url + '#/share', { viewport: { width: 360, height: 800 } });
  await expectHeading(page, 'Share');
  const preview = page.getByTestId('embed-preview');
  assert.equal(await preview.evaluate((d) => d.open), false);
  assert.equal(await page.getByTestId('embed-preview-frame').count(), 0);
  await preview.locator('summary').click();
  await page.getByTestId('embed-preview-frame').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the plan embed says when a plan lists no requirements, rather than a heading over nothing', async () => {
  const { page, errors, context } = await openPage(browser, null);
  await page.goto(server.url + `?embed=plan#share=${sharePayload({ schema_version: 3, name: 'No requirements' })}`);
  await page.getByTestId('embed-summary').waitFor();
  for (const heading of ['Must-have', 'Nice to have']) {
    const items = await page.locator(`h2:text-is("${heading}") + ul > li`).allTextContents();
    assert.deepEqual(items, ['None listed.'], heading);
  }
  assert.deepEqual(errors, []);
  await context.close();
});
