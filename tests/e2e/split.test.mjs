// The release build is split: later steps and the embeds are wasm chunks. Each page asks for
// its own chunks at once (a head script preloads them), and fetches each module once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { serve, launch, openPage, gotoApp } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** The files the built page's head script preloads for split point `name`. */
async function pageFiles(name) {
  const html = await readFile(new URL('../../dist/index.html', import.meta.url), 'utf8');
  const [, files, map] = html.match(/var f=(\[[^\]]*\]),m=(\{.*?\});/);
  return JSON.parse(map)[name].map((i) => JSON.parse(files)[i]);
}

/** Opens `url` fresh, waits for `ready`, and returns the wasm files fetched and preloaded. */
async function visit(url, ready) {
  const { page, context } = await openPage(browser, null);
  const fetched = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) fetched.push(r.url().split('/').pop()); });
  await page.goto(url);
  await ready(page);
  // The chunks preloaded (Trunk's own preload of the main module aside).
  const preloaded = (await page.evaluate(() => [...document.querySelectorAll('link[rel=preload][as=fetch]')]
    .map((l) => l.getAttribute('href').replace('./', '')))).filter((f) => /^(split|chunk)_/.test(f));
  await context.close();
  return { fetched, preloaded };
}

test('the built site is split, and an embed preloads its own chunks and fetches each once', async () => {
  const files = await readdir(new URL('../../dist/', import.meta.url));
  assert.ok(files.some((f) => /^split_embed_costs-[0-9a-f]+\.wasm$/.test(f)), 'the embed is a chunk');
  const { fetched, preloaded } = await visit(server.url + '?embed=costs',
    (p) => p.getByTestId('embed-summary').waitFor());
  assert.ok(preloaded.some((f) => f.startsWith('split_embed_costs-')), `preloaded: ${preloaded.join(' ')}`);
  // Not the planner's later steps: what #/costs preloads beyond the first page's files.
  const costs = await visit(server.url + '#/costs', (p) => p.locator('#step-heading').waitFor());
  const start = await visit(server.url + '#/role', (p) => p.locator('#step-heading').waitFor());
  const steps = costs.preloaded.filter((f) => !start.preloaded.includes(f) && !preloaded.includes(f));
  assert.ok(steps.length > 0, `the steps' code is a file the embed leaves: ${costs.preloaded.join(' ')}`);
  // The cost calculator stores nothing: the plan codec (JSON, the plan's serde) stays home, and
  // so does the planner's own page.
  assert.ok(!fetched.some((f) => f.startsWith('split_plan_')), `no codec: ${fetched.join(' ')}`);
  assert.ok(!fetched.some((f) => f.startsWith('split_planner-')), `no planner: ${fetched.join(' ')}`);
  const once = new Set(fetched);
  assert.equal(fetched.length, once.size, `each module fetched once: ${fetched.join(' ')}`);
  for (const f of preloaded) assert.ok(once.has(f), `${f} preloaded and used`);
});

test('a link to any later step preloads what that step fetches, and more than the first page', async () => {
  const { page, context } = await openPage(browser, server.url);
  await gotoApp(page, server.url + '#/role');
  const slugs = (await page.locator('nav.step-nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href').replace('#/', ''))))
    .filter((s) => s !== 'role');
  await context.close();
  assert.ok(slugs.length >= 8);
  const start = await visit(server.url + '#/role', (p) => p.locator('#step-heading').waitFor());
  // The plan writer's files come after the first screen, unasked (below), and the Share step
  // asks for the reader's.
  const codec = new Set([...await pageFiles('plan_writer'), ...await pageFiles('plan_reader')]);
  for (const slug of slugs) {
    const { fetched, preloaded } = await visit(`${server.url}#/${slug}`, (p) => p.locator('#step-heading').waitFor());
    // The later steps are one chunk (scripts/split.mjs, --group): the page asks for it, and for
    // every chunk it uses, before the main module runs.
    const chunks = fetched.filter((f) => /^(split|chunk)_/.test(f) && !codec.has(f));
    for (const f of chunks) assert.ok(preloaded.includes(f), `#/${slug} fetches ${f} and preloads it: ${preloaded.join(' ')}`);
    assert.ok(preloaded.some((f) => !start.preloaded.includes(f)), `#/${slug} preloads its step's code: ${preloaded.join(' ')}`);
  }
  // The first step is in the planner's chunk. A first visit preloads only it: the plan writer
  // is fetched once the first screen is drawn, and the reader (nothing to read yet) by the
  // Share step.
  const first = await visit(server.url, (p) => p.locator('#step-heading').waitFor());
  const points = (list) => list.filter((f) => f.startsWith('split_')).map((f) => f.replace(/-[0-9a-f]+\.wasm$/, '')).sort();
  assert.deepEqual(points(first.preloaded), ['split_planner']);
  // Few files: the splitter moves small shared chunks into the main module.
  const shared = (await readdir(new URL('../../dist/', import.meta.url))).filter((f) => /^chunk_\d+-/.test(f));
  assert.ok(shared.length <= 50, `${shared.length} shared chunks`);
});

test('a returning founder\'s page preloads the plan reader too, and opens the stored plan', async () => {
  const { page, context } = await openPage(browser, null);
  const fetched = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) fetched.push(r.url().split('/').pop()); });
  await gotoApp(page, server.url + '#/role');
  // The writer comes after the first screen, unasked: a first edit's save finds it there.
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /split_plan_writer-/.test(e.name)));
  await page.getByLabel('Plan name').fill('Stored before the reload');
  await page.waitForFunction(() => Object.keys(localStorage)
    .some((k) => k.startsWith('hireplan:plan:') && localStorage.getItem(k).includes('Stored before the reload')));
  // Saving did not need the reader; the Share step (its plan list) fetches it: each module once.
  assert.ok(!fetched.some((f) => f.startsWith('split_plan_reader-')), fetched.join(' '));
  await gotoApp(page, server.url + '#/share');
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /split_plan_reader-/.test(e.name)));
  assert.match(await page.getByTestId('plans').innerText(), /Stored before the reload/);
  assert.equal(fetched.length, new Set(fetched).size, fetched.join(' '));
  await gotoApp(page, server.url + '#/role');
  await page.reload();
  await page.locator('#step-heading').waitFor();
  const preloaded = await page.evaluate(() => [...document.querySelectorAll('link[rel=preload][as=fetch]')]
    .map((l) => l.getAttribute('href')).filter((h) => /split_plan_/.test(h)).map((h) => h.replace(/^\.\/|-[0-9a-f]+\.wasm$/g, '')).sort());
  assert.deepEqual(preloaded, ['split_plan_reader']);
  assert.equal(await page.getByLabel('Plan name').inputValue(), 'Stored before the reload');
  await context.close();
});

test('an edit typed before the plan writer has arrived is saved once it does', async () => {
  const { page, context } = await openPage(browser, null);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  let asked;
  const askedFor = new Promise((resolve) => { asked = resolve; });
  await page.route(/split_plan_writer-[0-9a-f]+\.wasm$/, async (route) => {
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
