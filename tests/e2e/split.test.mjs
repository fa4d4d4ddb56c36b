// The built site is split: the planner's page, its later steps, the plan codec and each embed
// are wasm chunks. Each page preloads, before the main module runs, exactly the files the
// build's manifest lists for it (made from the core's route table), and fetches each file once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, gotoApp, manifest, sharePayload, firstVisit, firstControlReady } from './harness.mjs';

let server, browser, built;
before(async () => { server = await serve(); browser = await launch(); built = await manifest(); });
after(async () => { await browser?.close(); await server?.close(); });

const isChunk = (f) => f.endsWith('.wasm');
/** The address that opens a page of the manifest. */
const address = (key) => {
  const [kind, slug] = key.split(':');
  if (kind === 'step') return `#/${slug}`;
  return slug === 'plan' ? `?embed=plan#share=${sharePayload({ schema_version: 3, name: 'Split check' })}` : `?embed=${slug}`;
};

test('every page preloads the files its manifest lists, uses them, and fetches each once', async () => {
  const keys = Object.keys(built.pages);
  assert.ok(keys.includes('step:role') && keys.includes('embed:costs') && keys.includes('embed:plan'), keys.join(' '));
  for (const key of keys) {
    const want = built.pages[key].first;
    const visit = await firstVisit(browser, server, server.url + address(key), firstControlReady);
    // Everything the manifest lists is asked for at once, by the page's head.
    for (const f of want) assert.ok(visit.preloaded.includes(f) || f.startsWith('start-'), `${key}: ${f} is not preloaded: ${visit.preloaded.join(' ')}`);
    // Every chunk the page fetched before its first control worked was listed (the plan
    // writer, fetched after the first screen, aside).
    const writer = new Set(built.chunks.plan_writer);
    for (const f of visit.requested.filter(isChunk)) {
      assert.ok(want.includes(f) || writer.has(f), `${key} fetched ${f} before its first screen without preloading it`);
    }
    assert.equal(visit.requested.length, new Set(visit.requested).size, `${key} fetches each file once: ${visit.requested.join(' ')}`);
    assert.deepEqual(visit.errors, [], key);
    await visit.context.close();
  }
});

test('the cost calculator embed fetches neither the planner, its steps nor the plan codec', async () => {
  const { chunks } = built;
  const visit = await firstVisit(browser, server, server.url + '?embed=costs', firstControlReady);
  const own = new Set(chunks.embed_costs);
  for (const name of ['planner', 'steps', 'plan_writer', 'plan_reader']) {
    for (const f of chunks[name].filter((c) => !own.has(c))) {
      assert.ok(!visit.fetched.includes(f), `?embed=costs fetched ${name}'s ${f}`);
    }
  }
  await visit.context.close();
});

test('the head script reads an address as the app does', async () => {
  // Pairs of addresses the core's Page::from_address reads as the same page.
  const cases = [
    ['#/costs?x=1', 'step:costs'], ['##//hire', 'step:hire'], ['#/interviews/kit', 'step:interviews'],
    ['#/nowhere', 'step:role'], ['?embed=nope', 'embed:costs'], ['?a=1&embed=costs', 'embed:costs'],
  ];
  for (const [addr, key] of cases) {
    const visit = await firstVisit(browser, server, server.url + addr, firstControlReady);
    const chunks = visit.preloaded.filter(isChunk).sort();
    assert.deepEqual(chunks, built.pages[key].first.filter(isChunk).sort(), `${addr} preloads ${key}'s files`);
    await visit.context.close();
  }
});

test('a returning founder\'s page preloads the plan reader too, and opens the stored plan', async () => {
  const reader = built.chunks.plan_reader;
  const writer = built.chunks.plan_writer;
  // The reader's own files: not the first screen's, the writer's, or the later steps' (which
  // the planner prefetches a moment after a step is drawn).
  const steps = built.chunks.steps;
  const own = reader.filter((f) => !built.pages['step:role'].first.includes(f) && !writer.includes(f) && !steps.includes(f));
  assert.ok(own.length > 0, 'the reader has files of its own');
  const { page, context } = await openPage(browser, null);
  const fetched = [];
  // The page's own requests: the Share step's preview is an embed, a page of its own.
  page.on('request', (r) => { if (r.frame() === page.mainFrame() && r.url().endsWith('.wasm')) fetched.push(new URL(r.url()).pathname.split('/').slice(-2).join('/')); });
  await gotoApp(page, server.url + '#/role');
  // The writer comes after the first screen, unasked: a first edit's save finds it there.
  const writerFile = built.chunks.plan_writer.at(-1);
  await page.waitForFunction((f) => performance.getEntriesByType('resource').some((e) => e.name.endsWith(f)), writerFile);
  await page.getByLabel('Plan name').fill('Stored before the reload');
  await page.waitForFunction(() => Object.keys(localStorage)
    .some((k) => k.startsWith('hireplan:plan:') && localStorage.getItem(k).includes('Stored before the reload')));
  // Saving did not need the reader; the Share step (its plan list) fetches it.
  for (const f of own) assert.ok(!fetched.includes(f), `${f} fetched before the Share step: ${fetched.join(' ')}`);
  await gotoApp(page, server.url + '#/share');
  await page.waitForFunction((f) => performance.getEntriesByType('resource').some((e) => e.name.endsWith(f)), own[0]);
  assert.match(await page.getByTestId('plans').innerText(), /Stored before the reload/);
  assert.equal(fetched.length, new Set(fetched).size, fetched.join(' '));
  await gotoApp(page, server.url + '#/role');
  await page.reload();
  await page.locator('#step-heading').waitFor();
  const preloaded = await page.evaluate(() => [...document.querySelectorAll('link[rel=preload]')].map((l) => l.getAttribute('href').replace(/^\.\//, '')));
  for (const f of own) assert.ok(preloaded.includes(f), `${f} preloaded for a returning founder: ${preloaded.join(' ')}`);
  assert.equal(await page.getByLabel('Plan name').inputValue(), 'Stored before the reload');
  await context.close();
});

test('an edit typed before the plan writer has arrived is saved once it does', async () => {
  const { page, context } = await openPage(browser, null);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  let asked;
  const askedFor = new Promise((resolve) => { asked = resolve; });
  const writerFile = built.chunks.plan_writer.at(-1);
  await page.route((url) => url.pathname.endsWith(writerFile), async (route) => {
    asked();
    await held;
    await route.continue();
  });
  await gotoApp(page, server.url + '#/role');
  await page.getByLabel('Plan name').fill('Typed before the writer');
  // The page asks for the writer by itself, after its first screen; it is held back, so
  // nothing can have been written yet.
  await askedFor;
  assert.equal(await page.evaluate(() => Object.keys(localStorage)
    .some((k) => k.startsWith('hireplan:plan:') && localStorage.getItem(k).includes('Typed before the writer'))), false);
  release();
  await page.waitForFunction(() => Object.keys(localStorage)
    .some((k) => k.startsWith('hireplan:plan:') && localStorage.getItem(k).includes('Typed before the writer')));
  await page.reload();
  await page.locator('#step-heading').waitFor();
  assert.equal(await page.getByLabel('Plan name').inputValue(), 'Typed before the writer');
  await context.close();
});

test('a chunk that cannot be fetched is fetched again: the page lives on, the step arrives once the connection is back, nothing is lost', async () => {
  const { page, context, errors } = await openPage(browser, null);
  // The later steps' own files (not those the planner's page has already fetched) fail, as on
  // a dropped connection, until released: first the look-ahead fetch the Role step makes once
  // it is idle, then the Costs step asked for.
  const planner = new Set([...built.chunks.planner, ...built.chunks.plan_writer, ...built.pages['step:role'].first]);
  const own = built.chunks.steps.filter((f) => !planner.has(f));
  assert.ok(own.length > 0, 'the later steps have files of their own');
  let failing = true;
  let failures = [];
  const aFailure = () => new Promise((resolve) => failures.push(resolve));
  await page.route((url) => own.some((f) => url.pathname.endsWith(f)), async (route) => {
    if (!failing) return route.continue();
    await route.abort('internetdisconnected');
    const waiting = failures;
    failures = [];
    waiting.forEach((resolve) => resolve());
  });
  let failed = aFailure();
  await gotoApp(page, server.url + '#/role');
  await page.getByLabel('Plan name').fill('Kept through a dropped connection');
  await page.waitForFunction(() => Object.keys(localStorage)
    .some((k) => k.startsWith('hireplan:plan:') && localStorage.getItem(k).includes('Kept through a dropped connection')));
  // The look-ahead fetch failed; the page still answers.
  await failed;
  await page.getByLabel('Plan name').fill('Kept through a dropped connection, twice');
  await page.locator('nav.step-nav ol a[href="#/costs"]').click();
  failed = aFailure();
  await page.locator('.chunk-loading').waitFor();
  await failed;
  // Still loading, not dead: the step arrives by itself once its files can be fetched.
  assert.equal(await page.locator('.chunk-loading').count(), 1);
  failing = false;
  await page.locator('[data-testid=chart-routes] svg').waitFor({ state: 'attached', timeout: 30000 });
  assert.equal(await page.locator('#step-heading').textContent(), 'Costs');
  await page.locator('nav.step-nav ol a[href="#/role"]').click();
  assert.equal(await page.getByLabel('Plan name').inputValue(), 'Kept through a dropped connection, twice');
  assert.deepEqual(errors.filter((e) => /unreachable|RuntimeError|panicked/i.test(e)), [], errors.join('\n'));
  await context.close();
});
