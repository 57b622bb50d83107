/** The extension's settings (contributes.configuration), read in one place. */
import * as vscode from 'vscode';

/** When files are linted: as they are typed, or when they are opened and saved (markdownlint's `run`). */
export type LintRun = 'onType' | 'onSave';

export interface Settings {
  root: string;
  rules: Record<string, unknown>;
  run: LintRun;
  debounceMs: number;
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration('teamcharter', scope);
  return {
    root: config.get<string>('root') || '.team',
    rules: config.get<Record<string, unknown>>('rules') ?? {},
    run: lintRun(config),
    debounceMs: Math.max(0, config.get<number>('debounceMs') ?? 150),
  };
}

/** `run` where it is set at any level; else the deprecated `lintOnType`, which people may still have. */
function lintRun(config: vscode.WorkspaceConfiguration): LintRun {
  const run = userValue(config.inspect<string>('run'));
  if (run === 'onType' || run === 'onSave') return run;
  return userValue(config.inspect<boolean>('lintOnType')) === false ? 'onSave' : 'onType';
}

/** A setting's value where someone set it, the most specific first; not its default (VS Code gives a boolean without one `false`). */
function userValue<T>(inspected: { workspaceFolderValue?: T; workspaceValue?: T; globalValue?: T } | undefined): T | undefined {
  return inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue;
}

/**
 * teamcharter.rules for a team file (a URI string), read for its workspace folder: one
 * object per folder, so the core's lookup keeps one config per folder, not per file.
 */
export function rulesByFolder(): (file: string) => Record<string, unknown> {
  const byFolder = new Map<string, Record<string, unknown>>();
  return (file) => {
    const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(file))?.uri;
    const key = folder?.toString() ?? '';
    let rules = byFolder.get(key);
    if (!rules) byFolder.set(key, (rules = readSettings(folder).rules));
    return rules;
  };
}
