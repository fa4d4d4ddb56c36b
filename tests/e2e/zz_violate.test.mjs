import { test, before, after } from 'node:test';
import { serve, launch, openPage } from '/work/main/tests/e2e/harness.mjs';
let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });
test('violates', async () => {
  const { page, context } = await openPage(browser, server.url);
  await page.evaluate(() => { const s = document.createElement('script'); s.textContent = '1'; document.head.append(s); });
  await page.waitForTimeout(200);
  await context.close();
});
