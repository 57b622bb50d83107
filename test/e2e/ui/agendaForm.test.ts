/**
 * The retro form runs the meeting (issue 23, item 4): the team's latest retro opened in
 * the form shows an Agenda section at the top, and each item is handled in place, with
 * the mouse and with the keyboard alone. Each edit is the form's minimal, comment-keeping
 * edit; an item leaves the list once it is handled; Ctrl+S saves it all, read back from
 * disk with every comment kept; the section passes axe in the four themes, and follows
 * the file when it changes on disk. Screenshots: test-results/agenda-form-start.png,
 * agenda-form.png (after the three items), agenda-form-empty.png (after all of them),
 * agenda-form-high-contrast.png and agenda-form-high-contrast-light.png.
 */
import { strict as assert } from 'node:assert';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import { parse } from 'yaml';
import type { Server } from '../../../scripts/codeServer';
import { localToday } from '../../../src/core/format/dates';
import { axeViolations, describeViolations } from './a11y';
import { MEETING_COMMENTS, meetingRetroPath, webTeam } from './agendaTeam';
import {
  TEXT_BY_DEFAULT,
  openVsCode,
  quickOpen,
  runCommand,
  screenshot,
  screenshotIfFailed,
  setColorTheme,
  teamFolder,
  untilWithin,
  OTHER_THEMES,
} from './workbench';

const TODAY = localToday();
const RETRO = meetingRetroPath(TODAY);

/** The form's document: webviews live in two nested iframes. */
function form(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
}

const until = untilWithin(30_000);

/** The agenda's item of that key (e.g. "credit:tom"). */
function agendaItem(f: FrameLocator, key: string): Locator {
  return f.locator(`#section-agenda [data-agenda-key="${key}"]`);
}

/** The keys of the items the Agenda section lists, in order. */
async function agendaKeys(f: FrameLocator): Promise<string[]> {
  return f.locator('#section-agenda [data-agenda-key]').evaluateAll((els) => els.map((el) => el.getAttribute('data-agenda-key') ?? ''));
}

/** The id and accessible name of what has the keyboard focus in the form (inside a component if need be). */
async function focused(f: FrameLocator): Promise<{ id: string; label: string }> {
  return f.locator('body').evaluate(() => {
    const top = document.activeElement;
    let el: Element | null = top;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return { id: top?.id ?? '', label: el?.getAttribute('aria-label') ?? top?.getAttribute('aria-label') ?? '' };
  });
}

async function tabTo(page: Page, f: FrameLocator, what: string, test: (at: { id: string; label: string }) => boolean): Promise<void> {
  for (let presses = 0; presses < 80; presses++) {
    await page.keyboard.press('Tab');
    if (test(await focused(f))) return;
  }
  await screenshot(page, `agenda-tab-to-${what.replace(/\W+/g, '-')}`);
  throw new Error(`Tab never reached ${what}`);
}

describe('the retro form runs the meeting: the Agenda section', () => {
  let folder: string;
  let server: Server;
  let browser: Browser;
  let page: Page;
  const onDisk = () => readFileSync(path.join(server.folder, RETRO), 'utf8');

  before(async () => {
    folder = teamFolder('teamcharter-agenda-', webTeam(TODAY));
    ({ server, browser, page } = await openVsCode(folder, { settings: TEXT_BY_DEFAULT, viewport: { width: 1500, height: 1000 } }));
    await page.locator('.statusbar-item', { hasText: 'web' }).waitFor({ timeout: 120_000 });
  });

  afterEach(async function () {
    await screenshotIfFailed(this.currentTest, page);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  /** The meeting's retro in the form (Quick Open shows it in the editor last used for it: the text, or the form). */
  async function openMeeting(keyboard = false): Promise<FrameLocator> {
    await runCommand(page, 'View: Close All Editors', { keyboard });
    await quickOpen(page, path.basename(RETRO), { keyboard });
    const agenda = form(page).locator('#section-agenda');
    const text = page.locator('.editor-group-container.active .monaco-editor');
    await until(page, 'the retro is shown', async () => (await text.count()) > 0 || (await agenda.count()) > 0);
    if ((await agenda.count()) === 0) await runCommand(page, 'Team Charter: Open in Form', { keyboard });
    await agenda.waitFor();
    return form(page);
  }

  it('lists what is still to do; reviewing A-1, adding the action for the low step and crediting tom each take it off, and Ctrl+S saves them with every comment', async () => {
    const f = await openMeeting();
    await until(
      page,
      'the agenda lists the open actions, the low step, tom and the facilitator',
      async () => (await agendaKeys(f)).join(' ') === 'action:A-1 action:A-3 pulse:decisions credit:tom facilitator:tom',
    );
    // The agenda is the first thing in the form, above the retro's own sections.
    const firstSection = await f.locator('main.form-pane section.form-section').first().getAttribute('id');
    assert.equal(firstSection, 'section-agenda');
    // Each item in the core's words, as the CLI's agenda says it.
    assert.match(await agendaItem(f, 'action:A-1').innerText(), /A-1 "Lazy-load the product images" \(lee, due \d{4}-\d{2}-\d{2}\): open since .*in 5 retros/);
    assert.match(await agendaItem(f, 'pulse:decisions').innerText(), /Step 5, Empowered decisions: rated low \(mean 2 out of 5\)/);
    await screenshot(page, 'agenda-form-start');

    // done.
    const a1 = agendaItem(f, 'action:A-1');
    const status = a1.locator('vscode-single-select');
    assert.deepEqual(
      (await status.locator('vscode-option').allInnerTexts()).map((t) => t.trim()),
      ['(choose a status)', 'done', 'in-progress', 'carried', 'blocked', 'deferred', 'dropped'],
    );
    await status.click();
    await status.locator('li[role=option]', { hasText: 'done' }).click();
    await a1.locator('vscode-button', { hasText: 'Record review' }).click();
    await until(page, 'A-1 leaves the agenda', async () => !(await agendaKeys(f)).includes('action:A-1'));

    // The low step: the core's "Add an action for this step"; the focus goes to the new action's title.
    await agendaItem(f, 'pulse:decisions').locator('vscode-button', { hasText: 'Add an action for this step' }).click();
    await until(page, 'the pulse item leaves the agenda', async () => !(await agendaKeys(f)).includes('pulse:decisions'));
    await until(page, "the new action's title has the focus", async () => (await focused(f)).id === 'field-actions-0-title');
    await page.keyboard.type('Let the on-call engineer approve hotfixes');

    // tom: credited in a new win; the focus goes to its text, to say what he did.
    await agendaItem(f, 'credit:tom').locator('vscode-button', { hasText: 'Credit in a win' }).click();
    await until(page, 'tom leaves the agenda', async () => !(await agendaKeys(f)).includes('credit:tom'));
    await until(page, "the new win's text has the focus", async () => (await focused(f)).id === 'field-wins-0-text');
    await page.keyboard.type('Found the slow font before the sale');

    assert.deepEqual(await agendaKeys(f), ['action:A-3', 'facilitator:tom'], 'only what is still to do is left');
    await page.keyboard.press('Control+S');
    await until(page, 'the retro is saved', async () => (await page.locator('.tab.dirty').count()) === 0 && /Found the slow font/.test(onDisk()));
    const text = onDisk();
    const saved = parse(text) as Record<string, unknown>;
    assert.deepEqual(saved.previousActions, [{ id: 'A-1', status: 'done' }, { id: 'A-3' }]);
    assert.deepEqual(saved.actions, [{ id: 'A-4', title: 'Let the on-call engineer approve hotfixes', owner: '<who owns it: a member>', step: 'decisions' }]);
    assert.deepEqual(saved.wins, [{ text: 'Found the slow font before the sale', who: ['tom'] }]);
    for (const comment of MEETING_COMMENTS) assert.match(text, comment, 'every comment is kept');
    assert.deepEqual(await agendaKeys(f), ['action:A-3', 'facilitator:tom'], 'the saved file gives the same agenda');
    await f.locator('#section-agenda').scrollIntoViewIfNeeded();
    await screenshot(page, 'agenda-form');
  });

  it('from the keyboard alone: set the facilitator, defer A-3 with its date and reason; axe finds nothing, and the list ends empty', async () => {
    const f = await openMeeting(true);
    await until(page, 'the agenda is drawn', async () => (await agendaKeys(f)).length === 2);
    const violations = await axeViolations(f);
    assert.equal(violations.length, 0, `axe in the Agenda section:\n${describeViolations(violations)}`);

    await tabTo(page, f, 'Set as facilitator', (at) => at.label === 'Set as facilitator: tom');
    await page.keyboard.press('Enter');
    await until(page, 'the facilitator item leaves', async () => !(await agendaKeys(f)).includes('facilitator:tom'));
    // The focus moves on to what is left: A-3's status.
    await until(page, "A-3's status has the focus", async () => (await focused(f)).id === 'agenda-action_3a_A-3--status');

    // Deferred (five down from "(choose a status)"): a date and a reason are asked for; Record without them says so.
    await page.keyboard.press('Enter');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const a3 = agendaItem(f, 'action:A-3');
    await a3.locator('text=Deferred until').waitFor();
    await tabTo(page, f, 'Record review', (at) => at.label === 'Record review of action A-3');
    await page.keyboard.press('Enter');
    await until(page, 'the review says what is missing', async () => (await a3.locator('.field-invalid').count()) === 2);
    assert.match(await a3.innerText(), /Say until when \(YYYY-MM-DD\)/);
    assert.match(await a3.innerText(), /Say why it is deferred/);
    await until(page, 'the focus is on the date', async () => (await focused(f)).id === 'agenda-action_3a_A-3--until');
    assert.equal(await axeViolations(f).then((v) => v.length), 0, 'the problems pass axe too');
    // The month comes first in the date input.
    await page.keyboard.type('01112027');
    // Past the date input's own calendar button, to the reason.
    await tabTo(page, f, 'the reason', (at) => at.id === 'agenda-action_3a_A-3--note');
    await page.keyboard.type('The vendor answers in January');
    await page.keyboard.press('Enter');
    await until(page, 'A-3 leaves the agenda', async () => (await agendaKeys(f)).length === 0);
    assert.match(await f.locator('#section-agenda').innerText(), /Nothing left on the agenda\./);
    await until(page, 'the focus stays in the Agenda section', async () => (await focused(f)).id === 'section-agenda-body');

    await page.keyboard.press('Control+S');
    await until(page, 'the retro is saved', async () => (await page.locator('.tab.dirty').count()) === 0 && /facilitator: tom/.test(onDisk()));
    const text = onDisk();
    const saved = parse(text) as Record<string, unknown>;
    assert.equal(saved.facilitator, 'tom');
    assert.deepEqual(saved.previousActions, [
      { id: 'A-1', status: 'done' },
      { id: 'A-3', status: 'deferred', until: '2027-01-11', note: 'The vendor answers in January' },
    ]);
    for (const comment of MEETING_COMMENTS) assert.match(text, comment, 'every comment is kept');
    await screenshot(page, 'agenda-form-empty');
  });

  it('follows the file when it changes on disk, and passes axe with every kind of item in the four themes', async () => {
    const f = await openMeeting();
    // The retro as it was before the meeting, written from outside: the agenda is worked out again from it.
    writeFileSync(path.join(server.folder, RETRO), webTeam(TODAY)[RETRO]);
    await until(page, 'the agenda has every item again', async () => (await agendaKeys(f)).length === 5);
    const light = await axeViolations(f);
    assert.equal(light.length, 0, `axe in the Agenda section, the default theme:\n${describeViolations(light)}`);
    for (const { theme, body, shot } of OTHER_THEMES) {
      await setColorTheme(page, server, theme);
      await until(page, `the form has the theme ${theme.id}`, async () => ((await f.locator('body').getAttribute('class')) ?? '').split(/\s+/).includes(body));
      const violations = await axeViolations(f);
      assert.equal(violations.length, 0, `axe in the Agenda section, ${theme.id}:\n${describeViolations(violations)}`);
      if (shot) await screenshot(page, `agenda-form-${shot}`);
    }
  });
});
