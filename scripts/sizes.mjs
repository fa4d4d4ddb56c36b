// Prints what dist/ ships: raw, gzip and brotli bytes per kind (wasm, js, html, css, other).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const files = [];
const walk = (d) => {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p); else files.push(p);
  }
};
walk(dir);

const kinds = {};
for (const file of files) {
  const ext = extname(file).slice(1);
  const kind = ['wasm', 'js', 'html', 'css'].includes(ext) ? ext : 'other';
  const bytes = readFileSync(file);
  const k = (kinds[kind] ??= { raw: 0, gzip: 0, brotli: 0, files: 0 });
  k.files += 1;
  k.raw += bytes.length;
  k.gzip += gzipSync(bytes, { level: 9 }).length;
  k.brotli += brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
}
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
console.log('kind   files      raw KB   gzip KB  brotli KB');
for (const [kind, k] of Object.entries(kinds).sort()) {
  console.log(`${kind.padEnd(6)} ${String(k.files).padStart(5)} ${kb(k.raw)}  ${kb(k.gzip)}  ${kb(k.brotli)}`);
}
const app = ['wasm', 'js', 'html'].map((k) => kinds[k] ?? { raw: 0, gzip: 0, brotli: 0 });
const sum = (f) => app.reduce((a, k) => a + k[f], 0);
console.log(`wasm+js+html: raw ${kb(sum('raw'))} KB, gzip ${kb(sum('gzip'))} KB, brotli ${kb(sum('brotli'))} KB`);
if (process.env.SIZES_JSON) {
  const { writeFileSync } = await import('node:fs');
  writeFileSync(process.env.SIZES_JSON, JSON.stringify(kinds, null, 2));
}
