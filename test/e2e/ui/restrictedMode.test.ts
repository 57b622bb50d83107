import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { REPO, copyWorkspace, launchBrowser, startCodeServer, tools, type Server } from '../../../scripts/codeServer';
import { cliCounts, problemCounts } from './problemCounts';
import { builtVsix, openWorkbench, runCommand, screenshot } from './workbench';

const FIXTURE = path.join(REPO, 'test/e2e/workspace');

describe('Restricted Mode: a cloned repository whose authors the person does not trust', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  let folder: string;

  before(async () => {
    const resolved = await tools();
    folder = copyWorkspace(FIXTURE);
    // Workspace trust as VS Code ships it, and the trust question asked on every start.
    server = await startCodeServer({
      tools: resolved,
      folder,
      vsix: builtVsix(),
      workspaceTrust: true,
      settings: { 'security.workspace.trust.startupPrompt': 'always' },
    });
    browser = await launchBrowser(resolved);
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await openWorkbench(page, server.url, server.folder);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('declining trust opens the folder in Restricted Mode', async () => {
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor({ state: 'visible', timeout: 60_000 });
    assert.match(await dialog.innerText(), /Do you trust the authors of the files in this folder\?/);
    await screenshot(page, 'restricted-mode-question');
    await dialog.getByRole('button', { name: /No, I don't trust the authors/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).waitFor({ state: 'visible' });
  });

  it('"Team Charter: Lint Workspace" still fills the Problems view', async () => {
    await runCommand(page, 'Team Charter: Lint Workspace');
    await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
    // The Problems list is virtual: maximized, every row of the fixture is on screen.
    await runCommand(page, 'View: Toggle Maximized Panel');
    const expected = cliCounts(folder);
    assert.notEqual(expected, '0 0 0', 'the fixture has findings');
    assert.equal(await problemCounts(page, expected), expected, 'status bar: errors, warnings, infos as the CLI counts them');
    const rows = await page.locator('.markers-panel .monaco-list-row').allInnerTexts();
    assert.ok(
      rows.some((t) => /\nteamcharter\npurpose-why-missing\n/.test(t)),
      `the Problems view lists the findings:\n${rows.join('\n')}`,
    );
    assert.ok(await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).isVisible(), 'still in Restricted Mode');
    await screenshot(page, 'restricted-mode-problems');
  });
});
