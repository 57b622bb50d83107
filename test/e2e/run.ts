/**
 * Runs the tests that need a real VS Code: the extension-host suite (mocha
 * inside code-server's extension host) and the UI suite (Playwright). Prints
 * "SUITE <name> N passed, N failed" lines for scripts/test.mjs, and writes the
 * measurements to test-results/metrics.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { HOST_OUT, buildHostSuite } from './buildHostSuite';
import { REPO, RESULTS, copyWorkspace, launchBrowser, startCodeServer, tools, type Tools } from '../../scripts/codeServer';

const HOST_TIMEOUT_MS = 8 * 60_000;

async function hostSuite(tools: Tools, metrics: unknown[]): Promise<{ passed: number; failed: number }> {
  await buildHostSuite();
  const folder = copyWorkspace(path.join(REPO, 'test/e2e/workspace'));
  const server = await startCodeServer({ tools, folder, smokeTestDriver: true });
  const browser = await launchBrowser(tools);
  let passed = 0;
  let failed = 0;
  try {
    const page = await browser.newPage();
    let finish!: (code: number) => void;
    const exited = new Promise<number>((resolve) => (finish = resolve));
    await page.exposeFunction('codeAutomationExit', (code: number) => finish(code));
    await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => {
      const text = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
      for (const line of text.split('\n')) {
        const result = /^RESULT (\d+) passed, (\d+) failed$/.exec(line);
        if (result) [passed, failed] = [Number(result[1]), Number(result[2])];
        const metric = /^METRIC (.*)$/.exec(line);
        if (metric) metrics.push(JSON.parse(metric[1]));
      }
      process.stdout.write(`[host] ${text}\n`);
    });
    const authority = `127.0.0.1:${server.port}`;
    const payload = [
      ['extensionDevelopmentPath', `vscode-remote://${authority}${REPO}`],
      ['extensionTestsPath', `vscode-remote://${authority}${path.join(HOST_OUT, 'index.js')}`],
      ['skipWelcome', 'true'],
    ];
    await page.goto(`${server.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`, { timeout: 240_000 });
    // A guard against a hung run, not a wait: the suite ends by calling codeAutomationExit.
    const guard = new Promise<number>((resolve) => setTimeout(() => resolve(-1), HOST_TIMEOUT_MS).unref());
    const code = await Promise.race([exited, guard]);
    if (code === -1) {
      console.log(`extension-host suite timed out; code-server said:\n${server.logs().slice(-4000)}`);
      failed++;
    } else if (code !== 0 && failed === 0) failed = 1;
  } finally {
    await browser.close();
    await server.stop();
  }
  return { passed, failed };
}

function uiSuite(): { passed: number; failed: number } {
  const result = spawnSync('npx', ['mocha', '--config', 'test/e2e/ui/.mocharc.json'], { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(result.stdout);
  const passed = Number(/(\d+) passing/.exec(result.stdout)?.[1] ?? 0);
  const failed = Number(/(\d+) failing/.exec(result.stdout)?.[1] ?? 0) + (result.status !== 0 && !/failing/.test(result.stdout) ? 1 : 0);
  return { passed, failed };
}

async function main(): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  const metrics: unknown[] = [];
  const started = Date.now();
  const resolved = await tools();
  // TEAMCHARTER_E2E=host or =ui runs that suite alone (the other takes minutes); unset, both run.
  const only = process.env.TEAMCHARTER_E2E;
  const host = only === 'ui' ? { passed: 0, failed: 0 } : await hostSuite(resolved, metrics);
  if (only !== 'ui') console.log(`SUITE extension-host ${host.passed} passed, ${host.failed} failed`);
  const ui = only === 'host' ? { passed: 0, failed: 0 } : uiSuite();
  if (only !== 'host') console.log(`SUITE ui ${ui.passed} passed, ${ui.failed} failed`);
  writeFileSync(path.join(RESULTS, 'metrics.json'), `${JSON.stringify(metrics, null, 2)}\n`);
  console.log(`real VS Code suites took ${Math.round((Date.now() - started) / 1000)} s`);
  if (host.failed + ui.failed > 0) process.exitCode = 1;
}

main().catch((error) => {
  console.log(`SUITE e2e 0 passed, 1 failed`);
  console.error(`e2e: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
});
