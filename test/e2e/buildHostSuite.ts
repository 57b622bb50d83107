/** Bundles the extension-host suite into out/e2e/host (run inside VS Code by run.ts or by @vscode/test-cli). */
import { cpSync, readdirSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const REPO = path.resolve(__dirname, '../..');
export const HOST_OUT = path.join(REPO, 'out/e2e/host');

export async function buildHostSuite(): Promise<void> {
  rmSync(HOST_OUT, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: ['index.ts', ...readdirSync(path.join(REPO, 'test/e2e/host')).filter((f) => f.endsWith('.test.ts'))].map((f) =>
      path.join(REPO, 'test/e2e/host', f),
    ),
    outdir: HOST_OUT,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
}

// `npm run test:desktop`: also give @vscode/test-cli a fresh copy of the workspace to edit.
if (require.main === module) {
  void buildHostSuite().then(() => {
    const copy = path.join(REPO, '.vscode-test/workspace');
    rmSync(copy, { recursive: true, force: true });
    cpSync(path.join(REPO, 'test/e2e/workspace'), copy, { recursive: true });
  });
}
