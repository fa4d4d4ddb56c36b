// The wizard as a person uses it: typing, choosing, reordering by keyboard,
// reloading and finding every answer kept; recommendations for contrasting founders.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, launch, openPage, gotoApp, expectHeading } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const listOrder = (page, name) =>
  page.locator(`[data-testid=${name}-list] li .req-label`).allInnerTexts();
const focusedLabel = (page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
/** Waits until a list shows `order` and keyboard focus is on the button labelled `focus`. */
async function settled(page, list, order, focus) {
  try {
    await page.waitForFunction(([list, order, focus]) => {
      const labels = [...document.querySelectorAll(`[data-testid=${list}-list] li .req-label`)].map((e) => e.textContent);
      return JSON.stringify(labels) === JSON.stringify(order)
        && document.activeElement?.getAttribute('aria-label') === focus;
    }, [list, order, focus], { timeout: 3000 });
  } catch {
    assert.deepEqual({ order: await listOrder(page, list), focus: await focusedLabel(page) }, { order, focus });
  }
}

test('a founder walks the four steps, reloads, and finds every answer kept', async () => {
  const { page, errors, context } = await openPage(browser, server.url);

  // 1. The role.
  await page.getByLabel('Plan name').fill('Payments platform hire');
  await page.getByLabel('Company or project name').fill('Acme Pay');
  await page.getByLabel('What are you building?').fill('a payments API for online shops');
  await page.getByLabel('The objective: what problem does this hire solve?').fill('Cut checkout latency in half');
  await page.locator('#project-kind-1').check();
  await page.locator('#scale-2').check();
  await page.locator('#need-distributed').check();
  await page.locator('#security-critical').check();
  assert.match(await page.getByTestId('role-fit').locator('h2').innerText(), /A backend developer fits/);
  assert.match(await page.getByTestId('role-fit').innerText(), /distributed architecture/);

  // 2. Requirements: tick, add one of our own with Enter, reorder with the keyboard.
  await page.getByRole('link', { name: /Next: Requirements/ }).click();
  await expectHeading(page, 'Requirements');
  for (const id of ['python', 'postgresql', 'aws']) await page.locator(`#req-${id}`).check();
  // Beyond the first decisions, a category opens on demand and says how many it holds.
  const caching = page.locator('fieldset.category:has(#req-kafka) > details');
  assert.equal(await caching.locator('> summary').innerText(), 'Choose');
  await caching.locator('> summary').click();
  await page.locator('#req-kafka').check();
  assert.equal(await caching.locator('> summary').innerText(), '1 chosen');
  await page.getByLabel('Add a skill or technology of your own').fill('Elixir');
  await page.keyboard.press('Enter');
  assert.deepEqual(await listOrder(page, 'technical'), ['Python', 'PostgreSQL', 'AWS', 'Kafka', 'Elixir']);
  // Adding it twice is refused with a message, and the typed text stays.
  await page.getByLabel('Add a skill or technology of your own').fill('elixir');
  await page.keyboard.press('Enter');
  assert.match(await page.locator('#tech-own-messages').innerText(), /already on the list/);
  assert.equal(await page.getByLabel('Add a skill or technology of your own').inputValue(), 'elixir');

  await page.getByRole('button', { name: 'Move AWS up' }).focus();
  await page.keyboard.press('Enter');
  await settled(page, 'technical', ['Python', 'AWS', 'PostgreSQL', 'Kafka', 'Elixir'], 'Move AWS up');
  await page.keyboard.press('Enter');
  // At the top, "up" is disabled, so focus moves to "down" on the same row.
  await settled(page, 'technical', ['AWS', 'Python', 'PostgreSQL', 'Kafka', 'Elixir'], 'Move AWS down');
  assert.equal(await page.getByRole('button', { name: 'Move AWS up' }).isDisabled(), true);
  assert.equal(await page.getByRole('button', { name: 'Move Elixir down' }).isDisabled(), true);
  await page.getByLabel('Priority of Kafka').selectOption('must');
  await page.getByLabel('Priority of Elixir').selectOption('nice');

  await page.locator('#soft-communication').check();
  await page.locator('#soft-problem_solving').check();
  await page.getByRole('button', { name: 'Move Problem solving up' }).focus();
  await page.keyboard.press('Enter');
  await settled(page, 'soft', ['Problem solving', 'Communication'], 'Move Problem solving down');

  // 3. Seniority: high traffic and security-critical point to senior; the founder overrules.
  await page.getByRole('link', { name: /Next: Seniority/ }).click();
  assert.match(await page.getByTestId('recommendation').locator('h2').innerText(), /Senior \(L3\)/);
  await page.locator('#level-l2').check();

  // 4. Engagement and budget, including a bad value that is kept and explained.
  await page.getByRole('link', { name: /Next: Engagement/ }).click();
  await page.locator('#engagement-kind-3').check();
  await page.getByLabel('Hours a week', { exact: true }).fill('20');
  await page.getByLabel('Horizon (months)').fill('0');
  assert.match(await page.locator('#horizon-messages').innerText(), /at least 1 month/);
  assert.equal(await page.getByLabel('Horizon (months)').getAttribute('aria-invalid'), 'true');
  assert.match(await page.locator('nav a[href="#/engagement"]').innerText(), /needs attention/);
  await page.getByLabel('Horizon (months)').fill('6');
  await page.getByLabel('Monthly budget (USD, optional)').fill('5000');
  await page.getByLabel('Where is the hire based?').selectOption('br');
  await page.getByLabel('Target start date (optional)').fill('2031-02-01');
  await page.locator('#workplace-1').check();
  assert.doesNotMatch(await page.locator('nav a[href="#/engagement"]').innerText(), /needs attention/);

  // Reload: everything is still there.
  await page.waitForFunction(() => document.querySelector('[data-testid=save-status]').textContent.includes('Saved'));
  await page.reload();
  await page.waitForSelector('.app-header');
  await gotoApp(page, server.url + '#/role');
  assert.equal(await page.getByLabel('Plan name').inputValue(), 'Payments platform hire');
  assert.equal(await page.getByLabel('Company or project name').inputValue(), 'Acme Pay');
  assert.equal(await page.getByLabel('The objective: what problem does this hire solve?').inputValue(), 'Cut checkout latency in half');
  assert.equal(await page.locator('#project-kind-1').isChecked(), true);
  assert.equal(await page.locator('#scale-2').isChecked(), true);
  assert.equal(await page.locator('#need-distributed').isChecked(), true);
  assert.equal(await page.locator('#security-critical').isChecked(), true);

  await gotoApp(page, server.url + '#/requirements');
  assert.deepEqual(await listOrder(page, 'technical'), ['AWS', 'Python', 'PostgreSQL', 'Kafka', 'Elixir']);
  assert.equal(await page.getByLabel('Priority of Kafka').inputValue(), 'must');
  assert.equal(await page.getByLabel('Priority of Elixir').inputValue(), 'nice');
  assert.deepEqual(await listOrder(page, 'soft'), ['Problem solving', 'Communication']);

  await gotoApp(page, server.url + '#/seniority');
  assert.equal(await page.locator('#level-l2').isChecked(), true);
  assert.equal(await page.locator('#level-follow').isChecked(), false);

  await gotoApp(page, server.url + '#/engagement');
  assert.equal(await page.locator('#engagement-kind-3').isChecked(), true);
  assert.equal(await page.getByLabel('Hours a week', { exact: true }).inputValue(), '20');
  assert.equal(await page.getByLabel('Horizon (months)').inputValue(), '6');
  assert.equal(await page.getByLabel('Monthly budget (USD, optional)').inputValue(), '5000');
  assert.equal(await page.getByLabel('Where is the hire based?').inputValue(), 'br');
  assert.equal(await page.getByLabel('Target start date (optional)').inputValue(), '2031-02-01');
  assert.equal(await page.locator('#workplace-1').isChecked(), true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('what was typed is kept even while it is invalid', async () => {
  const { page, context } = await openPage(browser, server.url + '#/engagement');
  await page.getByLabel('Horizon (months)').fill('two years');
  assert.match(await page.locator('#horizon-messages').innerText(), /whole months/);
  await page.reload();
  await page.waitForSelector('.app-header');
  assert.equal(await page.getByLabel('Horizon (months)').inputValue(), 'two years');
  assert.match(await page.locator('#horizon-messages').innerText(), /whole months/);
  await context.close();
});

async function recommendationFor(setup) {
  const { page, context } = await openPage(browser, server.url + '#/role');
  await setup(page);
  await gotoApp(page, server.url + '#/seniority');
  const text = await page.getByTestId('recommendation').innerText();
  await context.close();
  return text;
}

test('three contrasting founders get different recommendations, each with reasons', async () => {
  // A founder with a strong team and clearly defined work: junior.
  const mentor = await recommendationFor(async (page) => {
    await gotoApp(page, server.url + '#/seniority');
    await page.locator('#mentoring-2').check();
    await page.locator('#complexity-0').check();
  });
  assert.match(mentor, /Recommended: Junior \(L1\)/);
  assert.match(mentor, /Your team can mentor/);
  assert.match(mentor, /Clearly defined work/);

  // A solo founder with an MVP on a growing platform: mid-level.
  const solo = await recommendationFor(async (page) => {
    await page.locator('#scale-1').check();
    await gotoApp(page, server.url + '#/seniority');
    await page.locator('#mentoring-0').check();
  });
  assert.match(solo, /Recommended: Mid-level \(L2\)/);
  assert.match(solo, /junior developer cannot contribute meaningfully/);
  assert.match(solo, /MVP builds and growing platforms/);

  // A fintech founder who needs someone to lead a security-critical architecture: senior.
  const fintech = await recommendationFor(async (page) => {
    await page.locator('#security-critical').check();
    await gotoApp(page, server.url + '#/seniority');
    await page.locator('#leads-architecture').check();
  });
  assert.match(fintech, /Recommended: Senior \(L3\)/);
  assert.match(fintech, /Leading architecture/);
  assert.match(fintech, /Security-critical environments/);
  assert.match(fintech, /\(Toptal, June 2026\)/);
});

test('the whole wizard works from the keyboard alone, from the first step to the exported file', async () => {
  const { page, context, errors } = await openPage(browser, server.url);
  const active = (selector) => page.evaluate((s) => !!document.activeElement?.matches(s), selector);
  /** Presses Tab (only Tab) until the focus is on `selector`. */
  async function tabTo(selector, max = 400) {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      if (await active(selector)) return;
    }
    assert.fail(`Tab never reached ${selector}`);
  }
  /** Tabs to the Next link, presses Enter and checks the new step has the focus. */
  async function next(title) {
    await tabTo('a.button.primary[href^="#/"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction((t) => document.querySelector('h1')?.textContent === t, title);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main', title);
  }

  // The role: type, and pick a radio with the arrow keys.
  await tabTo('#plan-name');
  await page.keyboard.type('Keyboard plan');
  await tabTo('#product');
  await page.keyboard.type('A payments API');
  await tabTo('[name=scale]');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.locator('#scale-1').isChecked(), true);
  // A visible focus ring.
  assert.notEqual(await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle), 'none');
  await next('Requirements');

  // Space ticks a skill; its Move button reorders it.
  await tabTo('#req-go');
  await page.keyboard.press('Space');
  await tabTo('#req-postgresql');
  await page.keyboard.press('Space');
  assert.deepEqual(await listOrder(page, 'technical'), ['Go', 'PostgreSQL']);
  await tabTo('[aria-label="Move PostgreSQL up"]');
  await page.keyboard.press('Enter');
  await settled(page, 'technical', ['PostgreSQL', 'Go'], 'Move PostgreSQL down');
  await next('Seniority');

  await tabTo('[name=level]');
  await page.keyboard.press('ArrowDown');
  const level = await page.locator('[name=level]:checked').getAttribute('id');
  assert.notEqual(level, 'level-follow');
  await next('Engagement & budget');

  await tabTo('#horizon');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('9');
  await page.keyboard.press('Tab');
  // A select changes with the arrow keys and keeps the focus.
  await tabTo('#hire-country');
  const home = await page.locator('#hire-country').inputValue();
  await page.keyboard.press('ArrowDown');
  assert.notEqual(await page.locator('#hire-country').inputValue(), home);
  assert.equal(await active('#hire-country'), true, 'the select keeps the focus');
  await next('Costs');

  // The decision first; a section opens with Enter on its heading, and its table sorts with
  // Enter on a header button.
  await tabTo('button.choose');
  await tabTo('[data-testid=more-routes] > summary');
  await page.keyboard.press('Enter');
  await tabTo('[data-testid=table-routes] th button');
  const sortBefore = await page.locator('[data-testid=table-routes] th').first().getAttribute('aria-sort');
  await page.keyboard.press('Enter');
  assert.notEqual(await page.locator('[data-testid=table-routes] th').first().getAttribute('aria-sort'), sortBefore);
  await next('Job description');

  await tabTo('textarea');
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Written from the keyboard.');
  await page.keyboard.press('Tab');
  await next('Interviews & timeline');

  await tabTo('button[aria-describedby=stage-limit]');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('[data-testid=loop] .stage').count(), 4);
  await next('Candidates & offer');

  // A candidate added from the keyboard.
  await tabTo('#candidate-name');
  await page.keyboard.type('Keyboard Candidate');
  await page.keyboard.press('Enter');
  await page.locator('li.candidate h3', { hasText: 'Keyboard Candidate' }).waitFor();
  await next('Share');

  // Export with Enter: the file holds everything done above.
  await tabTo('[data-testid=export-plan]');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const file = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(file.plan.name, 'Keyboard plan');
  assert.equal(file.plan.role.product, 'A payments API');
  assert.deepEqual(file.plan.requirements.map((r) => r.label), ['PostgreSQL', 'Go']);
  assert.equal(file.plan.engagement.horizon_months, '9');
  assert.notEqual(file.plan.engagement.hire_country ?? 'none', home);
  assert.match(Object.values(file.plan.job_ad.edits).map((e) => e.text).join(' '), /Written from the keyboard\.$/);
  assert.equal(file.plan.interviews.stages.length, 4);
  assert.deepEqual(errors, []);
  await context.close();
});
