// Screenshots of every step and view of the release build in dist/, at phone (360 px) and
// desktop (1280 px) width, light and dark, with each page's height (details closed); and the
// README's picture: the Costs step's decision block at 1280 px beside the same at 360 px.
//
//   node scripts/screens.mjs [OUTDIR]        (default bench/tmp/screens; build dist/ first)
//
// The picture goes to docs/costs-decision.png; the heights to OUTDIR/heights.json.
import { serve, launch, openPage, gotoApp, stepAddresses } from '../tests/e2e/harness.mjs';
import { mkdirSync, writeFileSync } from 'node:fs';

const out = process.argv[2] ?? 'bench/tmp/screens';
mkdirSync(out, { recursive: true });
mkdirSync('docs', { recursive: true });

/** Every address a founder can open: the steps, and the focused views of a step (the manifest's). */
export const ADDRESSES = await stepAddresses();
const WIDTHS = [['phone', { width: 360, height: 780 }], ['desktop', { width: 1280, height: 900 }]];

const server = await serve();
const browser = await launch();
const heights = {};
const blocks = {};
for (const scheme of ['light', 'dark']) {
  for (const [name, viewport] of WIDTHS) {
    const { page, errors, context } = await openPage(browser, null, { viewport, colorScheme: scheme });
    for (const address of ADDRESSES) {
      await gotoApp(page, `${server.url}#/${address}`);
      const file = address.replace('/', '-');
      await page.screenshot({ path: `${out}/${file}-${name}-${scheme}.png`, fullPage: true });
      if (scheme === 'light') {
        heights[address] = heights[address] ?? {};
        heights[address][viewport.width] = await page.evaluate(() => document.documentElement.scrollHeight);
      }
      if (address === 'costs' && scheme === 'light') {
        blocks[name] = await page.getByTestId('costs-decide').screenshot();
      }
    }
    if (errors.length) console.log(name, scheme, 'console errors:', errors);
    await context.close();
  }
}

// The README's picture: the two shots side by side on one page, photographed.
const { page, context } = await openPage(browser, null, { viewport: { width: 1700, height: 400 } });
const img = (png) => `data:image/png;base64,${png.toString('base64')}`;
await page.setContent(`<body style="margin:0;padding:16px;background:#eef0f3;display:flex;gap:24px;align-items:flex-start">
  <img src="${img(blocks.desktop)}" style="width:1240px;border:1px solid #ccd;background:#fff">
  <img src="${img(blocks.phone)}" style="width:340px;border:1px solid #ccd;background:#fff"></body>`);
await page.locator('img').last().evaluate((i) => i.decode());
const size = await page.evaluate(() => ({ width: document.body.scrollWidth, height: document.body.scrollHeight }));
await page.setViewportSize(size);
await page.screenshot({ path: 'docs/costs-decision.png' });
await context.close();

writeFileSync(`${out}/heights.json`, JSON.stringify(heights, null, 2));
console.log('height (px)           360    1280');
for (const [a, h] of Object.entries(heights)) console.log(a.padEnd(20), String(h[360]).padStart(6), String(h[1280]).padStart(7));
await browser.close();
await server.close();
console.log('screenshots in', out, '; the README picture in docs/costs-decision.png');

