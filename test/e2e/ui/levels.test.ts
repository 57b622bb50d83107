/**
 * The team's levels as a person sees them in the browser (issue 22): the status bar, the
 * Teams view, the form's checklist panel and the dashboard each show every step's level by
 * name and what holds a step back, and lead with the step to work on next. A screenshot of
 * each is left in test-results/ (levels-*.png) to check by eye.
 */
import { strict as assert } from 'node:assert';
import { rmSync } from 'node:fs';
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import type { Server } from '../../../scripts/codeServer';
import { localToday } from '../../../src/core/format/dates';
import { PAYMENTS_LEVELS, paymentsTeam } from './levelsTeam';
import { TEXT_BY_DEFAULT, openVsCode, quickOpen, runCommand, screenshot, screenshotIfFailed, teamFolder, untilWithin } from './workbench';

/** The step held back: the first at the team's lowest level, which is the team's level. */
const NEXT = PAYMENTS_LEVELS.find((s) => s.level === 'not yet')!;
const WORK_ON_NEXT = `Work on next: ${NEXT.step}. ${NEXT.name}, not yet (held by member-no-growth)`;

/** A webview's document (the form, the dashboard): webviews live in two nested iframes. */
function webview(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
}

/** Text as read: runs of white space as one space. */
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

const until = untilWithin(30_000);

/** A tree row's label and, beside it, its description, as shown. */
async function rowText(row: Locator): Promise<{ label: string; description: string }> {
  const [label, description] = await Promise.all([row.locator('.label-name').first().innerText(), row.locator('.label-description').first().innerText()]);
  return { label: squeeze(label), description: squeeze(description) };
}

describe('the levels in the workbench: status bar, Teams view, checklist panel and dashboard', () => {
  let folder: string;
  let server: Server;
  let browser: Browser;
  let page: Page;

  before(async () => {
    folder = teamFolder('teamcharter-levels-', paymentsTeam(localToday()));
    ({ server, browser, page } = await openVsCode(folder, { settings: TEXT_BY_DEFAULT, viewport: { width: 1500, height: 950 } }));
    await page.locator('.statusbar-item', { hasText: 'payments' }).waitFor({ timeout: 120_000 });
  });

  afterEach(async function () {
    await screenshotIfFailed(this.currentTest, page);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('the status bar shows the team level (its lowest step), and on hover the step to work on next', async () => {
    const item = page.locator('.statusbar-item', { hasText: 'payments' });
    assert.match(squeeze(await item.innerText()), /^payments not yet · \d+%/, 'the level first, then the score');
    await item.hover();
    const hover = page.locator('.monaco-hover, .workbench-hover', { hasText: 'Work on next' }).first();
    await hover.waitFor();
    const tooltip = squeeze(await hover.innerText());
    assert.ok(tooltip.includes('Team payments: level not yet'), tooltip);
    assert.ok(tooltip.includes(WORK_ON_NEXT), tooltip);
    await screenshot(page, 'levels-status-bar');
    await page.mouse.move(700, 400);
  });

  it('the Teams view shows each step with its level, and what holds it back', async () => {
    await page.locator('.activitybar [aria-label^="Team Charter"]').first().click();
    const view = page.locator('.pane', { hasText: 'Teams' });
    const team = view.locator('.monaco-list-row', { hasText: 'payments' }).first();
    await team.waitFor();
    const shown = await rowText(team);
    assert.equal(shown.label, 'payments');
    assert.match(shown.description, /^Payments · not yet · \d+%$/, 'the team: its name, its level, then its score');
    // A refresh of the tree (it follows every lint) can swallow a click: expand until it shows expanded.
    const group = view.locator('.monaco-list-row', { hasText: 'Checklist and pulse' });
    await until(page, 'the steps are expanded', async () => {
      if ((await group.getAttribute('aria-expanded')) === 'true') return true;
      await group.click();
      return false;
    });
    for (const expected of PAYMENTS_LEVELS) {
      const row = view.locator('.monaco-list-row', { has: page.locator('.label-name', { hasText: new RegExp(`^${expected.step}\\. `) }) });
      await row.waitFor();
      // What is shown beside the step's name, and what the tooltip and a screen reader say.
      const { description } = await rowText(row);
      assert.ok(description.startsWith(`${expected.level} · `), `step ${expected.step}: ${description}`);
      const words = (await row.getAttribute('aria-label')) ?? '';
      assert.ok(words.startsWith(`Step ${expected.step}, ${expected.name}: ${expected.level}`), words);
      const heldBy = /\(held by ([^)]+)\)/.exec(words)?.[1];
      if (expected.heldBy) assert.match(heldBy ?? '', expected.heldBy, words);
      else assert.equal(heldBy, undefined, `nothing holds a confirmed step: ${words}`);
    }
    await screenshot(page, 'levels-teams-view');
  });

  it("the form's checklist panel shows each step's level and what holds it, beside the findings", async () => {
    await runCommand(page, 'View: Close All Editors');
    await quickOpen(page, 'payments.charter.yaml');
    await runCommand(page, 'Team Charter: Open in Form');
    const steps = webview(page).locator('aside.checklist li.step');
    await steps.nth(6).waitFor({ timeout: 60_000 });
    assert.equal(await steps.count(), 7, 'the seven steps');
    for (const expected of PAYMENTS_LEVELS) {
      const step = steps.nth(expected.step - 1);
      const shown = squeeze(await step.locator('.step-level').innerText());
      const [level, heldBy] = shown.replace(/^Team level /, '').split(' · held by ');
      assert.equal(level, expected.level, `step ${expected.step}: ${shown}`);
      if (expected.heldBy) assert.match(heldBy ?? '', expected.heldBy, shown);
      else assert.equal(heldBy, undefined, shown);
    }
    // The finding that holds step 3 is listed under it, to click.
    assert.match(await steps.nth(2).locator('.step-findings').innerText(), /pia has no growth path/);
    await screenshot(page, 'levels-checklist');
  });

  it('the dashboard leads with the step to work on next, and has each step with its level and what holds it', async () => {
    await runCommand(page, 'View: Close All Editors');
    await runCommand(page, 'Team Charter: Show Team Dashboard');
    const dashboard = webview(page);
    const main = dashboard.locator('main');
    await main.waitFor();
    const text = squeeze(await main.innerText());
    assert.equal(squeeze(await dashboard.locator('.card', { hasText: 'Team level' }).innerText()), 'Team level not yet');
    assert.ok(text.includes(WORK_ON_NEXT), text.slice(0, 600));
    for (const expected of PAYMENTS_LEVELS) {
      const row = dashboard.locator('tr', { hasText: `${expected.step}. ${expected.name}` }).first();
      // Step, level, held by, score, checks passed, pulse.
      const cells = (await row.locator('td, th').allInnerTexts()).map(squeeze);
      assert.equal(cells[1], expected.level, `step ${expected.step}: ${cells.join(' | ')}`);
      if (expected.heldBy) assert.match(cells[2], expected.heldBy, cells.join(' | '));
      else assert.equal(cells[2], '—', cells.join(' | '));
    }
    await screenshot(page, 'levels-dashboard');
  });
});
