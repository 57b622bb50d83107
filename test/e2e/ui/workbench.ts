/** Driving the VS Code workbench in the browser the way a person does. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { REPO, RESULTS, launchBrowser, packageVsix, startCodeServer, tools, type Server } from '../../../scripts/codeServer';

let vsix: string | undefined;
/** The .vsix that `npm run package` makes, built once per test run. */
export function builtVsix(): string {
  return (vsix ??= packageVsix(path.join(REPO, 'out/teamcharter.vsix')));
}

/**
 * Settings for a test that opens team files as text first, as README says users who prefer
 * the YAML do: the form is the default editor otherwise.
 */
export const TEXT_BY_DEFAULT = { 'workbench.editorAssociations': { '*.charter.yaml': 'default', '*.retro.yaml': 'default' } };

const QUICK_INPUT = '.quick-input-widget';

interface QuickInputState {
  /** Shown, with the keyboard in it: a key pressed now goes to it, not to an editor or a form behind it. */
  open: boolean;
  visible: boolean;
  /** It was shown at some moment since watchQuickInput (it can open and close between two looks). */
  shown: boolean;
  /** The text in its box. */
  value: string;
  /** The index of its focused row, and of the row labelled exactly as asked (-1: none). */
  focused: number;
  wanted: number;
  /** The element with the keyboard, for a message. */
  keyboardAt: string;
}

/** Where the quick input stands, read in one go. */
async function quickInputAt(page: Page, label = ''): Promise<QuickInputState> {
  return page.evaluate(
    ([selector, wantedLabel]) => {
      const widget = document.querySelector<HTMLElement>(selector);
      const rows = [...(widget?.querySelectorAll<HTMLElement>('.monaco-list-row') ?? [])];
      const focused = rows.find((row) => row.classList.contains('focused'));
      const wanted = rows.find((row) => row.querySelector('.label-name')?.textContent === wantedLabel);
      return {
        open: widget !== null && widget.style.display !== 'none' && widget.contains(document.activeElement),
        visible: widget !== null && widget.style.display !== 'none',
        shown: (window as { quickInputShown?: boolean }).quickInputShown === true,
        value: widget?.querySelector<HTMLInputElement>('.quick-input-box input')?.value ?? '',
        focused: focused ? Number(focused.dataset.index) : -1,
        wanted: wanted ? Number(wanted.dataset.index) : -1,
        keyboardAt: `${document.activeElement?.tagName.toLowerCase()}.${document.activeElement?.className}`.slice(0, 80),
      };
    },
    [QUICK_INPUT, label] as const,
  );
}

/**
 * From now on, note in the page whether the quick input shows at any moment: one that opens
 * and closes at once (the keyboard moving to an editor a moment later) is then seen closed
 * at once, not waited for.
 */
async function watchQuickInput(page: Page): Promise<void> {
  await page.evaluate((selector) => {
    const w = window as { quickInputShown?: boolean; quickInputWatch?: MutationObserver };
    w.quickInputWatch?.disconnect();
    w.quickInputShown = false;
    w.quickInputWatch = new MutationObserver((records) => {
      const widget = document.querySelector<HTMLElement>(selector);
      // Shown now, or between two changes of its style (the records come after the task that made them).
      const shown =
        widget !== null &&
        (widget.style.display !== 'none' || records.some((r) => r.target === widget && r.oldValue !== null && !r.oldValue.includes('display: none')));
      if (shown) {
        w.quickInputShown = true;
        w.quickInputWatch?.disconnect();
      }
    });
    w.quickInputWatch.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['style'], attributeOldValue: true });
  }, QUICK_INPUT);
}

/** Wait until the quick input stands as `done` says; `what` says what did not happen in time. */
async function untilQuickInput(page: Page, label: string, done: (at: QuickInputState) => boolean, what: string): Promise<QuickInputState> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const at = await quickInputAt(page, label);
    if (done(at)) return at;
    if (Date.now() > deadline) throw new Error(`${what} within 10 s (the keyboard is on ${at.keyboardAt}${at.open ? ' in the quick input' : ''})`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * Choose `label`'s row as a person does with the keyboard: the arrow keys move the focus to
 * it (the best match is not always first: ">Close All Editors" puts "Git: Close All
 * Unmodified Editors" first, and a label can be the start of another: "View: Close All
 * Editors in Group"), Enter chooses it. Each key is pressed only while the quick input has
 * the keyboard, read just before, so that none lands in an editor or a form behind it.
 * Throws when the row is not listed, or the quick input closes.
 */
async function chooseRow(page: Page, label: string): Promise<void> {
  for (let presses = 0; presses < 50; presses++) {
    const at = await untilQuickInput(page, label, (q) => !q.open || q.wanted >= 0, `"${label}" was not listed`);
    if (!at.open) throw new Error(`the quick input closed before "${label}" was chosen`);
    if (at.focused === at.wanted) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press(at.focused > at.wanted ? 'ArrowUp' : 'ArrowDown');
  }
  throw new Error(`the arrow keys never reached "${label}"`);
}

/** One step in a quick input: what to type, and the label of the row to choose. */
interface Choice {
  text: string;
  label: string;
}

/**
 * Open the quick input with `key` and make each choice in turn: type its text, move to its
 * row with the arrow keys and choose it with Enter (a command such as Color Theme opens a
 * second quick input for the next choice). A row is not clicked: the quick input may have
 * closed by then. It closes when a webview editor takes the focus a moment after the click
 * that chose its group; then, and when the palette lists a partial registry right after
 * start-up, it is opened again (without the click: the key reaches the workbench from a
 * webview too), a few times at most. `keyboard`: no click at all, and the text is typed.
 */
async function chooseInQuickInput(page: Page, key: string, choices: readonly Choice[], keyboard: boolean): Promise<void> {
  const widget = page.locator(QUICK_INPUT);
  for (let attempt = 1; ; attempt++) {
    // A maximized panel hides the editor area.
    const editorArea = page.locator('.monaco-workbench .part.editor');
    if (!keyboard && attempt === 1 && (await editorArea.isVisible())) await editorArea.click({ position: { x: 5, y: 5 } });
    await watchQuickInput(page);
    await page.keyboard.press(key);
    try {
      for (const [i, choice] of choices.entries()) {
        // A choice's quick input is open with an empty box (the one before keeps its text until it closes).
        const at = await untilQuickInput(
          page,
          '',
          (q) => (q.open && (i === 0 || q.value === '')) || (i === 0 && q.shown && !q.visible),
          i === 0 ? `${key} opened no quick input` : `no quick input opened for "${choice.label}"`,
        );
        if (!at.open) throw new Error(`the quick input closed as it opened (the keyboard went to ${at.keyboardAt})`);
        if (keyboard) {
          // Key by key, each while the quick input has the keyboard: none may land in an editor.
          for (const char of choice.text) {
            if (!(await quickInputAt(page)).open) throw new Error(`the quick input closed while "${choice.text}" was typed`);
            await page.keyboard.type(char);
          }
        } else await page.locator(`${QUICK_INPUT} .quick-input-box input`).fill(choice.text, { timeout: 5_000 });
        await chooseRow(page, choice.label);
      }
      await widget.waitFor({ state: 'hidden' });
      return;
    } catch (error) {
      if (attempt === 4) {
        await screenshot(page, `quick-input-${choices[0].text.replace(/\W+/g, '-')}`);
        throw error;
      }
      // Said in the run's log, so that a retry is seen, not hidden.
      console.log(`      quick input "${choices[0].text}", attempt ${attempt}: ${(error as Error).message.split('\n')[0]}; opening it again`);
      if (await widget.isVisible()) {
        await page.keyboard.press('Escape');
        await widget.waitFor({ state: 'hidden' });
      }
    }
  }
}

/** Open a workspace file through Quick Open, as a person does. `keyboard`: with the keyboard alone. */
export async function quickOpen(page: Page, fileName: string, { keyboard = false } = {}): Promise<void> {
  await chooseInQuickInput(page, 'Control+P', [{ text: fileName, label: fileName }], keyboard);
}

/**
 * The text shown by a Monaco editor (spaces as spaces). Monaco reuses line elements out of
 * order and renders only what is in view, so lines are sorted by their position; the UI
 * tests use a small font so that whole fixture files are in view.
 */
export async function editorText(editor: Locator): Promise<string> {
  const lines = await editor
    .locator('.view-lines .view-line')
    .evaluateAll((elements) => elements.map((el) => ({ top: parseFloat((el as HTMLElement).style.top) || 0, text: (el as HTMLElement).innerText })));
  return lines
    .sort((a, b) => a.top - b.top)
    .map((l) => l.text.replace(/\u00a0/g, ' '))
    .join('\n');
}

export async function openWorkbench(page: Page, url: string, folder: string): Promise<void> {
  // A busy CI machine can take minutes to serve the workbench: generous bounds, not Playwright's 30 s.
  await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`, { timeout: 240_000 });
  await page.waitForSelector('.monaco-workbench .part.statusbar', { timeout: 240_000 });
}

/**
 * Run a command from the palette by its "Category: Title" (the palette matches what is typed
 * against titles). `keyboard`: with the keyboard alone.
 */
export async function runCommand(page: Page, label: string, { keyboard = false } = {}): Promise<void> {
  await chooseInQuickInput(page, 'F1', [{ text: `>${label.replace(/^[^:]+:\s*/, '')}`, label }], keyboard);
}

/** Open an extension's walkthrough as a person does: "Welcome: Open Walkthrough..." in the palette, then its title. */
export async function openWalkthrough(page: Page, title: string): Promise<void> {
  await chooseInQuickInput(
    page,
    'F1',
    [
      { text: '>Open Walkthrough', label: 'Welcome: Open Walkthrough...' },
      { text: title, label: title },
    ],
    false,
  );
}

export interface ColorTheme {
  /** The value of `workbench.colorTheme`, e.g. "Default High Contrast". */
  id: string;
  /** What the theme picker shows, e.g. "Dark High Contrast". */
  label: string;
  /** The class the workbench takes for its kind. */
  kind: 'vs' | 'vs-dark' | 'hc-black' | 'hc-light';
}

/**
 * The themes besides the default that the accessibility checks run in: each with the class
 * the webview's body takes in it, and a screenshot name for those worth keeping.
 */
export const OTHER_THEMES: readonly { theme: ColorTheme; body: string; shot?: string }[] = [
  { theme: { id: 'Dark 2026', label: 'Dark 2026', kind: 'vs-dark' }, body: 'vscode-dark' },
  { theme: { id: 'Default High Contrast', label: 'Dark High Contrast', kind: 'hc-black' }, body: 'vscode-high-contrast', shot: 'high-contrast' },
  {
    theme: { id: 'Default High Contrast Light', label: 'Light High Contrast', kind: 'hc-light' },
    body: 'vscode-high-contrast-light',
    shot: 'high-contrast-light',
  },
];

/**
 * Switch the workbench's theme as a person does, with "Preferences: Color Theme", which
 * writes the user setting `workbench.colorTheme` (checked in the settings file).
 */
export async function setColorTheme(page: Page, server: Server, theme: ColorTheme): Promise<void> {
  await chooseInQuickInput(
    page,
    'F1',
    [
      { text: '>Color Theme', label: 'Preferences: Color Theme' },
      { text: theme.label, label: theme.label },
    ],
    false,
  );
  await page.locator(`.monaco-workbench.${theme.kind}`).waitFor({ timeout: 120_000 });
  const settings = path.join(server.home, 'ud', 'User', 'settings.json');
  // The file can be read while VS Code writes it (empty, or cut short): that is "not yet" too.
  const written = () => {
    try {
      return (JSON.parse(readFileSync(settings, 'utf8')) as Record<string, unknown>)['workbench.colorTheme'] === theme.id;
    } catch {
      return false;
    }
  };
  for (const deadline = Date.now() + 20_000; !written();) {
    if (Date.now() > deadline) throw new Error(`workbench.colorTheme is not "${theme.id}" in ${settings}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * A wait for a condition no event reports ("the list has lost an item"), checked again and
 * again; on a timeout, a screenshot of what the screen showed. `timeoutMs` is the wait a
 * suite gives by default (a call may give its own).
 */
export function untilWithin(timeoutMs: number) {
  return async (page: Page, what: string, check: () => Promise<boolean> | boolean, ms = timeoutMs): Promise<void> => {
    const deadline = Date.now() + ms;
    while (!(await check())) {
      if (Date.now() > deadline) {
        await screenshot(page, `timeout-${what.replace(/\W+/g, '-').slice(0, 60)}`);
        throw new Error(`timed out waiting until ${what}`);
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
}

/** After a failed test, what the screen showed, kept with the other screenshots (for an afterEach hook). */
export async function screenshotIfFailed(test: { state?: string; title: string } | undefined, page: Page | undefined): Promise<void> {
  if (test?.state === 'failed' && page) await screenshot(page, `failed-${test.title.replace(/\W+/g, '-').slice(0, 60)}`);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** A real VS Code in the browser on `folder`, with the packaged extension installed, ready to use. */
export async function openVsCode(
  folder: string,
  options: { settings?: Record<string, unknown>; viewport: { width: number; height: number } },
): Promise<{ server: Server; browser: Browser; page: Page }> {
  const resolved = await tools();
  const server = await startCodeServer({ tools: resolved, folder, vsix: builtVsix(), settings: options.settings });
  const browser = await launchBrowser(resolved);
  try {
    const page = await browser.newPage({ viewport: options.viewport });
    await openWorkbench(page, server.url, server.folder);
    return { server, browser, page };
  } catch (error) {
    // The caller gets no handles to close: a server or browser left running keeps mocha from exiting.
    await browser.close().catch(() => undefined);
    await server.stop();
    throw error;
  }
}

/** A new temporary folder holding a team's files (paths relative to it → text), for a test that opens it as its workspace. */
export function teamFolder(prefix: string, files: Record<string, string>): string {
  const folder = mkdtempSync(path.join(tmpdir(), prefix));
  for (const [relative, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, relative)), { recursive: true });
    writeFileSync(path.join(folder, relative), text);
  }
  return folder;
}
