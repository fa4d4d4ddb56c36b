// The founder's choice of route carries through the plan (issue 28): chosen on Costs with one
// control, shown in the summary, followed by the timeline, the trial, the offer and the job
// description; carried by a share link and an export; dropped with a reason when the
// engagement no longer has it. Before a choice, each later step says so and names its default.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, launch, openPage, gotoApp, expectHeading, stepLoaded, openSections, chooseRoute } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const FIXTURES = new URL('../../core/tests/fixtures/', import.meta.url).pathname;

const saved = (page) => page.waitForFunction(() =>
  document.querySelector('[data-testid=save-status]')?.textContent === 'Saved in this browser');

/** A full-time contractor plan (Toptal and RocketDevs sell contractors). */
async function contractor(page) {
  await gotoApp(page, server.url + '#/engagement');
  await page.locator('#engagement-kind-1').check();
}

const choose = (page, key) => chooseRoute(page, server.url, key);

const text = async (page, id) => (await page.getByTestId(id).innerText()).replace(/\s+/g, ' ');

test('choosing Toptal on Costs makes every later step follow it, on its own terms', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await contractor(page);
  await choose(page, 'channel:toptal');
  assert.match(await text(page, 'costs-chosen'), /You are going with Toptal/);
  // A runner-up, at most one, kept to compare.
  const rocket = page.locator('[data-testid=route-notes] li[data-route="channel:rocketdevs"]');
  await rocket.getByRole('button', { name: 'Keep as runner-up' }).click();
  await page.getByTestId('costs-runner-up').filter({ hasText: 'RocketDevs' }).waitFor();
  const lemon = page.locator('[data-testid=route-notes] li[data-route="channel:lemon"]');
  await lemon.getByRole('button', { name: 'Keep as runner-up' }).click();
  await page.getByTestId('costs-runner-up').filter({ hasText: 'Lemon.io' }).waitFor();
  assert.doesNotMatch(await text(page, 'costs-runner-up'), /RocketDevs/);

  // The timeline: Toptal's own time to hire from the data, 2 days; no radio of its own.
  await gotoApp(page, server.url + '#/interviews/timeline');
  await expectHeading(page, 'Interviews & timeline');
  assert.match(await text(page, 'timeline-route'), /Your route: Toptal/);
  const timeline = await text(page, 'timeline-list');
  assert.match(timeline, /Toptal matches and you hire/);
  assert.match(timeline, /about 2 days to hire/);
  assert.doesNotMatch(timeline, /Post the job/);
  assert.equal(await page.locator('input[name=route]').count(), 0, 'the separate route radio is gone');
  // The runner-up is a what-if that says it differs.
  assert.match(await text(page, 'timeline-what-if'), /What if you went with your runner-up, Lemon\.io: the hire would start on .*differs from your route/);

  // The trial: Toptal's "up to two weeks", billed only if you continue, with its source.
  await gotoApp(page, server.url + '#/hire');
  await expectHeading(page, 'Candidates & offer');
  const trial = await text(page, 'trial-terms');
  assert.match(trial, /Trial through Toptal: up to 14 days/);
  assert.match(trial, /up to two weeks/);
  assert.doesNotMatch(trial, /probation/i);
  // The offer: a weekly or hourly rate, checked against $2,000 to $3,200 a week, its source named.
  const bases = await page.locator('#offer-basis option').evaluateAll((os) => os.map((o) => o.value));
  assert.deepEqual(bases, ['weekly', 'hourly']);
  assert.equal(await page.locator('#offer-basis').inputValue(), 'weekly');
  await page.locator('#offer-pay').fill('2500');
  await page.getByTestId('offer-pay-check').filter({ hasText: 'Within' }).waitFor();
  const check = await text(page, 'offer-pay-check');
  assert.match(check, /\$2,000 – \$3,200 a week/);
  assert.match(check, /Toptal's rate for a full-time week \(.*2026\)/);
  await page.locator('#offer-pay').fill('4000');
  await page.getByTestId('offer-pay-check').filter({ hasText: 'Above' }).waitFor();
  assert.match(await text(page, 'offer-summary'), /Rate:\*\* \$4,000 a week .*Trial:\*\* Toptal's terms: up to 14 days, billed only if you continue/);

  // The job description: a brief for Toptal's matcher, exportable like the ad.
  await gotoApp(page, server.url + '#/job-description');
  const brief = (await text(page, 'matcher-brief')).replace(/\*\*/g, '');
  assert.match(brief, /Brief for Toptal's matcher/);
  for (const part of ['Must-haves', 'Level:', 'Engagement: Full-time contractor', 'Time zones:', 'Start date:', 'Budget:']) {
    assert.ok(brief.includes(part), `${part} in ${brief}`);
  }
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('brief-md').click()]);
  assert.match(await readFile(await download.path(), 'utf8'), /^# Brief for Toptal's matcher/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('with the default employee plan and no choice, each later step says so and names its default', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await gotoApp(page, server.url + '#/hire');
  await expectHeading(page, 'Candidates & offer');
  const line = page.getByTestId('trial-route');
  assert.match(await line.innerText(), /No route chosen yet/);
  assert.equal(await line.getByRole('link', { name: 'Choose a route on Costs' }).getAttribute('href'), '#/costs');
  // The trial is not a platform's: an employee's probation, an assumption the founder sets.
  const trial = await text(page, 'trial-terms');
  assert.match(trial, /probation period, not a platform's trial/);
  assert.match(trial, /default while no route is chosen/);
  assert.doesNotMatch(trial, /RocketDevs|Toptal|Turing/);
  await page.locator('#probation-days').fill('90');
  await page.locator('#probation-days').dispatchEvent('change');
  await page.getByTestId('trial-plan').filter({ hasText: 'Probation period' }).waitFor();
  // The offer asks for a yearly salary.
  const bases = await page.locator('#offer-basis option').evaluateAll((os) => os.map((o) => o.value));
  assert.deepEqual(bases, ['yearly']);
  assert.match(await text(page, 'offer-basis-why'), /No route chosen: pay as a yearly salary, the default/);
  await page.locator('#offer-pay').fill('100000');
  await page.getByTestId('offer-pay-check').filter({ hasText: 'a year' }).waitFor();
  assert.match(await text(page, 'offer-pay-check'), /the default while no route is chosen/);
  // The timeline and the job description say the same, and name their default.
  await gotoApp(page, server.url + '#/interviews/timeline');
  assert.match(await text(page, 'timeline-route'), /No route chosen yet\. The timeline below is laid out for the job boards, the default/);
  await gotoApp(page, server.url + '#/job-description');
  assert.match(await text(page, 'job-ad-route'), /No route chosen yet\. Below is the public posting, the default/);
  assert.equal(await page.getByTestId('matcher-brief').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a share link and an export carry the choice, and an older plan file still imports', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await contractor(page);
  await choose(page, 'channel:toptal');
  await saved(page);
  await gotoApp(page, server.url + '#/share');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-plan').click()]);
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.ok(exported.version >= 5, `a file of schema 5 or later, not ${exported.version}`);
  assert.equal(exported.plan.route.chosen, 'channel:toptal');
  const link = await page.locator('#share-link').inputValue();
  // The share link, in a fresh browser: the choice is there, on Costs and later.
  const fresh = await openPage(browser, link);
  await fresh.page.evaluate(() => { location.hash = '#/costs'; });
  await expectHeading(fresh.page, 'Costs');
  await fresh.page.getByTestId('costs-chosen').filter({ hasText: 'You are going with Toptal' }).waitFor();
  await fresh.page.evaluate(() => { location.hash = '#/interviews/timeline'; });
  await expectHeading(fresh.page, 'Interviews & timeline');
  assert.match(await text(fresh.page, 'timeline-route'), /Your route: Toptal/);
  assert.deepEqual(fresh.errors, []);
  await fresh.context.close();
  // A version 4 file: its timeline route (Lemon.io, for a contractor) becomes the choice.
  await page.locator('#import-file').setInputFiles(FIXTURES + 'plan-v4.json');
  await page.waitForFunction(() => document.querySelector('[data-testid=import-message]')?.textContent.includes('Imported 1 plan'));
  await gotoApp(page, server.url + '#/costs');
  await page.getByTestId('costs-chosen').filter({ hasText: 'You are going with Lemon.io' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('choosing RocketDevs makes the timeline name its days-to-hire assumption; an employee drops it with the reason', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await contractor(page);
  await choose(page, 'channel:rocketdevs');
  await gotoApp(page, server.url + '#/interviews/timeline');
  await expectHeading(page, 'Interviews & timeline');
  assert.match(await text(page, 'timeline-route'), /Your route: RocketDevs/);
  const flag = await text(page, 'timeline-flag');
  assert.match(flag, /The sources give no time to match for RocketDevs/);
  assert.match(flag, /Days for a channel to match, where its source gives none/);
  assert.doesNotMatch(await text(page, 'timeline-list'), /Post the job/, 'never the job boards\' weeks');
  // RocketDevs' own trial: 14 days, free.
  await gotoApp(page, server.url + '#/hire');
  assert.match(await text(page, 'trial-terms'), /Trial through RocketDevs: 14 days, free/);
  // Back to an employee: RocketDevs sells contractors, so the choice is dropped, with why.
  await gotoApp(page, server.url + '#/engagement');
  await page.locator('#engagement-kind-0').check();
  await gotoApp(page, server.url + '#/costs');
  await stepLoaded(page);
  const dropped = await text(page, 'costs-route-dropped');
  assert.match(dropped, /RocketDevs.*was dropped: RocketDevs places contractors, not employees/);
  assert.match(await text(page, 'costs-chosen'), /No route chosen yet/);
  await gotoApp(page, server.url + '#/hire');
  assert.match(await text(page, 'trial-route-dropped'), /contractors, not employees/);
  assert.match(await text(page, 'trial-terms'), /probation/);
  assert.deepEqual(errors, []);
  await context.close();
});
