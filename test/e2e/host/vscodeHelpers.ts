/** Helpers for tests inside the extension host: waiting on events, never on sleeps. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { TeamCharterApi } from '../../../src/extension/extension';

export const EXTENSION_ID = 'teamcharter.teamcharter';

let api: TeamCharterApi | undefined;

export async function activated(): Promise<TeamCharterApi> {
  if (api) return api;
  const extension = vscode.extensions.getExtension<TeamCharterApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  api = await extension.activate();
  await api.linter.ready();
  return api;
}

export function repoPath(): string {
  return vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath;
}

export function folderUri(): vscode.Uri {
  return vscode.workspace.workspaceFolders![0].uri;
}

export function fileUri(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(folderUri(), relative);
}

export const CHARTER = '.team/platform.charter.yaml';
export const RETRO_1 = '.team/retros/2024-02-05.retro.yaml';
export const RETRO_2 = '.team/retros/2024-02-19.retro.yaml';

/** The fixture text of a workspace file, as checked in. */
export function original(relative: string): string {
  return readFileSync(path.join(repoPath(), 'test/e2e/workspace', relative), 'utf8');
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'teamcharter');
}

export function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** "line rule" strings (1-based lines), sorted: what a fixture's expect markers say. */
export function lineRules(uri: vscode.Uri): string[] {
  return ours(uri)
    .map((d) => `${d.range.start.line + 1} ${ruleOf(d)}`)
    .sort();
}

/** Resolve when the predicate holds for the diagnostics of `uri`; checked now and on every change. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 20_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    if (predicate(ours(uri))) return resolve(ours(uri));
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out waiting for diagnostics of ${vscode.workspace.asRelativePath(uri)}: ${what}; they are: ${lineRules(uri).join('; ')}`));
    }, timeoutMs);
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((u) => u.toString() === uri.toString())) return;
      if (predicate(ours(uri))) {
        clearTimeout(timer);
        subscription.dispose();
        resolve(ours(uri));
      }
    });
  });
}

export const has = (rule: string) => (diagnostics: vscode.Diagnostic[]) => diagnostics.some((d) => ruleOf(d) === rule);
export const lacks = (rule: string) => (diagnostics: vscode.Diagnostic[]) => !diagnostics.some((d) => ruleOf(d) === rule);

/** Put every fixture file back as checked in (documents reverted, files rewritten) and wait for the re-lint. */
export async function resetWorkspace(): Promise<void> {
  const { linter } = await activated();
  // Documents edited by a test are put back and saved first, so that closing them asks nothing.
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty && !d.isClosed && d.uri.scheme === 'file')) {
    const relative = vscode.workspace.asRelativePath(document.uri, false);
    const edit = new vscode.WorkspaceEdit();
    const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
    edit.replace(document.uri, whole, [CHARTER, RETRO_1, RETRO_2].includes(relative) ? original(relative) : '');
    await vscode.workspace.applyEdit(edit);
    // A document can close while this runs (its editor was a preview); then there is nothing to save.
    if (!document.isClosed)
      await document.save().then(undefined, (error: Error) => {
        if (!document.isClosed) throw error;
      });
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  for (const relative of [CHARTER, RETRO_1, RETRO_2]) await vscode.workspace.fs.writeFile(fileUri(relative), new TextEncoder().encode(original(relative)));
  for (const stray of await vscode.workspace.findFiles('**/*.{charter,retro}.yaml')) {
    const relative = vscode.workspace.asRelativePath(stray, false);
    if (![CHARTER, RETRO_1, RETRO_2].includes(relative)) await vscode.workspace.fs.delete(stray);
  }
  for (const config of await vscode.workspace.findFiles('**/teamcharter.config.yaml')) await vscode.workspace.fs.delete(config);
  await linter.reindex();
}

/** Replace a document's whole text in its editor, as a user's edit (undoable). */
export async function setText(editor: vscode.TextEditor, text: string): Promise<void> {
  const document = editor.document;
  const ok = await editor.edit((b) => b.replace(new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), text));
  assert.ok(ok, 'edit applied');
}

export async function open(relative: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(fileUri(relative));
}

/** Report a measurement to the test runner (it collects METRIC lines into test-results/metrics.json). */
export function metric(name: string, value: number, unit: string): void {
  console.log(`METRIC ${JSON.stringify({ name, value: Math.round(value * 100) / 100, unit })}`);
}

/** Resolve with the first tab that matches, now or when the tabs change. */
export function waitForTab(predicate: (tab: vscode.Tab) => boolean, what: string): Promise<vscode.Tab> {
  return new Promise((resolve, reject) => {
    const now = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find(predicate);
    if (now) return resolve(now);
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), 20_000);
    const subscription = vscode.window.tabGroups.onDidChangeTabs(() => {
      const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find(predicate);
      if (tab) {
        clearTimeout(timer);
        subscription.dispose();
        resolve(tab);
      }
    });
  });
}

/**
 * Set a setting of the (first) workspace folder, as its .vscode/settings.json would, and resolve
 * once the extension host reads the new value (checked now and on every configuration change).
 * `undefined` removes it.
 */
export async function setFolderSetting(section: string, key: string, value: unknown): Promise<void> {
  const read = () => vscode.workspace.getConfiguration(section, folderUri()).inspect(key)?.workspaceFolderValue;
  let seen!: () => void;
  const changed = new Promise<void>((resolve) => (seen = resolve));
  const subscription = vscode.workspace.onDidChangeConfiguration(() => {
    if (read() === value) seen();
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await vscode.workspace.getConfiguration(section, folderUri()).update(key, value, vscode.ConfigurationTarget.WorkspaceFolder);
    if (read() === value) return;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`timed out waiting for ${section}.${key} to read ${JSON.stringify(value)}; it reads ${JSON.stringify(read())}`)),
        20_000,
      );
    });
    await Promise.race([changed, timedOut]);
  } finally {
    clearTimeout(timer);
    subscription.dispose();
  }
}

/**
 * The error messages shown while `run` runs, with its result. The extension and this suite share
 * one `vscode` API object (both lie in the extension's folder), so wrapping its showErrorMessage
 * sees what the extension shows; the message is still shown.
 */
export async function errorsShownDuring<T>(run: () => Thenable<T>): Promise<{ result: T; errors: string[] }> {
  const errors: string[] = [];
  const window = vscode.window as { showErrorMessage: (message: string, ...rest: never[]) => Thenable<unknown> };
  const show = window.showErrorMessage;
  window.showErrorMessage = (message, ...rest) => {
    errors.push(message);
    return show.call(vscode.window, message, ...rest);
  };
  try {
    return { result: await run(), errors };
  } finally {
    window.showErrorMessage = show;
  }
}
