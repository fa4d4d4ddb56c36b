// Byte budgets, measured as a first visit sees them: headless Chromium with empty storage, the
// same-origin files a page requests before its first control accepts input, each compressed
// with brotli at quality 11. The budgets are issue 26's; the figures are printed either way.
// HIREPLAN_BUDGET_FIRST_KB / HIREPLAN_BUDGET_ALL_KB lower them, to see the check fail.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { serve, launch, manifest, sharePayload, firstVisit, firstControlReady } from './harness.mjs';

/** At most this many KB (brotli) before the first screen of each entry page. */
const FIRST_SCREEN_KB = Number(process.env.HIREPLAN_BUDGET_FIRST_KB ?? 200);
/** At most this many KB (brotli) shipped in all: every file of dist/. */
const ALL_KB = Number(process.env.HIREPLAN_BUDGET_ALL_KB ?? 600);

const DIST = new URL('../../dist/', import.meta.url).pathname;
const brotli = (file) => brotliCompressSync(readFileSync(join(DIST, file)), {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
}).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);

let server, browser, built;
before(async () => { server = await serve(); browser = await launch(); built = await manifest(); });
after(async () => { await browser?.close(); await server?.close(); });

test('each entry page fetches at most the first-screen budget before its first control works', async () => {
  // The first page, and every embed (an embed added later is measured as soon as the route
  // table lists it).
  const pages = [['first page', '']];
  for (const key of Object.keys(built.pages).filter((k) => k.startsWith('embed:'))) {
    const slug = key.slice('embed:'.length);
    pages.push([`?embed=${slug}`, slug === 'plan'
      ? `?embed=plan#share=${sharePayload({ schema_version: 3, name: 'Budget check' })}` : `?embed=${slug}`]);
  }
  const over = [];
  const measured = {};
  for (const [name, addr] of pages) {
    const visit = await firstVisit(browser, server, server.url + addr, firstControlReady);
    const files = [...new Set(visit.requested)];
    const bytes = files.reduce((sum, f) => sum + brotli(f), 0);
    console.log(`${name}: ${kb(bytes)} KB brotli before the first screen (budget ${FIRST_SCREEN_KB} KB), ${files.length} files`);
    measured[name] = bytes;
    if (bytes > FIRST_SCREEN_KB * 1024) over.push(`${name}: ${kb(bytes)} KB > ${FIRST_SCREEN_KB} KB (${files.join(', ')})`);
    await visit.context.close();
  }
  assert.deepEqual(over, [], 'pages over the first-screen budget');
  // The chart embed stays lean: no larger than the calculator's (issue 43).
  if (measured['?embed=chart'] !== undefined) {
    assert.ok(measured['?embed=chart'] <= measured['?embed=costs'],
      `?embed=chart (${kb(measured['?embed=chart'])} KB) is larger than ?embed=costs (${kb(measured['?embed=costs'])} KB)`);
  }
});

test('the site ships at most the budget in all', () => {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(join(DIST, dir))) {
      const rel = dir ? `${dir}/${name}` : name;
      if (statSync(join(DIST, rel)).isDirectory()) walk(rel); else files.push(rel);
    }
  };
  walk('');
  const bytes = files.reduce((sum, f) => sum + brotli(f), 0);
  console.log(`in all: ${kb(bytes)} KB brotli in ${files.length} files (budget ${ALL_KB} KB)`);
  assert.ok(bytes <= ALL_KB * 1024, `the site ships ${kb(bytes)} KB brotli in all, over the budget of ${ALL_KB} KB`);
});
