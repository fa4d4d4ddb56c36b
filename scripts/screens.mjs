// Takes screenshots of every step at phone and desktop width: node scripts/screens.mjs OUTDIR [steps...]
import { serve, launch, openPage, gotoApp } from '../tests/e2e/harness.mjs';
import { mkdirSync } from 'node:fs';

const out = process.argv[2] ?? 'bench/tmp/screens';
const steps = process.argv.slice(3).length ? process.argv.slice(3) : ['role', 'requirements', 'seniority', 'engagement', 'costs'];
mkdirSync(out, { recursive: true });
const server = await serve();
const browser = await launch();
for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 360, height: 780 }]]) {
  const { page, errors, context } = await openPage(browser, null, { viewport });
  for (const step of steps) {
    await gotoApp(page, `${server.url}#/${step}`);
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${out}/${step}-${name}.png`, fullPage: true });
  }
  if (errors.length) console.log(name, 'console errors:', errors);
  await context.close();
}
await browser.close();
await server.close();
console.log('screenshots in', out);
