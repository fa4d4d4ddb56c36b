// A smoke walk in Firefox ESR (WebDriver BiDi, puppeteer-core) and WebKit (WebKitWebDriver with
// MiniBrowser under Xvfb, selenium-webdriver): the app renders, typed text survives a reload,
// the Costs step draws its charts, a share link opens read-only, and the embed sizes itself in
// a host page. The walk is written once, over a small driver for each engine.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import { serve } from './harness.mjs';

const FIREFOX = process.env.FIREFOX_BIN || '/usr/bin/firefox-esr';
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

// Three embeds with different presets and themes (issue 43), as the Share step writes them
// (without loading="lazy": a frame below the fold of the test's window would never load). The
// frames start 200 px tall, not the pasted 640: an embed reports the document's scroll height,
// which is never less than its frame, so a compact embed shorter than 640 px stays at 640.
const EMBEDS = [
  '?embed=costs&level=senior&eng=contractor&hire=de&co=de&horizon=6&theme=dark&view=compact',
  '?embed=chart&chart=time&theme=light',
  '?embed=costs&level=junior&theme=auto&lock=1',
];
const HOST = (srcs) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A blog post</title></head><body>
<h1>A blog post</h1>
${srcs.map((src, i) => `<iframe id="embed-${i}" src="${src}" title="Embed ${i + 1}" data-hireplan
  style="width:100%;height:200px;border:0" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox allow-downloads"></iframe>`).join('\n')}
<script>
addEventListener('message', function (e) {
  if (!e.data || e.data.type !== 'hireplan:height') return;
  document.querySelectorAll('iframe[data-hireplan]').forEach(function (f) {
    if (f.contentWindow === e.source) f.style.height = e.data.height + 'px';
  });
});
</script></body></html>`;

let server;
before(async () => {
  const pages = {};
  server = await serve({ pages });
  // The host page is on another origin than the app (localhost, not 127.0.0.1).
  pages['/post.html'] = HOST(EMBEDS.map((q) => server.url + q));
});
after(async () => { await server?.close(); });

/** Polls `check` until it returns a truthy value (conditions, never fixed waits). */
async function until(what, check, ms = 20000) {
  const end = Date.now() + ms;
  let last;
  while (Date.now() < end) {
    try {
      last = await check();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what} (last: ${last})`);
}

/**
 * Waits until the page has fetched nothing new for a while: a chunk still loading when the walk
 * leaves the page fails its fetch, and a split point that is not `fallible` then aborts the
 * module (a known defect, noted in docs/engineering.md), which the engine reports as an error
 * of the page being left. A condition polled, never a fixed wait.
 */
async function quiet(b) {
  let last = -1;
  let same = 0;
  await until('the page to finish loading', async () => {
    const n = await b.eval(() => (document.readyState === 'complete' ? performance.getEntriesByType('resource').length : -1));
    same = n >= 0 && n === last ? same + 1 : 0;
    last = n;
    return same >= 3;
  });
}

/** The walk: the same for every engine. `b` is a driver with the methods used below. */
async function walk(b) {
  // 1. The app renders.
  await b.goto(server.url);
  await until('the step nav', () => b.eval(() => !!document.querySelector('nav.step-nav')));
  assert.equal(await b.eval(() => document.querySelector('h1').textContent.trim()), 'The role');

  // 2. Typed text survives a reload.
  await b.type('#plan-name', 'Plan from another engine');
  await until('the save', () => b.eval(() => /Saved/.test(document.querySelector('[data-testid=save-status]').textContent)));
  await quiet(b);
  await b.reload();
  await until('the reloaded plan', () => b.eval(() => document.querySelector('#plan-name')?.value === 'Plan from another engine'));

  // 3. The Costs step draws its charts (SVG with bars, and the table beside it).
  await quiet(b);
  await b.goto(server.url + '#/costs');
  await until('the charts', () => b.eval(() =>
    document.querySelectorAll('[data-testid=chart-routes] svg rect').length > 5
      && document.querySelectorAll('[data-testid=chart-time] svg rect').length > 1
      && document.querySelectorAll('[data-testid=table-routes] tbody tr').length > 5));

  // 4. A share link opens read-only.
  await quiet(b);
  await b.goto(server.url + '#/share');
  const link = await until('the share link', () => b.eval(() => document.querySelector('#share-link')?.value));
  assert.match(link, /#share=h1\./);
  await b.goto('about:blank');
  await b.goto(link);
  await until('the read-only view', () => b.eval(() => /read-only/.test(document.querySelector('[data-testid=save-status]')?.textContent ?? '')));
  // The plan's name is the founder's own: a link carries it only when ticked (issue 38).
  assert.equal(await b.eval(() => document.querySelector('#plan-name').value), '');
  assert.equal(await b.eval(() => document.querySelector('#plan-name').matches(':disabled')), true);

  // 5. Three embeds size themselves in a host page on another origin: each frame's height
  // follows its own content (a compact calculator, a chart, a locked calculator).
  await quiet(b);
  await b.goto(server.origin.replace('127.0.0.1', 'localhost') + '/post.html');
  const heights = await until('the embeds to size themselves', () => b.eval(() => {
    const hs = [...document.querySelectorAll('iframe[data-hireplan]')].map((f) => parseFloat(f.style.height));
    return hs.length === 3 && hs.every((h) => h > 200) ? hs : 0;
  }), 40000).catch(async (e) => {
    throw new Error(`${e.message}; heights ${await b.eval(() => [...document.querySelectorAll('iframe')].map((f) => f.style.height).join(' '))}`);
  });
  assert.equal(new Set(heights).size, 3, `three heights: ${heights}`);
  assert.deepEqual(await b.errors(), []);
}

/** Reports page errors into the page, so every engine can be asked for them the same way. */
function watchErrors() {
  window.__errors = [];
  addEventListener('error', (e) => window.__errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
  document.addEventListener('securitypolicyviolation', (e) => window.__errors.push(`CSP violation: ${e.violatedDirective}`));
}

test('Firefox ESR: the smoke walk', { skip: !existsSync(FIREFOX) && 'firefox-esr is not installed' }, async () => {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.evaluateOnNewDocument(watchErrors);
    await walk({
      goto: (url) => page.goto(url),
      reload: () => page.reload(),
      // Over BiDi, evaluate cannot return DOM nodes: the walk returns plain data only.
      eval: (fn) => page.evaluate(fn),
      type: async (css, text) => { await page.waitForSelector(css); await page.type(css, text); },
      errors: async () => [...errors, ...(await page.evaluate(() => window.__errors ?? []))],
    });
  } finally {
    await browser.close();
  }
});

/** A free TCP port on the loopback. */
function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

test('WebKit (MiniBrowser): the smoke walk', { skip: !existsSync(MINIBROWSER) && 'webkit2gtk-driver is not installed' }, async () => {
  const { Builder } = await import('selenium-webdriver');
  const display = `:${90 + Math.floor(Math.random() * 9)}`;
  const xvfb = spawn('Xvfb', [display, '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  const port = await freePort();
  const driverProcess = spawn('WebKitWebDriver', [`--port=${port}`], { env: { ...process.env, DISPLAY: display }, stdio: 'ignore' });
  let driver;
  try {
    // Wait for the driver to answer, not for a fixed time.
    await until('WebKitWebDriver', () => fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok), 15000);
    driver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      })
      .build();
    // WebDriver cannot add a script before the page's own: the error hooks go in after each load.
    const hook = `(${watchErrors.toString()})()`;
    // WebKitWebDriver may answer a script sent while the page is still settling after a
    // navigation with "Could not parse script result": the hook goes in once the page answers.
    const hooked = () => until('the page to take the error hooks', async () => {
      await driver.executeScript(`${hook}; return true;`);
      return true;
    });
    const load = async (url) => { await driver.get(url); await hooked(); };
    await walk({
      goto: load,
      reload: async () => { await driver.navigate().refresh(); await hooked(); },
      eval: (fn) => driver.executeScript(`return (${fn.toString()})()`),
      type: async (css, text) => {
        const { By, until: ready } = await import('selenium-webdriver');
        const el = await driver.wait(ready.elementLocated(By.css(css)), 20000);
        await el.sendKeys(text);
      },
      errors: () => driver.executeScript('return window.__errors ?? []'),
    });
  } finally {
    await driver?.quit().catch(() => {});
    driverProcess.kill();
    xvfb.kill();
  }
});
