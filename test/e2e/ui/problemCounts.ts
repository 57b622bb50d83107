/** The Problems count in the status bar, and what it should be. */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO } from '../../../scripts/codeServer';

/** "errors warnings infos" as the status bar shows them, worked out by the CLI on the same folder. */
export function cliCounts(folder: string): string {
  const result = spawnSync(process.execPath, [path.join(REPO, 'dist/cli.js'), 'lint', folder, '--format', 'json'], { encoding: 'utf8' });
  assert.ok(result.status === 0 || result.status === 1, result.stderr);
  const findings = JSON.parse(result.stdout) as { severity: string }[];
  return ['error', 'warning', 'info'].map((severity) => findings.filter((f) => f.severity === severity).length).join(' ');
}

/** The Problems count in the status bar, once it shows `expected` (it fills as the workspace is linted). */
export async function problemCounts(page: Page, expected: string): Promise<string> {
  const item = page.locator('.statusbar-item[id="status.problems"]');
  await page
    .waitForFunction(
      (want) => (document.querySelector('.statusbar-item[id="status.problems"]') as HTMLElement | null)?.innerText.replace(/\s+/g, ' ').trim() === want,
      expected,
      { timeout: 60_000 },
    )
    .catch(() => undefined);
  return (await item.innerText()).replace(/\s+/g, ' ').trim();
}
