// Accessibility: axe-core on every step, the shared (read-only) view and both embeds; no
// serious or critical violations.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, launch, openPage, gotoApp, SUBPATH, stepAddresses } from './harness.mjs';

let server, browser, axe;
before(async () => {
  server = await serve();
  browser = await launch();
  axe = await readFile(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
});
after(async () => { await browser?.close(); await server?.close(); });

async function audit(page) {
  // Evaluated by the driver, not added as a <script>: the page's policy refuses inline scripts.
  await page.evaluate(axe);
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
  return result;
}

const steps = await stepAddresses({ views: false });

for (const step of steps) {
  test(`no serious accessibility problems: ${step}`, async () => {
    const { page, context } = await openPage(browser, server.url + '#/' + step);
    if (step === 'requirements') {
      await page.locator('#req-go').check();
      await page.locator('#soft-communication').check();
    }
    if (step === 'hire') {
      // The candidate views, filled: a card with its scorecard, the comparison, the offer.
      await gotoApp(page, server.url + '#/requirements');
      await page.locator('#req-go').check();
      await gotoApp(page, server.url + '#/hire');
      await page.locator('#candidate-name').fill('Ada');
      await page.getByRole('button', { name: 'Add candidate' }).click();
      await page.locator('li.candidate select[id$=-rate-go]').selectOption('4');
      await page.locator('[data-testid=compare] table').waitFor();
    }
    assert.deepEqual(await audit(page), []);
    await context.close();
  });
}

test('no serious accessibility problems: a shared plan and the embeds', async () => {
  const { page, context } = await openPage(browser, server.url);
  await page.getByLabel('Plan name').fill('Audited plan');
  await gotoApp(page, server.url + '#/share');
  const link = await page.getByLabel('Link to this plan').inputValue();
  await context.close();
  for (const url of [link, `${server.origin}${SUBPATH}?embed=costs`, `${server.origin}${SUBPATH}?embed=plan#${link.split('#')[1]}`]) {
    const shared = await openPage(browser, null);
    await shared.page.goto(url);
    await shared.page.waitForSelector('.app-header, [data-testid=embed]');
    assert.deepEqual(await audit(shared.page), [], url);
    await shared.context.close();
  }
});

test('the audit itself catches a real problem (control)', async () => {
  const { page, context } = await openPage(browser, server.url);
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'text';
    document.querySelector('main').append(input);
  });
  const found = await audit(page);
  assert.ok(found.some((v) => v.startsWith('label ')), found.join('\n'));
  await context.close();
});
