// Interviews and timeline: the loop adapts and can be edited; the timeline moves with the start
// date and the route chosen on Costs; the scorecard follows the must-haves and prints on its own.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, gotoApp, expectHeading, openSections } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const stageTitles = (page) => page.locator('[data-testid=loop] .stage input[type=text]').evaluateAll((els) => els.map((e) => e.value));

test('the loop adapts to the level and can be edited', async () => {
  const { page, errors, context } = await openPage(browser, server.url + '#/interviews');
  assert.deepEqual(await stageTitles(page), ['Technical phone screen', 'Take-home exercise', 'Reference checks']);
  // Each recommended length says where it comes from: a source, or an assumption.
  const bases = await page.locator('[data-testid=loop] .minutes-basis').allInnerTexts();
  assert.equal(bases.length, 3);
  assert.match(bases[0], /Length: The source: 20 to 30 minutes/);
  assert.match(bases[2], /^Assumption/);
  await gotoApp(page, server.url + '#/seniority');
  await page.locator('#level-l3').check();
  await gotoApp(page, server.url + '#/interviews');
  assert.deepEqual(await stageTitles(page), ['Technical phone screen', 'Take-home exercise', 'System design interview', 'Reference checks']);
  await page.getByRole('button', { name: 'Move Reference checks up' }).click();
  await page.getByRole('button', { name: 'Remove Take-home exercise' }).click();
  await page.getByRole('button', { name: 'Add a stage' }).click();
  await page.locator('#stage-minutes-0').fill('30');
  await page.locator('#stage-minutes-0').press('Enter');
  assert.deepEqual(await stageTitles(page), ['Technical phone screen', 'Reference checks', 'System design interview', 'New stage']);
  assert.match(await page.getByTestId('loop').innerText(), /4 stages, about 2\.5 hours/);
  await page.getByRole('button', { name: 'Back to the recommended loop' }).click();
  assert.equal((await stageTitles(page)).length, 4);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the timeline moves with the start date and the route, and flags dates too soon', async () => {
  const { page, context } = await openPage(browser, server.url + '#/engagement');
  await page.getByLabel('Target start date (optional)').fill('2031-03-03');
  await gotoApp(page, server.url + '#/interviews/timeline');
  // The target date, and how the route's time fits before it.
  assert.match(await page.getByTestId('start-work').innerText(), /^The hire starts work on Monday 3 March 2031, your target start date \(42 days to find and hire, then 28 days of notice fit before it\)/);
  let list = await page.getByTestId('timeline-list').innerText();
  assert.match(await page.locator('[data-testid=timeline] > p.help').last().innerText(), /a share to posting and sourcing, the rest evenly across the later steps\) is an assumption you can change on the Costs step/);
  // Job boards: 6 weeks of hiring and 4 weeks of notice before 3 March 2031.
  assert.match(list, /Post the job and source candidates: Mon 23 Dec 2030/);
  assert.match(list, /Notice period: Mon 3 Feb 2031 → Mon 3 Mar 2031/);
  const chartBefore = await page.getByTestId('chart-timeline').innerHTML();

  // The timeline follows the route chosen on Costs (issue 28): Toptal, for a contractor.
  await gotoApp(page, server.url + '#/engagement');
  await page.locator('#engagement-kind-1').check();
  await gotoApp(page, server.url + '#/costs');
  await openSections(page, 'more-notes');
  await page.locator('[data-testid=route-notes] li[data-route="channel:toptal"]').getByRole('button', { name: 'Go with this route' }).click();
  await gotoApp(page, server.url + '#/interviews/timeline');
  list = await page.getByTestId('timeline-list').innerText();
  assert.match(list, /Toptal matches and you hire: Mon 24 Feb 2031 → Wed 26 Feb 2031/);
  assert.match(list, /No-risk trial: Mon 3 Mar 2031 → Mon 17 Mar 2031/);
  assert.notEqual(await page.getByTestId('chart-timeline').innerHTML(), chartBefore);

  // Back to an employee: Toptal is dropped, and the job boards are the default again. A start
  // date next week is too soon for them: flagged with a fix.
  const soon = new Date(Date.now() + 7 * 86400000).toISOString().slice(0, 10);
  await gotoApp(page, server.url + '#/engagement');
  await page.locator('#engagement-kind-0').check();
  await page.getByLabel('Target start date (optional)').fill(soon);
  await gotoApp(page, server.url + '#/interviews/timeline');
  assert.match(await page.getByTestId('timeline-route').innerText(), /No route chosen yet/);
  assert.match(await page.getByTestId('timeline-flag').innerText(), /too soon for this route.*vetted platform/);
  await context.close();
});

test('the scorecard follows the must-haves and prints on its own', async () => {
  const { page, context } = await openPage(browser, server.url + '#/requirements');
  await page.locator('#req-go').check();
  // Caching and messaging is not a first decision: it opens on demand.
  await page.locator('fieldset.category:has(#req-kafka) > details > summary').click();
  await page.locator('#req-kafka').check();
  await page.locator('#soft-communication').check();
  await gotoApp(page, server.url + '#/interviews');
  assert.match(await page.getByTestId('stage-assesses').textContent(), /Walk me through a recent project/);
  await page.getByLabel('Add a question of your own').fill('Tell us about an outage you handled.');
  await page.keyboard.press('Enter');
  assert.match(await page.getByTestId('own-question').innerText(), /Your question: Tell us about an outage you handled\./);
  await gotoApp(page, server.url + '#/interviews/kit');
  const rows = await page.locator('[data-testid=scorecard] tbody th').allTextContents();
  assert.deepEqual(rows, ['Go', 'Communication']);
  // The print view of the scorecard alone.
  await page.evaluate(() => document.body.classList.add('print-scorecard'));
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.step-nav').isVisible(), false);
  assert.equal(await page.getByTestId('loop').isVisible(), false);
  assert.equal(await page.getByTestId('scorecard').isVisible(), true);
  if (process.env.SCREENSHOT_DIR) {
    await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/scorecard-print.png`, fullPage: true });
  }
  await context.close();
});

test('the whole plan prints as one document', async () => {
  const { page, errors, context } = await openPage(browser, server.url + '#/role');
  await page.getByLabel('Plan name').fill('Printed plan');
  await page.locator('#need-distributed').check();
  await gotoApp(page, server.url + '#/share');
  // Record what the page holds when the print dialog would open.
  await page.evaluate(() => {
    window.print = () => {
      window.__printed = {
        title: document.querySelector('.print-title')?.textContent,
        steps: [...document.querySelectorAll('.print-all h1')].map((h) => h.textContent),
        charts: document.querySelectorAll('.print-all .chart svg').length,
        // What opens on demand prints in full: every section and every view open.
        closed: document.querySelectorAll('.print-all details:not([open])').length,
        hidden: [...document.querySelectorAll('.print-all .view')].filter((v) => v.offsetHeight === 0).length,
      };
    };
  });
  await page.getByTestId('print-plan').click();
  await page.waitForFunction(() => window.__printed);
  const printed = await page.evaluate(() => window.__printed);
  assert.equal(printed.title, 'Printed plan');
  assert.deepEqual(printed.steps, ['The role', 'Requirements', 'Seniority', 'Engagement & budget', 'Costs', 'Job description', 'Interviews & timeline']);
  // Costs: routes, time to hire, over time; the timeline.
  assert.ok(printed.charts >= 4, `${printed.charts} charts`);
  assert.equal(printed.closed, 0, 'a section left closed in print');
  assert.equal(printed.hidden, 0, 'a view left hidden in print');
  if (process.env.SCREENSHOT_DIR) {
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/whole-plan-print.png`, fullPage: true });
    // pdf() runs the print lifecycle itself, afterprint included.
    await page.pdf({ path: `${process.env.SCREENSHOT_DIR}/whole-plan.pdf` });
    await page.emulateMedia({ media: 'screen' });
  }
  // When printing ends, the planner is back on the step it was on.
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.waitForFunction(() => !document.querySelector('[data-testid=print-all]'));
  await expectHeading(page, 'Share');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the loop and the own questions stop at their limits with a reason, keeping what was typed', async () => {
  const { page, errors, context } = await openPage(browser, server.url + '#/interviews');
  const add = page.getByRole('button', { name: 'Add a stage' });
  while (await add.isEnabled()) await add.click();
  assert.equal((await stageTitles(page)).length, 20);
  assert.equal(await page.locator('#stage-limit').innerText(), 'Up to 20 stages.');
  const field = page.getByLabel('Add a question of your own');
  for (let i = 1; i <= 30; i++) {
    await field.fill(`Question ${i}?`);
    await field.press('Enter');
  }
  assert.equal(await page.locator('.questions li.own').count(), 30);
  await field.fill('One too many?');
  await field.press('Enter');
  assert.match(await page.locator('#own-question-messages').innerText(), /30 questions of your own, the most a plan holds/);
  assert.equal(await field.inputValue(), 'One too many?');
  assert.equal(await page.locator('.questions li.own').count(), 30);
  // Removing one makes room, and the message goes.
  await page.getByRole('button', { name: 'Remove your question: Question 1?' }).click();
  assert.equal(await page.locator('#own-question-messages').innerText(), '');
  await field.press('Enter');
  assert.equal(await page.locator('.questions li.own').count(), 30);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the kit: each stage says what it assesses, questions move between stages, a gap is flagged, and the brief downloads', async () => {
  const { page, errors, context } = await openPage(browser, server.url + '#/requirements');
  await page.locator('#req-go').check();
  await page.locator('#req-postgresql').check();
  await gotoApp(page, server.url + '#/interviews');
  const assesses = page.getByTestId('stage-assesses');
  assert.match(await assesses.textContent(), /Go/);
  assert.equal(await page.getByTestId('unassessed').count(), 0);
  // Move the first question to the last stage with the one mover: it is listed there.
  const first = await page.locator('#move-which option').first().textContent();
  const question = first.split(': ').slice(1).join(': ');
  const stages = await page.locator('#move-to option').count();
  await page.getByLabel('to the stage').selectOption(String(stages - 1));
  await page.getByRole('button', { name: 'Move it' }).click();
  await page.waitForFunction((q) => {
    const last = [...document.querySelectorAll('[data-testid=stage-assesses] > li')].pop();
    return last.textContent.includes(q);
  }, question);
  // A loop of references only assesses no technical must-have: flagged.
  while (await page.getByRole('button', { name: /^Remove / }).count() > 1) {
    await page.getByRole('button', { name: /^Remove / }).first().click();
  }
  await page.getByTestId('unassessed').waitFor();
  assert.match(await page.getByTestId('unassessed').innerText(), /Go, PostgreSQL/);
  // The take-home brief, in the kit's view: the stack, the time box, how it is marked.
  await gotoApp(page, server.url + '#/interviews/kit');
  const brief = await page.getByTestId('take-home').locator('pre').textContent();
  assert.match(brief, /Go, PostgreSQL/);
  assert.match(brief, /2 to 4 hours/);
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId('take-home-txt').click()]);
  assert.equal(d.suggestedFilename(), 'take-home-brief.txt');
  const text = await (await import('node:fs/promises')).readFile(await d.path(), 'utf8');
  assert.ok(text.startsWith('Take-home exercise') && !text.includes('**'), text.slice(0, 80));
  assert.match(await page.getByTestId('reference-call').locator('pre').textContent(), /Were deadlines met/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an own question is asked at the stage chosen, moves, and is in the guide; runtime questions name Go', async () => {
  const { page, errors, context } = await openPage(browser, server.url + '#/requirements');
  await page.locator('#req-go').check();
  await page.locator('#req-postgresql').check();
  await gotoApp(page, server.url + '#/interviews');
  const stages = page.locator('[data-testid=stage-assesses] > li');
  // With Go as a must-have, the runtime questions are Go's, and say they are adapted.
  const all = await page.getByTestId('stage-assesses').textContent();
  assert.match(all, /How does Go's garbage collector work/);
  assert.match(all, /goroutines and channels/);
  assert.ok(!/Java or Python/.test(all), 'no question about another language');
  assert.ok(await page.getByTestId('adapted').count() >= 2);
  // A question of one's own, at the second stage.
  await page.getByLabel('Add a question of your own').fill('How would you shard our payments table?');
  await page.getByLabel('asked at the stage').selectOption('1');
  await page.getByTestId('add-question').getByRole('button', { name: 'Add' }).click();
  await stages.nth(1).getByTestId('own-question').waitFor();
  assert.match(await stages.nth(1).getByTestId('own-question').textContent(), /Your question: How would you shard our payments table\?/);
  assert.equal(await stages.nth(0).getByTestId('own-question').count(), 0);
  // It moves like the others.
  const options = await page.locator('#move-which option').allTextContents();
  const mine = options.findIndex((o) => o.includes('How would you shard'));
  assert.ok(mine >= 0, 'listed in the mover');
  await page.locator('#move-which').selectOption(String(mine));
  await page.getByLabel('to the stage').selectOption('0');
  await page.getByRole('button', { name: 'Move it' }).click();
  await stages.nth(0).getByTestId('own-question').waitFor();
  // In the guide, and in its Markdown export.
  await gotoApp(page, server.url + '#/interviews/kit');
  const guide = await page.getByTestId('interview-guide').locator('pre').textContent();
  assert.match(guide, /- How would you shard our payments table\? \(your own question\)/);
  assert.match(guide, /Adapted to your plan from a question in/);
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId('interview-guide-md').click()]);
  const md = await (await import('node:fs/promises')).readFile(await d.path(), 'utf8');
  assert.ok(md.indexOf('How would you shard') < md.indexOf('## 2.'), 'under the first stage');
  assert.deepEqual(errors, []);
  await context.close();
});
