// A trace of input-to-chart on the Costs step: where the main thread's time goes.
// Not part of the benchmark's figures; a tool for finding why a budget is missed.
// Usage: node bench/profile.mjs [changes] [cpu-throttling]  (serves the current dist/)
import { launch, serve } from '../tests/e2e/harness.mjs';

const CHANGES = Number(process.argv[2] ?? 20);
const THROTTLE = Number(process.argv[3] ?? 1);
const server = await serve();
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await page.goto(server.url + '#/costs');
// Every section open, as bench/run.mjs has them.
await page.waitForSelector('details.more');
await page.evaluate(() => document.querySelectorAll('details.more').forEach((d) => { d.open = true; }));
await page.waitForSelector('[data-testid=chart-routes] svg');
await page.waitForSelector('#figure-assume-pay_spread');
console.log('DOM elements on the Costs step:', await page.evaluate(() => document.getElementsByTagName('*').length));
await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
const events = [];
cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink', transferMode: 'ReportEvents' });
const times = await page.evaluate(async (n) => {
  const select = document.getElementById('figure-assume-pay_spread');
  const values = ['20', '5', '15', '25', '10']; // never the default (10) first
  const out = [];
  for (let i = 0; i < n; i++) {
    await new Promise((r) => requestAnimationFrame(r));
    const t0 = performance.now();
    select.value = values[(i + 1) % values.length];
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    out.push(performance.now() - t0);
  }
  return out;
}, CHANGES);
await cdp.send('Tracing.end');
await done;
const main = events.filter((e) => e.ph === 'X' && e.dur);
const by = {};
for (const e of main) by[e.name] = (by[e.name] ?? 0) + e.dur / 1000;
const top = Object.entries(by).sort((a, b) => b[1] - a[1]).slice(0, 25);
console.log('times', times.map((t) => Math.round(t)).join(' '));
for (const [k, v] of top) console.log(`${(v / CHANGES).toFixed(2).padStart(8)} ms/change  ${k}`);

// The same changes under the sampling profiler: self time by function. The wasm functions have
// names only in a build made with `CARGO_PROFILE_RELEASE_STRIP=none HIREPLAN_KEEP_NAMES=1`
// (cargo and xtask then keep the name section).
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.evaluate(async (n) => {
  const select = document.getElementById('figure-assume-pay_spread');
  const values = ['20', '5', '15', '25', '10'];
  for (let i = 0; i < n; i++) {
    await new Promise((r) => requestAnimationFrame(r));
    select.value = values[(i + 1) % values.length];
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    while (document.querySelector('[aria-busy=true]')) await new Promise((r) => setTimeout(r, 0));
  }
}, CHANGES);
const { profile } = await cdp.send('Profiler.stop');
const self = {};
const total = {};
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const dt = profile.timeDeltas;
profile.samples.forEach((id, i) => {
  const ms = (dt[i + 1] ?? 0) / 1000;
  const node = byId.get(id);
  const name = node.callFrame.functionName || `(${node.callFrame.url.split('/').pop() || 'anonymous'})`;
  self[name] = (self[name] ?? 0) + ms;
  // Inclusive time: each distinct function on the sample's stack once.
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const f = byId.get(at).callFrame.functionName;
    if (f && !seen.has(f)) { seen.add(f); total[f] = (total[f] ?? 0) + ms; }
  }
});
console.log('self time (ms a change):');
for (const [k, v] of Object.entries(self).sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${(v / CHANGES).toFixed(2).padStart(8)}  ${k.slice(0, 140)}`);
console.log('inclusive time (ms a change):');
for (const [k, v] of Object.entries(total).sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log(`${(v / CHANGES).toFixed(2).padStart(8)}  ${k.slice(0, 140)}`);
await browser.close();
await server.close();
