/**
 * npm run bench:vscode: open the generated 100 × 20 workspace (2,100 files) in a
 * real VS Code (code-server) with the extension, and measure the time from
 * opening the workspace to a complete Problems view, plus keystroke latency there.
 */
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as esbuild from 'esbuild';
import { REPO, launchBrowser, startCodeServer, tools } from '../scripts/codeServer';
import { generateWorkspace } from './generateWorkspace';

async function main(): Promise<void> {
  const workspace = path.join(REPO, 'bench/workspace');
  const files = generateWorkspace(workspace, 100, 20);
  await esbuild.build({
    entryPoints: [path.join(REPO, 'bench/vscodeMeasure.ts')],
    outfile: path.join(REPO, 'out/bench/vscodeMeasure.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    logLevel: 'warning',
  });
  const resolved = await tools();
  const server = await startCodeServer({ tools: resolved, folder: workspace, smokeTestDriver: true });
  const browser = await launchBrowser(resolved);
  try {
    const page = await browser.newPage();
    let ready!: () => void;
    let done!: (code: number) => void;
    const readyAt = new Promise<number>((resolve) => (ready = () => resolve(performance.now())));
    const exited = new Promise<number>((resolve) => (done = resolve));
    const metrics: { name: string; value: number; unit: string }[] = [];
    await page.exposeFunction('codeAutomationExit', (code: number) => done(code));
    await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => {
      const text = (Array.isArray(args) ? args : [args]).map(String).join(' ');
      if (text.includes('READY')) ready();
      const metric = /^METRIC (.*)$/m.exec(text);
      if (metric) metrics.push(JSON.parse(metric[1]));
    });
    const authority = `127.0.0.1:${server.port}`;
    const payload = [
      ['extensionDevelopmentPath', `vscode-remote://${authority}${REPO}`],
      ['extensionTestsPath', `vscode-remote://${authority}${path.join(REPO, 'out/bench/vscodeMeasure.js')}`],
      ['skipWelcome', 'true'],
    ];
    const opened = performance.now();
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const complete = (await readyAt) - opened;
    const code = await exited;
    console.log(`workspace: ${files.length} files`);
    console.log(`${'open the workspace in the browser → complete Problems view'.padEnd(62)} ${complete.toFixed(0).padStart(7)} ms`);
    for (const m of metrics) console.log(`${m.name.padEnd(62)} ${String(m.value).padStart(7)} ${m.unit}`);
    if (code !== 0) process.exitCode = 1;
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
