/** The extension's settings (contributes.configuration), read in one place. */
import * as vscode from 'vscode';

export interface Settings {
  root: string;
  rules: Record<string, unknown>;
  lintOnType: boolean;
  debounceMs: number;
  openFormByDefault: boolean;
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration('teamcharter', scope);
  return {
    root: config.get<string>('root') || '.team',
    rules: config.get<Record<string, unknown>>('rules') ?? {},
    lintOnType: config.get<boolean>('lintOnType') ?? true,
    debounceMs: Math.max(0, config.get<number>('debounceMs') ?? 150),
    openFormByDefault: config.get<boolean>('openFormByDefault') ?? false,
  };
}
