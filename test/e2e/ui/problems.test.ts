import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { RULES_BY_ID } from '../../../src/core/rules';
import type { Browser, Page } from 'playwright-core';
import { parseMarkers } from '../../unit/helpers';
import { REPO, copyWorkspace, type Server } from '../../../scripts/codeServer';
import { openVsCode, runCommand, screenshot } from './workbench';

const FIXTURE = path.join(REPO, 'test/e2e/workspace');

/** How many findings the fixture's markers expect, by rule. */
function expectedRules(): string[] {
  return ['.team/platform.charter.yaml', '.team/retros/2024-02-05.retro.yaml', '.team/retros/2024-02-19.retro.yaml'].flatMap((file) =>
    parseMarkers(readFileSync(path.join(FIXTURE, file), 'utf8'), file).map((m) => m.rule),
  );
}

describe('the installed extension in the browser, as a person uses it', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;

  before(async () => {
    // The .vsix that `npm run package` makes, installed with code-server --install-extension.
    ({ server, browser, page } = await openVsCode(copyWorkspace(FIXTURE), { viewport: { width: 1400, height: 900 } }));
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('"Team Charter: Lint Workspace" from the palette fills the Problems view with every finding', async () => {
    await runCommand(page, 'Team Charter: Lint Workspace');
    await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
    await runCommand(page, 'View: Toggle Maximized Panel');
    const expected = expectedRules();
    const rows = page.locator('.markers-panel .monaco-list-row');
    // Wait until every expected marker row is listed (file rows are listed too).
    await page.waitForFunction((count) => document.querySelectorAll('.markers-panel .monaco-list-row').length >= count, expected.length + 3, {
      timeout: 60_000,
    });
    const texts = await rows.allInnerTexts();
    for (const rule of new Set(expected)) {
      // A problem row reads: message, source, code (the rule, a link to its docs), position.
      const shown = texts.filter((t) => new RegExp(`\\nteamcharter\\n${rule}\\n\\[Ln \\d+, Col \\d+\\]`).test(t)).length;
      assert.equal(shown, expected.filter((r) => r === rule).length, `${rule} rows in the Problems view:\n${texts.join('\n')}`);
    }
    assert.ok(
      texts.some((t) => t.includes('goal G1 "One-click rollback for every service" has no owner')),
      'the message reads as written',
    );
    assert.ok(
      texts.some((t) => /action A-1 "Automate canary analysis" was due 2024-02-14, \d+ days ago, and is still open after the team met on 2024-02-19/.test(t)),
      'an overdue action says the team has met since it was due',
    );
    await screenshot(page, 'problems-view');
    const problems = await page.locator('.statusbar-item[id="status.problems"]').innerText();
    const count = (severity: string) => expected.filter((rule) => RULES_BY_ID.get(rule)?.severity === severity).length;
    assert.equal(problems.replace(/\s+/g, ' ').trim(), `${count('error')} ${count('warning')} ${count('info')}`, 'status bar: errors, warnings, infos');
  });

  it('the status bar shows the team, its score and its open actions; clicking it shows the scores', async () => {
    const item = page.locator('.statusbar-item', { hasText: 'platform' });
    await item.waitFor({ state: 'visible' });
    const text = (await item.innerText()).replace(/\s+/g, ' ').trim();
    assert.match(text, /^platform (not yet|written|practised|confirmed) · \d+% · 3 open$/);
    await item.click();
    const picker = page.locator('.quick-input-widget');
    await picker.locator('.monaco-list-row', { hasText: 'Celebrating successes' }).waitFor({ state: 'visible' });
    assert.match(await picker.innerText(), /Team platform: level (not yet|written|practised|confirmed), \d+% of the seven-step checklist, 3 open actions/);
    await screenshot(page, 'team-score');
    await page.keyboard.press('Escape');
  });

  it('the Teams view lists the open actions and the dashboard renders the charts', async () => {
    await page.locator('.activitybar [aria-label^="Team Charter"]').first().click();
    const view = page.locator('.pane', { hasText: 'Teams' });
    await view.locator('.monaco-list-row', { hasText: 'A-3 Quarantine the flaky tests' }).waitFor();
    await screenshot(page, 'teams-view');
    await runCommand(page, 'Team Charter: Show Team Dashboard');
    const dashboard = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await dashboard.locator('svg.chart').first().waitFor();
    assert.match(await dashboard.locator('main').innerText(), /Scores over time/);
    await screenshot(page, 'dashboard');
  });
});
