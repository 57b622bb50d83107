/** Driving the VS Code workbench in the browser the way a person does. */
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { RESULTS } from '../../../scripts/codeServer';

export async function openWorkbench(page: Page, url: string, folder: string): Promise<void> {
  await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`);
  await page.waitForSelector('.monaco-workbench .part.statusbar', { timeout: 120_000 });
}

/**
 * Run a command from the palette by its "Category: Title". The palette matches what is typed
 * against titles, so the title is typed and the row with the full label is picked. Right after
 * start-up the palette can list commands from a partial registry; it is then closed and opened
 * again (a few times at most) rather than waited on for ever.
 */
export async function runCommand(page: Page, label: string): Promise<void> {
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: label }).first();
  const input = page.locator('.quick-input-widget .quick-input-box input');
  for (let attempt = 1; ; attempt++) {
    await page.locator('.monaco-workbench .part.editor').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('F1');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${label.replace(/^[^:]+:\s*/, '')}`);
    try {
      await row.waitFor({ state: 'visible', timeout: 10_000 });
      break;
    } catch (error) {
      if (attempt === 4) {
        await screenshot(page, `palette-${label.replace(/\W+/g, '-')}`);
        throw error;
      }
      await page.keyboard.press('Escape');
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    }
  }
  await row.click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
