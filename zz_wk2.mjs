import { Builder } from 'selenium-webdriver';
import { spawn } from 'node:child_process';
import { serve } from './tests/e2e/harness.mjs';
const HOST = (src) => `<!doctype html><html><body><iframe id="embed" src="${src}" data-hireplan style="width:100%;height:640px;border:0" sandbox="allow-scripts allow-downloads"></iframe></body></html>`;
const server = await serve({ pages: { '/post.html': HOST('/blog/tools/hireplan/?embed=costs') } });
const xvfb = spawn('Xvfb', [':97', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const driver = spawn('WebKitWebDriver', ['--port=4447'], { env: { ...process.env, DISPLAY: ':97' }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const d = await new Builder().usingServer('http://127.0.0.1:4447').withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] } }).build();
try {
    await d.get(server.origin + '/post.html');
    await new Promise((r) => setTimeout(r, 4000));
    await d.switchTo().frame(0);
    console.log('bindings', await d.executeScript('return typeof window.wasmBindings'));
} finally { await d.quit(); driver.kill(); xvfb.kill(); await server.close(); }
