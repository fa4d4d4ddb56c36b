// The job description: drafted from the plan, edits kept when the plan changes, checks that
// point at the text, copy and download.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, launch, openPage, gotoApp } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function planned(page) {
  await gotoApp(page, server.url + '#/role');
  await page.getByLabel('Company or project name').fill('Acme Pay');
  await page.getByLabel('What are you building?').fill('a payments API');
  await page.locator('#scale-2').check();
  await gotoApp(page, server.url + '#/requirements');
  await page.locator('#req-go').check();
  await page.locator('#req-postgresql').check();
  await gotoApp(page, server.url + '#/job-description');
}

test('the draft follows the plan; an edit is kept when the plan changes', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await planned(page);
  assert.equal(await page.locator('#ad-title').inputValue(), 'Senior Backend Developer for High-traffic API Systems (Remote)');
  assert.equal(await page.locator('#ad-about').inputValue(), 'Acme Pay is building a payments API.');
  assert.match(await page.locator('#ad-requirements').inputValue(), /- Production experience with Go\n- Production experience with PostgreSQL/);
  // A range from the cost model: Indeed's senior average ±10% (not $115,000 × 1.64 = $188,600).
  assert.match(await page.locator('#ad-pay').inputValue(), /^\$134,100 – \$163,900 a year, around \$149,000 \(Indeed, early 2026\)/);

  await page.locator('#ad-about').fill('Acme Pay moves money for 11,000 online shops.');
  await gotoApp(page, server.url + '#/role');
  await page.getByLabel('What are you building?').fill('a payouts API');
  await gotoApp(page, server.url + '#/job-description');
  // The edit is kept; the section says the draft moved on and shows it.
  assert.equal(await page.locator('#ad-about').inputValue(), 'Acme Pay moves money for 11,000 online shops.');
  assert.match(await page.getByTestId('stale-about').innerText(), /Acme Pay is building a payouts API\./);
  // Untouched sections follow the plan.
  assert.equal(await page.locator('#ad-title').inputValue(), 'Senior Backend Developer for High-traffic API Systems (Remote)');
  await page.getByRole('button', { name: 'Keep my text' }).click();
  assert.equal(await page.getByTestId('stale-about').count(), 0);

  await page.waitForFunction(() => document.querySelector('[data-testid=save-status]').textContent.includes('Saved'));
  await page.reload();
  await page.waitForSelector('#ad-about');
  assert.equal(await page.locator('#ad-about').inputValue(), 'Acme Pay moves money for 11,000 online shops.');
  // Back to the draft removes the edit.
  await page.locator('.ad-section[data-section=about]').getByRole('button', { name: 'Back to the draft' }).click();
  assert.equal(await page.locator('#ad-about').inputValue(), 'Acme Pay is building a payouts API.');
  assert.deepEqual(errors, []);
  await context.close();
});

test('checks point at the words and explain the fix', async () => {
  const { page, context } = await openPage(browser, server.url);
  await planned(page);
  await page.locator('#ad-about').fill('We want a rockstar engineer. Free beer!');
  await page.locator('#ad-requirements').fill('- 15 years of experience with Kubernetes');
  const slang = page.locator('.hit[data-rule=silly-titles]');
  assert.match(await slang.innerText(), /rockstar/);
  assert.match(await slang.innerText(), /Fix: Name the level and the skill/);
  assert.match(await page.locator('.hit[data-rule=years-beyond-age]').innerText(), /Kubernetes was released in 2014/);
  assert.match(await page.locator('.hit[data-rule=hollow-benefits]').innerText(), /beer/i);
  await slang.getByRole('button', { name: 'Show in the text' }).click();
  const sel = await page.locator('#ad-about').evaluate((t) => [document.activeElement === t, t.value.slice(t.selectionStart, t.selectionEnd)]);
  assert.deepEqual(sel, [true, 'rockstar']);
  // Removing the pay is the worst problem of all.
  await page.locator('#ad-pay').fill('Competitive.');
  const pay = page.locator('.hit[data-rule=missing-salary]');
  assert.match(await pay.innerText(), /^No pay range/);
  assert.equal(await page.locator('[data-testid=hits-error] .hit[data-rule=missing-salary]').count(), 1, 'grouped under To fix');
  assert.match(await pay.innerText(), /Developers routinely skip listings that hide compensation/);
  await context.close();
});

test('a bad ad is caught, and "use this wording" swaps the word and clears the finding', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await planned(page);
  await page.locator('#ad-about').fill('Hey guys! Our chairman wants a backend ninja who knows Javascript and can hit the ground running. No drama.');
  const hit = (rule) => page.locator(`.hit[data-rule=${rule}]`);
  for (const rule of ['gendered-pronouns', 'gendered-nouns', 'silly-titles', 'tech-spelling', 'new-starter', 'reassure']) {
    await hit(rule).first().waitFor();
  }
  assert.match(await page.getByTestId('hits-warning').innerText(), /Gendered noun/);
  // One click swaps the word in the text, keeping its case.
  await hit('gendered-nouns').getByRole('button', { name: 'Use “chair”' }).click();
  await page.waitForFunction(() => document.querySelector('#ad-about').value.includes('Our chair wants'));
  await hit('gendered-nouns').waitFor({ state: 'detached' });
  await hit('tech-spelling').getByRole('button', { name: 'Use “JavaScript”' }).click();
  await page.waitForFunction(() => document.querySelector('#ad-about').value.includes('knows JavaScript'));
  await hit('tech-spelling').waitFor({ state: 'detached' });
  await hit('gendered-pronouns').getByRole('button', { name: 'Use “everyone”' }).click();
  await page.waitForFunction(() => document.querySelector('#ad-about').value.startsWith('Hey everyone!'));
  // A technical word is not counted, and the page says so.
  await page.locator('#ad-project').fill('You will own the business logic and the persistence layer.');
  const notCounted = page.getByTestId('not-counted');
  await notCounted.locator('summary').click();
  assert.match(await notCounted.innerText(), /logic .*technical sense: “business logic”/);
  assert.match(await page.getByTestId('balance').innerText(), /0 masculine-coded/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a must-have with no stage to test it, and a question on a protected topic, are named with a link', async () => {
  const { page, context } = await openPage(browser, server.url);
  await planned(page);
  await gotoApp(page, server.url + '#/interviews');
  await page.getByLabel('Add a question of your own').fill('Do you have children?');
  await page.keyboard.press('Enter');
  assert.match(await page.getByTestId('question-topic').innerText(), /protected topic: family plans/);
  await gotoApp(page, server.url + '#/job-description');
  const q = page.locator('.hit[data-rule=question-family]');
  assert.match(await q.innerText(), /Ask instead/);
  assert.equal(await q.getByRole('link', { name: 'Fix it there' }).getAttribute('href'), '#/interviews');
  await context.close();
});

test('copy as Markdown and download each format', async () => {
  const { page, context } = await openPage(browser, server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await planned(page);
  await page.locator('#ad-about').fill('Acme <script>alert(1)</script> & *friends*');
  await page.getByTestId('copy-markdown').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=export-status]').textContent.includes('Copied'));
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(clip, /^# Senior Backend Developer for High-traffic API Systems \(Remote\)\n/);
  assert.match(clip, /Acme \\<script\\>alert\(1\)\\<\/script\\> & \\\*friends\\\*/);

  for (const [id, ext, check] of [
    ['download-md', 'md', /## What you bring\n\n- Production experience with Go/],
    ['download-txt', 'txt', /What you bring\n-+\n- Production experience with Go/],
    ['download-html', 'html', /<li>Production experience with Go<\/li>/],
  ]) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(id).click()]);
    assert.match(download.suggestedFilename(), new RegExp(`^senior-backend-developer-for-high-traffic.*\\.${ext}$`));
    const body = await readFile(await download.path(), 'utf8');
    assert.match(body, check, ext);
    if (ext === 'html') {
      assert.doesNotMatch(body, /<script>/);
      assert.match(body, /&lt;script&gt;/);
    }
  }
  await context.close();
});

test('a young, dynamic team and a native German speaker: two findings, each with its reason, the law and a rewrite', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await planned(page);
  // The planner's own draft has no discrimination risk.
  assert.equal(await page.getByTestId('hit-law').count(), 0);
  await page.locator('#ad-about').fill('We are a young, dynamic team. Native German speaker required.');
  const age = page.locator('.hit[data-rule=age]');
  const origin = page.locator('.hit[data-rule=origin-language]');
  await origin.waitFor();
  assert.equal(await age.count(), 1);
  assert.equal(await origin.count(), 1);
  assert.equal(await page.getByTestId('hit-law').count(), 2, 'flagged twice');
  assert.match(await age.innerText(), /young, dynamic/);
  assert.match(await age.innerText(), /older applicants/);
  assert.match(await age.innerText(), /The law: Germany: AGG/);
  assert.match(await age.innerText(), /ADEA/);
  assert.match(await origin.innerText(), /where they were born/);
  assert.match(await origin.innerText(), /Equality Act 2010/);
  // The rewrite: fluent in German.
  await origin.getByRole('button', { name: 'Use \u201cfluent in German\u201d' }).click();
  assert.equal(await page.locator('#ad-about').inputValue(), 'We are a young, dynamic team. Fluent in German required.');
  assert.equal(await page.locator('.hit[data-rule=origin-language]').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
