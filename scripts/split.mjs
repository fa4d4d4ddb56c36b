// Trunk post-build hook: cuts the app's WebAssembly into a main module and chunks that load on
// demand. Trunk cannot split by itself, so when the build has split points (built with the
// `split` feature: `trunk build --release --features split`), this redoes what Trunk did after
// cargo, the splitting way:
//   1. the splitter (scripts/wasm-split) cuts cargo's raw module (linked with --emit-relocs,
//      see build.rs) into a main module, one chunk per split point, shared chunks, and a JS
//      loader for them, grouping shared code as SPLIT_ARGS says (below);
//   2. wasm-bindgen makes the JS glue for the main module, keeping the exports chunks link to;
//   3. in release, wasm-opt -Oz shrinks the main module and every chunk;
//   4. chunks and the loader get content-hashed names, and index.html's integrity hashes are
//      brought up to date.
// A build without split points is left as Trunk made it (trunk serve, the browser tests).
// Usage (by Trunk): node scripts/split.mjs   (reads TRUNK_STAGING_DIR and TRUNK_PROFILE)
import { readFile, writeFile, readdir, mkdtemp, rm, rename, copyFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { tmpdir, availableParallelism } from 'node:os';

const execFileAsync = promisify(execFile);

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error('split.mjs: no TRUNK_STAGING_DIR (run it from Trunk, or pass the folder)');
const release = (process.env.TRUNK_PROFILE ?? 'release') === 'release';

const names = await readdir(dir);
const glue = names.find((n) => /^hireplan-[0-9a-f]+\.js$/.test(n));
if (!glue) throw new Error(`split.mjs: no hireplan-*.js glue in ${dir}`);
const stem = glue.slice(0, -'.js'.length);
const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] });
const features = ['--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue'];
// In release the JS glue and the chunk loader are minified (terser, from package.json): about a
// third less to download, brotli.
const minify = (code) => execFileSync(new URL('../node_modules/.bin/terser', import.meta.url).pathname, ['--module', '--compress', '--mangle'],
  { input: code, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const optimise = (file) => execFileAsync('wasm-opt', ['-Oz', ...features, '--strip-debug', '--strip-producers', '--strip-target-features', file, '-o', file]);

/** Brings index.html's integrity hashes up to date for the glue and the main module. */
async function fixIntegrity() {
  const page = join(dir, 'index.html');
  let html = await readFile(page, 'utf8');
  for (const file of [glue, `${stem}_bg.wasm`]) {
    const sri = `sha384-${createHash('sha384').update(await readFile(join(dir, file))).digest('base64')}`;
    const re = new RegExp(`(href="\\./${file.replace(/[.]/g, '\\.')}"[^>]*integrity=")[^"]*(")`);
    if (re.test(html)) html = html.replace(re, `$1${sri}$2`);
  }
  await writeFile(page, html);
}

/**
 * A page opened on a later step or an embed needs that chunk and the chunks it depends on,
 * which the loader would only ask for once the main module runs: a second round trip. So a
 * small script in the page's head reads the address and preloads them at once, with the loader
 * (a module the glue imports). The chunks of each split point come from the loader itself.
 */
async function preloadPerPage(loader, loaderName) {
  const entry = /(?:const (__chunk_\d+) = makeLoad|export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad)\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)", import\.meta\.url\)\);[\s\S]*?\n\}\n, \[([^\]]*)\]/g;
  const chunks = new Map(); // variable -> { file, deps }
  const points = new Map(); // split point -> { file, deps }
  for (const m of loader.matchAll(entry)) {
    const deps = m[4].split(',').map((d) => d.trim()).filter(Boolean);
    (m[1] ? chunks.set(m[1], { file: m[3], deps }) : points.set(m[2], { file: m[3], deps }));
  }
  // A split point whose code is all in a group (--group) has no file of its own: its loader
  // fetches only chunks.
  const empty = /export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => async \(_imp\) => \(\{\}\), \[([^\]]*)\]/g;
  for (const m of loader.matchAll(empty)) {
    points.set(m[1], { file: null, deps: m[2].split(',').map((d) => d.trim()).filter(Boolean) });
  }
  if (points.size === 0) throw new Error('split.mjs: found no split points in the loader');
  for (const p of ['planner', 'plan_writer', 'plan_reader', ...LATER_STEPS]) {
    if (!points.has(p)) throw new Error(`split.mjs: the loader has no ${p} split point`);
  }
  const files = (deps, seen = new Set()) => {
    for (const d of deps) {
      const c = chunks.get(d);
      if (!c) throw new Error(`split.mjs: the loader names an unknown chunk ${d}`);
      if (!seen.has(c.file)) { seen.add(c.file); files(c.deps, seen); }
    }
    return seen;
  };
  // Each file named once; a page's list is indexes into that.
  const own = (p) => [...(p.file ? [p.file] : []), ...files(p.deps)];
  const all = [...new Set([...points.values()].flatMap(own))];
  const map = Object.fromEntries([...points].map(([name, p]) => [name, own(p).map((f) => all.indexOf(f))]));
  const script = `(function(){var f=${JSON.stringify(all)},m=${JSON.stringify(map)};`
    + `var e=new URLSearchParams(location.search).get('embed'),h=location.hash.replace(/^#\\/?/,'');`
    + `var k=e?'embed_'+e:h.indexOf('=')<0?h.split(/[?\\/]/)[0].replace(/-/g,'_'):'';`
    // The planner (not an embed) waits for its shell, and for the reader when there is something
    // to read: a share link, or plans in this browser (as ui::session::needs_reader). It fetches
    // the plan writer itself, once its first screen is drawn.
    + `var o=Object.prototype.hasOwnProperty,l=o.call(m,k)?m[k]:[];if(!e){l=l.concat(m.planner);`
    + `var r=location.hash.indexOf('share=')>=0;try{for(var j=0;!r&&j<localStorage.length;j++)`
    + `r=(localStorage.key(j)||'').indexOf('hireplan:plan:')===0;}catch(x){}if(r)l=l.concat(m.plan_reader);}`
    + `l.filter(function(i,j){return l.indexOf(i)===j;}).forEach(function(i){var l=document.createElement('link');`
    + `l.rel='preload';l.as='fetch';l.crossOrigin='anonymous';l.href='./'+f[i];document.head.appendChild(l);});})();`;
  const page = join(dir, 'index.html');
  let html = await readFile(page, 'utf8');
  const tags = `<link rel="modulepreload" href="./${loaderName}" crossorigin="anonymous">\n    <script>${script}</script>\n  </head>`;
  if (!html.includes('</head>')) throw new Error('split.mjs: no </head> in index.html');
  html = html.replace('</head>', tags);
  await writeFile(page, html);
}

// wasm-opt is run here, not by Trunk (index.html says data-wasm-opt="0"): a split build would
// otherwise optimise the whole module once for nothing.
if (!(await readFile(join(dir, glue), 'utf8')).includes('__wasm_split_placeholder__')) {
  if (release) {
    await optimise(join(dir, `${stem}_bg.wasm`));
    await fixIntegrity();
  }
  console.log(`split.mjs: no split points in this build, left unsplit${release ? ', optimised' : ''}`);
  process.exit(0);
}
// How the splitter groups shared code (code more than one split point uses), measured
// 2026-11-24 with Lighthouse: 143 modules before, 61 after; the first page, ?embed=costs and
// ?embed=plan fetch 212, 186 and 208 KB brotli before their first screen, against 200, 237 and
// 274 with the planner's page in the main module and no grouping.
// - A shared chunk with fewer bytes of code than MERGE_BELOW joins the main module, if what it
//   calls outside the main module is that small too: a chunk of a few hundred bytes costs more
//   in its request, imports and lost compression than it saves.
// - The planner's page is a split point that every step (and the codec) loads after: the shared
//   chunks it uses, unless an embed uses them too, are one file (--bundle-with).
// - A shared chunk that the first split point of every page needs goes to the main module.
// - The planner's later steps are one chunk (--group), with the code only they share: no page
//   starts on one, and the planner fetches the next step once the first screen is drawn, so one
//   file then serves every step. Measured 2026-11-24: 539 KB brotli of wasm in 61 modules
//   before, 486 KB in 34 after; no page's first screen changed (the quick sizer: 167, 157 and
//   173 KB of wasm on the first page, ?embed=costs and ?embed=plan). Two groups of four steps
//   shipped 512 KB. The chunks the steps share with other split points are then grouped by
//   those others alone (any step loads them all): 484 -> 478 KB in 35 -> 19 modules, and each
//   page's first screen lost 1 to 5 KB in fewer files.
const MERGE_BELOW = 1000;
const LATER_STEPS = ['requirements', 'seniority', 'engagement', 'costs', 'share', 'job_description', 'interviews', 'hire'];
const SPLIT_ARGS = ['--merge-below', String(MERGE_BELOW), '--bundle-with', 'planner', '--bundle-except', 'embed_',
  '--entries', 'planner,embed_costs,embed_plan', '--group', LATER_STEPS.join(',')];
const metadata = JSON.parse(run('cargo', ['metadata', '--format-version', '1', '--no-deps', '--offline']));
const raw = join(metadata.target_directory, 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'hireplan.wasm');

const work = await mkdtemp(join(tmpdir(), 'hireplan-split-'));
try {
  // 1. Split.
  run('hireplan-wasm-split', [raw, work, '--out-name', stem, ...SPLIT_ARGS]);
  // 2. Bind the main module.
  const bound = join(work, 'bound');
  run('wasm-bindgen', ['--target', 'web', '--keep-lld-exports', '--no-demangle', '--out-dir', bound, '--out-name', stem, join(work, `${stem}.wasm`)]);
  const chunks = (await readdir(work)).filter((n) => n.endsWith('.wasm') && n !== `${stem}.wasm`);
  // 3. Optimise each module on its own.
  const wasms = [join(bound, `${stem}_bg.wasm`), ...chunks.map((n) => join(work, n))];
  if (release) {
    // As many at a time as the machine has cores: a hundred small chunks, and one big module.
    const queue = [...wasms];
    const worker = async () => {
      for (let file = queue.shift(); file; file = queue.shift()) {
        await optimise(file);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, availableParallelism()) }, worker));
  }
  // 4. Hashed names: a chunk's name changes when its bytes do, so no cache serves a stale one.
  const short = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  let loader = await readFile(join(work, '__wasm_split.js'), 'utf8');
  for (const name of chunks) {
    const bytes = await readFile(join(work, name));
    const hashed = `${name.slice(0, -'.wasm'.length)}-${short(bytes)}.wasm`;
    const quoted = `"./${name}"`;
    if (!loader.includes(quoted)) throw new Error(`split.mjs: the loader does not name ${name}`);
    loader = loader.split(quoted).join(`"./${hashed}"`);
    await copyFile(join(work, name), join(dir, hashed));
  }
  // The page's preload list is read from the loader as the splitter wrote it, before minifying.
  const readable = loader;
  if (release) loader = minify(loader);
  const loaderName = `__wasm_split-${short(loader)}.js`;
  await writeFile(join(dir, loaderName), loader);
  let js = await readFile(join(bound, `${stem}.js`), 'utf8');
  // Only the JS imports are renamed: the import object keeps the module name the wasm asks for.
  if (!js.includes('from "./__wasm_split.js"')) throw new Error('split.mjs: the glue does not import the chunk loader');
  js = js.split('from "./__wasm_split.js"').join(`from "./${loaderName}"`);
  await writeFile(join(dir, glue), release ? minify(js) : js);
  await rename(join(bound, `${stem}_bg.wasm`), join(dir, `${stem}_bg.wasm`)).catch(async () => {
    await copyFile(join(bound, `${stem}_bg.wasm`), join(dir, `${stem}_bg.wasm`));
  });

  // The glue and the main module changed: so do their integrity hashes.
  await fixIntegrity();
  await preloadPerPage(readable, loaderName);
  console.log(`split.mjs: main module and ${chunks.length} chunks written${release ? ', each optimised' : ''}`);
} finally {
  await rm(work, { recursive: true, force: true });
}
