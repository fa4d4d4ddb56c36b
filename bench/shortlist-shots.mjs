// Screenshots of the shortlist's comparison (issue 39) at 360 and 1280 px, from the v9 fixture
// opened as a share link (read-only). node bench/shortlist-shots.mjs [OUTDIR]
import { serve, launch, openPage, gotoApp, sharePayload, stepLoaded } from '../tests/e2e/harness.mjs';
import { readFileSync, mkdirSync } from 'node:fs';

const out = process.argv[2] ?? 'bench/tmp/shortlist';
mkdirSync(out, { recursive: true });
const plan = JSON.parse(readFileSync('core/tests/fixtures/plan-v9.json', 'utf8')).plan;
delete plan.id; delete plan.created_at; delete plan.updated_at;
const server = await serve();
const browser = await launch();
for (const [name, viewport] of [['phone', { width: 360, height: 780 }], ['desktop', { width: 1280, height: 900 }]]) {
  const { page, errors, context } = await openPage(browser, null, { viewport });
  await gotoApp(page, `${server.url}#share=${sharePayload(plan)}`);
  await page.evaluate(() => { location.hash = '#/costs'; });
  await page.getByTestId('founder-shortlist').waitFor();
  await stepLoaded(page);
  await page.waitForTimeout(500);
  await page.getByTestId('founder-shortlist').screenshot({ path: `${out}/shortlist-${name}.png` });
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  console.log(name, 'scrollWidth', wide, 'errors', errors);
  await context.close();
}
await browser.close();
await server.close();
