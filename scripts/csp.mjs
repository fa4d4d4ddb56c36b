// Trunk post-build hook: writes a Content-Security-Policy into the built index.html. The page
// may run only its own scripts (Trunk's inline loader is allowed by its hash, computed here
// from the file as built), compile its own WebAssembly, load its own styles, and nothing else.
// Usage (by Trunk): node scripts/csp.mjs   (reads TRUNK_STAGING_DIR and TRUNK_PROFILE)
import { readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error('csp.mjs: no TRUNK_STAGING_DIR (run it from Trunk, or pass the folder)');
const file = join(dir, 'index.html');
let html = await readFile(file, 'utf8');
html = html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '');

// Trunk's loader is an inline module script that imports the JS glue. Under 'strict-dynamic'
// a script the parser inserted passes no trust on to its imports when it was allowed by hash
// (only a nonce would), so that import is blocked unless Trunk's modulepreload happened to
// fetch the glue first: a race the app lost about once in ten test runs. So the loader's text
// goes into its own module file, and a small classic script (allowed by its hash) creates the
// module script element: a script created by a trusted script is trusted, and so are its
// imports. The classic script sits at the end of <body>, so the body exists when the app mounts.
const loader = html.match(/\s*<script type="module">([\s\S]*?)<\/script>/);
if (loader) {
  const text = loader[1].trim() + '\n';
  const name = `start-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.js`;
  await writeFile(join(dir, name), text);
  html = html.replace(loader[0], '');
  const boot = `{const s=document.createElement('script');s.type='module';s.src='./${name}';document.body.appendChild(s)}`;
  html = html.replace(/<\/body>/, `<script>${boot}</script>\n  </body>`);
}

// Every inline script and style element, exactly as the browser hashes it (the text between
// the tags). The stylesheets are inlined by Trunk (`data-inline`), so they are allowed by hash.
const hashOf = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => hashOf(m[1]));
const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => hashOf(m[1]));

// A debug build may be served with Trunk's live reload, over a WebSocket. Its script is
// rewritten while serving, so no hash can allow it: scripts/serve.sh turns live reload off.
const serving = process.env.TRUNK_PROFILE !== 'release';
// In a sandboxed frame (the embeds) the document's origin is opaque, and WebKit then matches
// 'self' to nothing. So scripts are trusted by hash with 'strict-dynamic' (the loader's own
// imports follow it), styles by hash, and the WebAssembly fetch by scheme; 'self' stays for
// browsers that know no better.
export const policy = [
  "default-src 'none'",
  `script-src 'self' ${hashes.join(' ')} 'strict-dynamic' 'wasm-unsafe-eval'`,
  // Leptos sets a few style attributes (chart proportions, legend swatches); no stylesheet
  // from elsewhere is allowed.
  `style-src 'self' ${styles.join(' ')}`,
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  `connect-src 'self' https: http://127.0.0.1:* http://localhost:*${serving ? ' ws: wss:' : ''}`,
  "font-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
// The policy must come before any script: right after the charset.
html = html.replace(/(<meta charset="[^"]*"\s*\/?>)/i, `$1\n    ${meta}`);
if (!html.includes(meta)) throw new Error('csp.mjs: no <meta charset> to put the policy after');
await writeFile(file, html);
console.log(`csp.mjs: policy written with ${hashes.length} script and ${styles.length} style hash(es)`);
