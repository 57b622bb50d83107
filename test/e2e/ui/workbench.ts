/** Driving the VS Code workbench in the browser the way a person does. */
import { mkdirSync, readFileSync } from 'node:fs';
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
 * Open the quick input with `key`, type `text` and wait for `row`. The click that takes the
 * keyboard out of a webview focuses an editor; a webview editor takes that focus a moment
 * later, which closes a quick input opened in between. Then — and when the palette lists a
 * partial registry right after start-up — it is opened again, a few times at most.
 * `keyboard`: no click at all (the key reaches the workbench from a webview too), and the
 * text is typed.
 */
async function quickInput(page: Page, key: string, text: string, row: Locator, keyboard = false): Promise<void> {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  for (let attempt = 1; ; attempt++) {
    // A maximized panel hides the editor area.
    const editorArea = page.locator('.monaco-workbench .part.editor');
    if (!keyboard && (await editorArea.isVisible())) await editorArea.click({ position: { x: 5, y: 5 } });
    await page.keyboard.press(key);
    try {
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      if (keyboard) await page.keyboard.type(text);
      else await input.fill(text, { timeout: 5_000 });
      await row.waitFor({ state: 'visible', timeout: 10_000 });
      return;
    } catch (error) {
      if (attempt === 4) {
        await screenshot(page, `quick-input-${text.replace(/\W+/g, '-')}`);
        throw error;
      }
      if (await input.isVisible()) {
        await page.keyboard.press('Escape');
        await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
      }
    }
  }
}

/** Open a workspace file through Quick Open, as a person does. */
export async function quickOpen(page: Page, fileName: string): Promise<void> {
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: fileName }).first();
  await quickInput(page, 'Control+P', fileName, row);
  await row.click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/**
 * The text shown by a Monaco editor (spaces as spaces). Monaco reuses line elements out of
 * order and renders only what is in view, so lines are sorted by their position; the UI
 * tests use a small font so that whole fixture files are in view.
 */
export async function editorText(editor: Locator): Promise<string> {
  const lines = await editor.locator('.view-lines .view-line').evaluateAll((elements) =>
    elements.map((el) => ({ top: parseFloat((el as HTMLElement).style.top) || 0, text: (el as HTMLElement).innerText })),
  );
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

/** Run a command from the palette by its "Category: Title" (the palette matches what is typed against titles). */
export async function runCommand(page: Page, label: string): Promise<void> {
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: label }).first();
  await quickInput(page, 'F1', `>${label.replace(/^[^:]+:\s*/, '')}`, row);
  await row.click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** Quick Open and the palette with the keyboard alone: the first row that shows `text` is chosen with Enter. */
export async function quickOpenByKeyboard(page: Page, fileName: string): Promise<void> {
  await quickInput(page, 'Control+P', fileName, page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: fileName }), true);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

export async function runCommandByKeyboard(page: Page, label: string): Promise<void> {
  await quickInput(page, 'F1', `>${label.replace(/^[^:]+:\s*/, '')}`, page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: label }), true);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
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
 * Switch the workbench's theme as a person does, with "Preferences: Color Theme", which
 * writes the user setting `workbench.colorTheme` (checked in the settings file).
 */
export async function setColorTheme(page: Page, server: Server, theme: ColorTheme): Promise<void> {
  await quickInput(page, 'F1', '>Color Theme', page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Preferences: Color Theme' }).first());
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Preferences: Color Theme' }).first().click();
  await page.keyboard.type(theme.label);
  const exact = new RegExp(`^${theme.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  await page.locator('.quick-input-widget .monaco-list-row', { has: page.locator('.label-name', { hasText: exact }) }).first().click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  await page.locator(`.monaco-workbench.${theme.kind}`).waitFor({ timeout: 120_000 });
  const settings = path.join(server.home, 'ud', 'User', 'settings.json');
  for (const deadline = Date.now() + 20_000; (JSON.parse(readFileSync(settings, 'utf8')) as Record<string, unknown>)['workbench.colorTheme'] !== theme.id; ) {
    if (Date.now() > deadline) throw new Error(`workbench.colorTheme is not "${theme.id}" in ${settings}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
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
export async function openVsCode(folder: string, options: { settings?: Record<string, unknown>; viewport: { width: number; height: number } }): Promise<{ server: Server; browser: Browser; page: Page }> {
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
