import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as esbuild from 'esbuild';

// Node's globals in our sources are refused by the lint (eslint.config.mjs, test/unit/layers.test.ts);
// this checks what the lint cannot see: the whole bundle, with what it pulls in from node_modules.
describe('the web extension bundle (package.json "browser")', () => {
  it('builds for the browser from our extension and core, with no Node module in it', async () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
    assert.equal(manifest.browser, './dist/web/extension.js');
    // The same options as esbuild.mjs: on the browser platform a Node module import fails the build.
    const result = await esbuild.build({
      entryPoints: ['src/extension/extension.ts'],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'browser',
      format: 'cjs',
      external: ['vscode'],
      logLevel: 'silent',
      define: { TEAMCHARTER_VERSION: '"0"' },
    });
    const inputs = Object.keys(result.metafile.inputs);
    assert.ok(inputs.includes('src/extension/extension.ts') && inputs.some((file) => file.startsWith('src/core/')));
    // Anything esbuild could not bundle stays an import of the bundle: only vscode may.
    const external = Object.values(result.metafile.inputs).flatMap((input) =>
      input.imports.filter((imported) => imported.external).map((imported) => imported.path),
    );
    assert.deepEqual([...new Set(external)], ['vscode']);
    assert.deepEqual(
      inputs.filter((file) => file.startsWith('src/cli/') || file.startsWith('webview/')),
      [],
    );
  });
});
