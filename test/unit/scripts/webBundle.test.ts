import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as esbuild from 'esbuild';

/** Node's globals, which the browser's extension host (vscode.dev, github.dev) does not have. */
const NODE_GLOBAL = /\b(Buffer|process|global|__dirname|__filename|setImmediate|require)\s*[.(]/;

describe('the web extension bundle (package.json "browser")', () => {
  it('builds for the browser, and our code in it uses no Node global', async () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
    assert.equal(manifest.browser, './dist/web/extension.js');
    // The same options as esbuild.mjs: on the browser platform a Node module import fails the build.
    const result = await esbuild.build({ entryPoints: ['src/extension/extension.ts'], bundle: true, write: false, metafile: true, platform: 'browser', format: 'cjs', external: ['vscode'], logLevel: 'silent', define: { TEAMCHARTER_VERSION: '"0"' } });
    const ours = Object.keys(result.metafile.inputs).filter((file) => !file.includes('node_modules'));
    assert.ok(ours.includes('src/extension/extension.ts') && ours.some((file) => file.startsWith('src/core/')));
    const offenders = ours.flatMap((file) =>
      readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .split('\n')
        .map((line, i) => ({ file, line: i + 1, text: line.replace(/\/\/.*$/, '') }))
        .filter(({ text }) => NODE_GLOBAL.test(text))
        .map(({ file, line, text }) => `${file}:${line}: ${text.trim()}`),
    );
    assert.deepEqual(offenders, []);
  });
});
