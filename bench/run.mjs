// Hireplan's benchmark: figures, not a pass/fail test. Run with `./scripts/bench.sh`.
// Measures, in headless Chromium against the release dist/ served on 127.0.0.1:
//  - bytes shipped (wasm, js, html raw/gzip/brotli; css apart);
//  - start-up: first paint, first contentful paint, time until the first step is interactive;
//  - input-to-chart latency on the Costs step over N changes, normal speed and 4x CPU throttling,
//    median and p95, plus long tasks over 50 ms and where they fell; each speed is measured
//    BENCH_ROUNDS times (3) and the round with the median p95 is reported, the others beside it;
//  - the same size and start-up figures for a minimal Leptos counter built with the same profile.
// Writes bench/results.json and prints a summary.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import http from 'node:http';
import { launch } from '../tests/e2e/harness.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const CHANGES = Number(process.env.BENCH_CHANGES ?? 100);
const STARTS = Number(process.env.BENCH_STARTS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
// The plan writer's own file, from the build's manifest (xtask): fetched after the first screen.
const MANIFEST = JSON.parse(readFileSync(join(process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target'), 'hireplan', 'manifest.json'), 'utf8'));
const WRITER = MANIFEST.chunks.plan_writer.at(-1);

function sizes(dir) {
  const out = {};
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) { walk(p); continue; }
      const ext = extname(p).slice(1);
      const kind = ['wasm', 'js', 'html', 'css'].includes(ext) ? ext : 'other';
      const bytes = readFileSync(p);
      const k = (out[kind] ??= { raw: 0, gzip: 0, brotli: 0 });
      k.raw += bytes.length;
      k.gzip += gzipSync(bytes, { level: 9 }).length;
      k.brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    }
  };
  walk(dir);
  const app = ['wasm', 'js', 'html'].map((k) => out[k] ?? { raw: 0, gzip: 0, brotli: 0 });
  out.app = { raw: 0, gzip: 0, brotli: 0 };
  for (const k of app) for (const f of ['raw', 'gzip', 'brotli']) out.app[f] += k[f];
  return out;
}

function serveDir(dir) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml' };
  const server = http.createServer((req, res) => {
    let p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (p.endsWith('/')) p += 'index.html';
    try {
      const body = readFileSync(join(dir, p));
      res.writeHead(200, { 'content-type': types[extname(p)] ?? 'application/octet-stream' });
      res.end(body);
    } catch { res.writeHead(404); res.end(); }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((r) => server.close(r)),
  })));
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]; };
const round = (x) => Math.round(x * 10) / 10;

/** Start-up over several fresh loads: paint timings and time until `ready` is on the page. */
async function startup(browser, url, ready) {
  const runs = [];
  for (let i = 0; i < STARTS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector(ready);
    const t = await page.evaluate(() => {
      const paint = Object.fromEntries(performance.getEntriesByType('paint').map((e) => [e.name, e.startTime]));
      return { fp: paint['first-paint'], fcp: paint['first-contentful-paint'], interactive: performance.now() };
    });
    runs.push(t);
    await context.close();
  }
  const pick = (k) => round(median(runs.map((r) => r[k] ?? NaN)));
  return { first_paint_ms: pick('fp'), first_contentful_paint_ms: pick('fcp'), interactive_ms: pick('interactive'), runs: STARTS };
}

/** Changes the pay-spread assumption on the Costs step N times (every chart and table is recomputed),
 * with the channels chart (which changes each time) on screen; time from the change to the end
 * of the frame that paints it. Each change is made at the start of a frame (in a
 * requestAnimationFrame callback), so the figure is the work done (the handler, the reactive
 * updates, style, layout and paint), not time spent waiting for the display's next frame; the
 * timer posted from that callback runs once the frame is painted. */
async function latency(browser, url, throttle, listed = 0) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url + '#/costs');
  // Every section of the step open, as a founder who has opened them all has it: the whole
  // page follows each change, as it did before the sections closed (issue 30).
  await page.waitForSelector('details.more');
  await page.evaluate(() => document.querySelectorAll('details.more').forEach((d) => { d.open = true; }));
  await page.waitForSelector('[data-testid=chart-routes] svg');
  await page.waitForSelector('#figure-assume-pay_spread');
  // A split build fetches the plan writer once the step is drawn (the later steps are one
  // chunk, which this page has already loaded). The figures here are for input, so that fetch
  // is waited out first: its file arrived, then the page went idle (its instantiation done).
  await page.waitForFunction((f) => performance.getEntriesByType('resource').some((e) => e.name.endsWith(f)), WRITER);
  await page.evaluate(() => new Promise((r) => requestIdleCallback(() => requestIdleCallback(r))));
  // Issue 39: with `listed` routes on the shortlist (the first routes' "Add to shortlist"),
  // Costs opens with their comparison, which every change moves too.
  if (listed) {
    const buttons = page.locator('[data-testid=route-notes] [data-add-shortlist]');
    for (let i = 0; i < listed; i++) await buttons.nth(i).click();
    await page.locator(`[data-testid=shortlist-table] thead th[data-col="${listed - 1}"]`).waitFor({ state: 'attached' });
    await page.evaluate(() => new Promise((r) => requestIdleCallback(() => requestIdleCallback(r))));
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: false });
  });
  const runs = await page.evaluate(async (n) => {
    // A new figure: the pay-spread assumption moves every employee route's bar.
    const select = document.getElementById('figure-assume-pay_spread');
    const values = ['20', '5', '15', '25', '10']; // never the default (10) first
    const chart = document.querySelector('[data-testid=chart-routes]');
    // The chart that changes is on screen, so the frame measured lays it out and paints it.
    chart.scrollIntoView({ block: 'center' });
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
    const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const out = { chart: [], all: [], unchanged: 0, marks: [] };
    for (let i = 0; i < n; i++) {
      const [toChart, toAll] = await new Promise((done) => requestAnimationFrame(() => {
        const t0 = performance.now();
        const before = chart.innerHTML;
        select.value = values[(i + 1) % values.length];
        select.dispatchEvent(new Event('change', { bubbles: true }));
        // Runs after this frame's style, layout and paint.
        setTimeout(async () => {
          const t1 = performance.now();
          if (chart.innerHTML === before) out.unchanged++;
          // Then until the tables (which follow one task later) are painted too.
          while (document.querySelector('[aria-busy=true]')) await new Promise((r) => setTimeout(r, 0));
          await painted();
          out.marks.push([t0, t1, performance.now()]);
          done([t1 - t0, performance.now() - t0]);
        }, 0);
      }));
      out.chart.push(toChart);
      out.all.push(toAll);
      // A person pauses between changes: the debounced autosave (400 ms) runs in between, and
      // any long task it causes is counted below.
      await new Promise((r) => setTimeout(r, 450));
    }
    return out;
  }, CHANGES);
  const times = runs.chart;
  const longEntries = await page.evaluate(() => window.__long);
  const long = longEntries.map(([, d]) => d);
  // Where each long task fell: in the frame of a change (which change), in the tasks that
  // follow it (the over-time chart, the tables, the figures panel), or in the pause after
  // (autosave).
  const phases = { change_frame: 0, follow_up: 0, pause: 0 };
  const where = longEntries.map(([start, d]) => {
    const k = runs.marks.findLastIndex(([t0]) => start >= t0 - 1);
    const [t0, t1, t2] = runs.marks[Math.max(k, 0)];
    const phase = k < 0 ? 'pause' : start < t1 ? 'change_frame' : start < t2 ? 'follow_up' : 'pause';
    phases[phase]++;
    return { change: k, phase, ms: round(d), at_ms: round(start - t0) };
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await context.close();
  return {
    cpu_throttling: throttle,
    changes: times.length,
    median_ms: round(median(times)),
    p95_ms: round(p95(times)),
    max_ms: round(Math.max(...times)),
    // Changes whose chart had not changed in the frame measured (should be 0).
    chart_not_updated: runs.unchanged,
    // From the change until the tables, which follow one task later, are painted as well.
    all_updated_median_ms: round(median(runs.all)),
    all_updated_p95_ms: round(p95(runs.all)),
    long_tasks_over_50ms: long.length,
    longest_task_ms: round(Math.max(0, ...long)),
    long_tasks_by_phase: phases,
    long_tasks: where,
    // The first change runs its code paths for the first time, and costs several times a later
    // one (likely the browser compiling WebAssembly functions on first call; not proven).
    first_change_ms: round(times[0]),
  };
}

const app = await serveDir(join(ROOT, 'dist'));
const counter = await serveDir(join(ROOT, 'bench/tmp/counter-dist'));
const browser = await launch();
const results = {
  measured_at: new Date().toISOString(),
  machine: `${process.platform} ${process.arch}, node ${process.version}`,
  budgets: { initial_brotli_kb: 150, total_brotli_kb: 300, fcp_ms: 250, p95_ms_normal: 16, p95_ms_4x: 50, long_tasks: 0 },
  sizes_kb: {},
  startup: {},
  latency: [],
};
const kb = (s) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, { raw: round(v.raw / 1024), gzip: round(v.gzip / 1024), brotli: round(v.brotli / 1024) }]));
results.sizes_kb.app = kb(sizes(join(ROOT, 'dist')));
results.sizes_kb.counter = kb(sizes(join(ROOT, 'bench/tmp/counter-dist')));
results.sizes_kb.ratio_brotli = round(results.sizes_kb.app.app.brotli / results.sizes_kb.counter.app.brotli);
results.startup.app = await startup(browser, app.url, '#plan-name');
results.startup.counter = await startup(browser, counter.url, '#inc');
results.startup.ratio_interactive = round(results.startup.app.interactive_ms / results.startup.counter.interactive_ms);
// Figures at 4x vary a lot from run to run on a shared machine (one run 8 long tasks, the next
// 40, with no change to the code), so each speed is measured ROUNDS times: the round with the
// median p95 is reported, and every round's headline figures are kept beside it.
// Then the same with four routes on the shortlist (issue 39's budget).
for (const [throttle, listed] of [[1, 0], [4, 0], [1, 4], [4, 4]]) {
  const rounds = [];
  for (let i = 0; i < ROUNDS; i++) rounds.push(await latency(browser, app.url, throttle, listed));
  const byP95 = [...rounds].sort((a, b) => a.p95_ms - b.p95_ms);
  results.latency.push({
    ...byP95[Math.floor((byP95.length - 1) / 2)],
    shortlisted: listed,
    rounds: rounds.map((r) => ({ median_ms: r.median_ms, p95_ms: r.p95_ms, long_tasks_over_50ms: r.long_tasks_over_50ms, longest_task_ms: r.longest_task_ms, long_tasks: r.long_tasks })),
  });
}
await browser.close();
await app.close();
await counter.close();

writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
const s = results.sizes_kb;
console.log(`bytes shipped (wasm+js+html): app ${s.app.app.raw} KB raw, ${s.app.app.gzip} KB gzip, ${s.app.app.brotli} KB brotli; counter ${s.counter.app.brotli} KB brotli; ratio ${s.ratio_brotli}x (budget 300 KB brotli in all; what each page needs first is in the Lighthouse lines, budget 150 KB)`);
console.log(`  wasm ${s.app.wasm.brotli} KB, js ${s.app.js.brotli} KB, html ${s.app.html.brotli} KB, css ${s.app.css?.brotli ?? 0} KB (brotli)`);
for (const [name, r] of Object.entries({ app: results.startup.app, counter: results.startup.counter })) {
  console.log(`start-up ${name}: first paint ${r.first_paint_ms} ms, FCP ${r.first_contentful_paint_ms} ms, interactive ${r.interactive_ms} ms (median of ${r.runs})`);
}
for (const l of results.latency) {
  console.log(`input to chart at ${l.cpu_throttling}x CPU${l.shortlisted ? `, ${l.shortlisted} routes on the shortlist` : ''}: median ${l.median_ms} ms, p95 ${l.p95_ms} ms, max ${l.max_ms} ms over ${l.changes} changes (chart not yet updated: ${l.chart_not_updated}); everything incl. tables: median ${l.all_updated_median_ms} ms, p95 ${l.all_updated_p95_ms} ms; ${l.long_tasks_over_50ms} long tasks (longest ${l.longest_task_ms} ms; in a change's frame ${l.long_tasks_by_phase.change_frame}, in the follow-up tasks ${l.long_tasks_by_phase.follow_up}, in the pauses ${l.long_tasks_by_phase.pause}; changes ${l.long_tasks.map((t) => `#${t.change} ${t.ms} ms`).join(', ') || 'none'}); first change ${l.first_change_ms} ms`);
  console.log(`  rounds (median round reported): ${l.rounds.map((r) => `p95 ${r.p95_ms} ms, ${r.long_tasks_over_50ms} long${r.long_tasks.map((t) => ` (#${t.change} ${t.phase} ${t.ms} ms)`).join('')}`).join(' | ')}`);
}
console.log('written to bench/results.json');
