/**
 * npm run icon: renders media/icon.svg (drawn by hand) to media/icon.png, the 128 × 128 icon of
 * the Marketplace listing, with the same Debian chromium the UI tests use.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { chromium } from 'playwright-core';

const REPO = path.resolve(__dirname, '..');
const SIZE = 128;

async function main(): Promise<void> {
  const { aptInstall } = await import(path.join(REPO, 'scripts/setup-vscode.mjs'));
  aptInstall(['chromium']);
  const svg = readFileSync(path.join(REPO, 'media/icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
    await page.setContent(`<!DOCTYPE html><html><body style="margin:0">${svg}</body></html>`);
    const png = await page.locator('svg').screenshot({ omitBackground: true });
    writeFileSync(path.join(REPO, 'media/icon.png'), png);
    console.log(`wrote media/icon.png (${png.length} bytes)`);
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(`icon: ${(error as Error).message}`);
  process.exitCode = 1;
});
