// The built page carries a Content-Security-Policy, and it is enforced: the app, the share view
// and both embeds work under it (every test file also fails on any violation, see harness.mjs),
// and a script the page did not ship is refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, launch, openPage, gotoApp, cspViolations, openSections } from './harness.mjs';

let server, browser;
const host = (src) => `<!doctype html><html lang="en"><head><title>Host</title></head><body>
<iframe id="f" src="${src}" title="Hireplan" sandbox="allow-scripts allow-downloads" style="width:100%;height:400px;border:0"></iframe>
</body></html>`;
before(async () => {
  server = await serve({ pages: {} });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

test('the built page states the policy: own scripts by hash, wasm, own styles, nothing else', async () => {
  const html = await readFile(new URL('../../dist/index.html', import.meta.url), 'utf8');
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  assert.ok(meta, 'a policy in index.html');
  const policy = Object.fromEntries(meta[1].split('; ').map((d) => { const [k, ...v] = d.split(' '); return [k, v]; }));
  assert.deepEqual(policy['default-src'], ["'none'"]);
  assert.ok(policy['script-src'].includes("'self'") && policy['script-src'].includes("'wasm-unsafe-eval'"));
  assert.ok(!policy['script-src'].includes("'unsafe-inline'") && !policy['script-src'].includes("'unsafe-eval'"));
  // Each inline script (the loader's starter; in a split build, the chunk preloader) by its
  // hash, and nothing else inline.
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)].length;
  assert.ok(inline >= 1);
  assert.equal(policy['script-src'].filter((s) => s.startsWith("'sha256-")).length, inline, 'each inline script, by hash');
  // What the loader imports is trusted through it: host sources are ignored.
  assert.ok(policy['script-src'].includes("'strict-dynamic'"));
  // The stylesheets are inlined and allowed by hash, one each; none from elsewhere.
  const styles = [...html.matchAll(/<style[^>]*>/g)].length;
  assert.ok(styles > 0);
  assert.equal(policy['style-src'].filter((s) => s.startsWith("'sha256-")).length, styles);
  assert.ok(policy['style-src'].every((s) => s === "'self'" || s.startsWith("'sha256-")));
  assert.ok(!policy['connect-src'].includes('*') && !policy['connect-src'].includes('http:'), 'no plain http beyond loopback');
  assert.deepEqual(policy['object-src'], ["'none'"]);
  // The Share step's preview frames this app's own pages, nothing else (issue 43).
  assert.deepEqual(policy['frame-src'], ["'self'"]);
  assert.deepEqual(policy['base-uri'], ["'none'"]);
  assert.deepEqual(policy['form-action'], ["'none'"]);
  // The policy comes before the first script.
  assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<script'));
});

test('the app, a share link and both embeds run under the policy, even in a sandboxed frame', async () => {
  const { page, errors, context } = await openPage(browser, server.url + '#/costs');
  await openSections(page, 'more-routes');
  await page.getByTestId('chart-routes').locator('svg').waitFor();
  await gotoApp(page, server.url + '#/share');
  const link = await page.getByLabel('Link to this plan').inputValue();
  await context.close();
  const shared = await openPage(browser, link);
  assert.match(await shared.page.getByTestId('save-status').innerText(), /read-only/);
  await shared.context.close();
  for (const src of [server.url + '?embed=costs', server.url + '?embed=plan' + new URL(link).hash, server.url + '?embed=chart&chart=time&theme=dark']) {
    const pages = { '/host.html': host(src) };
    const s2 = await serve({ pages });
    const { page: p2, context: c2 } = await openPage(browser, null);
    await p2.goto(s2.origin + '/host.html');
    const frame = p2.frameLocator('#f');
    await frame.locator('[data-testid=embed-summary]').waitFor({ timeout: 15000 });
    await c2.close();
    await s2.close();
  }
  assert.deepEqual(errors, []);
  assert.deepEqual(cspViolations, []);
});

test('markup injected into the page cannot run script, and the violation is seen', async () => {
  const { page, context } = await openPage(browser, server.url);
  const ran = await page.evaluate(() => new Promise((resolve) => {
    // The classic injection: an event handler in markup (innerHTML never runs <script>). The
    // browser refuses the handler when the image fails, and says so with a violation event.
    document.addEventListener('securitypolicyviolation', () => resolve(window.__injected === true), { once: true });
    const div = document.createElement('div');
    div.innerHTML = '<img src="data:," onerror="window.__injected = true">';
    document.body.append(div);
  }));
  assert.equal(ran, false, 'an inline event handler does not run');
  await context.close();
  // This test's own violation is expected; the rest of the suite must have none.
  const mine = cspViolations.filter((v) => /script-src/.test(v));
  assert.ok(mine.length >= 1, `the violation was reported: ${cspViolations}`);
  cspViolations.length = 0;
});
