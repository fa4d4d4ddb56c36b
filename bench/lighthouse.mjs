// Lighthouse 13 on the shipped pages, as a reader on a phone meets them: mobile defaults (slow
// 4G, 4x CPU), the release dist/ served with gzip over HTTP/2 as GitHub Pages serves it. Pages: the first
// page, the cost calculator embed, a shared plan embed; the bare counter for comparison.
// Merges its figures into bench/results.json (run after bench/run.mjs) and prints them.
import http2 from 'node:http2';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants as zlib } from 'node:zlib';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, launch, openPage, serve as serveApp } from '../tests/e2e/harness.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml' };

/** A self-signed certificate for 127.0.0.1 (made once, kept in bench/tmp). */
function certificate() {
  const dir = join(ROOT, 'bench/tmp');
  const key = join(dir, 'localhost-key.pem');
  const cert = join(dir, 'localhost-cert.pem');
  if (!existsSync(key) || !existsSync(cert)) {
    mkdirSync(dir, { recursive: true });
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '3650',
      '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1',
      '-keyout', key, '-out', cert], { stdio: 'ignore' });
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/**
 * Serves a folder like GitHub Pages: HTTP/2 over TLS, gzip. (HTTP/2 matters to the split build:
 * over HTTP/1.1 the browser fetches at most six chunks at a time, which GitHub Pages' readers
 * never see; the simulated throttling follows the protocol it observed.)
 */
function gzipServer(dir) {
  const cache = new Map();
  const server = http2.createSecureServer({ ...certificate(), allowHTTP1: true }, (req, res) => {
    let p = decodeURIComponent(new URL(req.url, 'https://x').pathname);
    if (p.endsWith('/')) p += 'index.html';
    const file = join(dir, p);
    if (!existsSync(file)) { res.writeHead(404); return res.end(); }
    if (!cache.has(file)) cache.set(file, gzipSync(readFileSync(file), { level: 9 }));
    res.writeHead(200, {
      'content-type': TYPES[extname(p)] ?? 'application/octet-stream',
      'content-encoding': 'gzip',
      'access-control-allow-origin': '*',
      'cache-control': 'max-age=600',
    });
    res.end(cache.get(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    url: `https://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((r) => server.close(r)),
  })));
}

/** A share link for the default plan with a few answers, from the app itself. */
async function shareHash() {
  const server = await serveApp();
  const browser = await launch();
  const { page, context } = await openPage(browser, server.url + '#/role');
  await page.getByLabel('Plan name').fill('Lighthouse plan');
  await page.getByLabel('What are you building?').fill('a payments API');
  const { gotoApp } = await import('../tests/e2e/harness.mjs');
  await gotoApp(page, server.url + '#/share');
  const link = await page.getByLabel('Link to this plan').inputValue();
  await context.close(); await browser.close(); await server.close();
  return new URL(link).hash;
}

const round = (x) => Math.round(x * 10) / 10;
/** The LCP element's HTML opening, wherever this Lighthouse version reports it. */
function lcpElement(lhr) {
  for (const id of ['lcp-breakdown-insight', 'largest-contentful-paint-element']) {
    const items = lhr.audits[id]?.details?.items ?? [];
    for (const item of items) {
      const node = item.type === 'node' ? item : item.items?.find((i) => i.type === 'node') ?? item.node;
      if (node?.snippet) return node.snippet.slice(0, 160);
    }
  }
  return null;
}

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
// HIREPLAN_DIST measures another build (an unsplit one, to compare), as the e2e harness does.
const DIST = process.env.HIREPLAN_DIST ?? join(ROOT, 'dist');
const app = await gzipServer(DIST);
const counter = await gzipServer(join(ROOT, 'bench/tmp/counter-dist'));
const pages = {
  first_page: app.url,
  embed_costs: app.url + '?embed=costs',
  embed_plan: app.url + '?embed=plan' + (await shareHash()),
  // Issue 43: the calculator with a writer's presets (dark, compact, a senior contractor in
  // Germany over 6 months in euros), and the one-chart embed.
  embed_costs_presets: app.url + '?embed=costs&theme=dark&view=compact&level=senior&eng=contractor&hire=de&horizon=6&cur=EUR&rate=0.92&rated=2026-12-01',
  embed_chart: app.url + '?embed=chart&chart=time',
  counter: counter.url,
};
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_BIN || '/usr/bin/chromium',
  // The certificate is the bench's own, made above.
  chromeFlags: ['--headless=new', '--ignore-certificate-errors', ...CHROMIUM_ARGS],
});
// LIGHTHOUSE_PAGES=embed_costs,first_page measures only those (a quick look; the file keeps
// the other pages' last figures).
const only = process.env.LIGHTHOUSE_PAGES?.split(',');
const out = {};
try {
  for (const [name, url] of Object.entries(pages).filter(([n]) => !only || only.includes(n))) {
    // Lighthouse's simulated timings scale the CPU time it observed, so they move with the
    // machine's load: each page is run RUNS times and the run with the median LCP is reported
    // (every run's score and LCP are kept beside it).
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const { lhr } = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      runs.push(lhr);
    }
    const lcpOf = (r) => r.audits['largest-contentful-paint'].numericValue;
    const lhr = [...runs].sort((x, y) => lcpOf(x) - lcpOf(y))[Math.floor((runs.length - 1) / 2)];
    const a = lhr.audits;
    // The whole report of the reported run, to read what the LCP element was and what delayed it.
    writeFileSync(join(ROOT, `bench/tmp/lighthouse-${name}.json`), JSON.stringify(lhr));
    const score = (k) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
    out[name] = {
      performance: score('performance'),
      accessibility: score('accessibility'),
      best_practices: score('best-practices'),
      seo: score('seo'),
      lcp_ms: round(a['largest-contentful-paint'].numericValue),
      fcp_ms: round(a['first-contentful-paint'].numericValue),
      tbt_ms: round(a['total-blocking-time'].numericValue),
      cls: Math.round(a['cumulative-layout-shift'].numericValue * 1000) / 1000,
      interactive_ms: round(a['interactive']?.numericValue ?? 0),
      // Everything transferred for the page (gzip), the next step's chunk included.
      transferred_kb: round(a['total-byte-weight'].numericValue / 1024),
      lcp_element: lcpElement(lhr),
      failing: Object.values(lhr.categories).flatMap((c) => c.auditRefs)
        .map((r) => a[r.id]).filter((x) => x && x.score !== null && x.score < 1 && x.scoreDisplayMode === 'binary').map((x) => x.id),
    };
    // Brotli bytes of what the page fetched from the app, from Lighthouse's own request list:
    // `initial` is what was requested before the (observed) LCP, the first screen's bytes;
    // `loaded` adds what came after (the next step's chunk, fetched while the founder reads).
    const lcpAt = a.metrics?.details?.items?.[0]?.observedLargestContentfulPaint ?? Infinity;
    const brotli = { initial: 0, loaded: 0, files_initial: 0, files_loaded: 0 };
    const base = name === 'counter' ? counter.url : app.url;
    const dir = name === 'counter' ? join(ROOT, 'bench/tmp/counter-dist') : DIST;
    for (const r of a['network-requests']?.details?.items ?? []) {
      if (!r.url.startsWith(base)) continue;
      let rel = decodeURIComponent(new URL(r.url).pathname.slice(new URL(base).pathname.length));
      if (rel === '' || rel.endsWith('/')) rel += 'index.html';
      if (!/\.(wasm|js|html)$/.test(rel) || !existsSync(join(dir, rel))) continue;
      const size = brotliCompressSync(readFileSync(join(dir, rel)), { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length;
      brotli.loaded += size; brotli.files_loaded += 1;
      if (r.networkRequestTime < lcpAt) { brotli.initial += size; brotli.files_initial += 1; }
    }
    out[name].runs = runs.map((r) => ({ performance: Math.round(r.categories.performance.score * 100), lcp_ms: round(lcpOf(r)) }));
    out[name].initial_brotli_kb = round(brotli.initial / 1024);
    out[name].loaded_brotli_kb = round(brotli.loaded / 1024);
    out[name].files = { initial: brotli.files_initial, loaded: brotli.files_loaded };
    const o = out[name];
    console.log(`lighthouse ${name}: performance ${o.performance}, accessibility ${o.accessibility}, best practices ${o.best_practices}, SEO ${o.seo}; LCP ${o.lcp_ms} ms, TBT ${o.tbt_ms} ms, CLS ${o.cls}, ${o.transferred_kb} KB transferred (gzip); brotli ${o.initial_brotli_kb} KB before LCP, ${o.loaded_brotli_kb} KB loaded; runs ${o.runs.map((r) => `${r.performance}/${r.lcp_ms} ms`).join(' ')}${o.failing.length ? `; failing: ${o.failing.join(', ')}` : ''}`);
  }
} finally {
  await chrome.kill();
  await app.close();
  await counter.close();
}
const file = join(ROOT, 'bench/results.json');
const results = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
results.lighthouse = { measured_at: new Date().toISOString(), settings: `Lighthouse 13 mobile defaults (slow 4G, 4x CPU), served with gzip over HTTP/2 (TLS) as GitHub Pages serves it; the median-LCP run of ${RUNS}`, pages: { ...(only ? results.lighthouse?.pages : {}), ...out } };
results.budgets = { ...(results.budgets ?? {}), lighthouse_performance: 95, lighthouse_lcp_ms: 2500 };
writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
console.log('written to bench/results.json');
