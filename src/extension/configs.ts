/**
 * The config files of the workspace, read through workspace.fs, with the
 * nearest-wins lookup of the core and the teamcharter.rules setting on top.
 */
import * as vscode from 'vscode';
import { ConfigError, DEFAULT_CONFIG, configCandidates, parseConfig, withOverrides, type Config } from '../core/config';

export const CONFIG_GLOB = '**/teamcharter.config.{yaml,yml}';

export class ConfigIndex {
  private readonly configs = new Map<string, { uri: vscode.Uri; config?: Config; error?: ConfigError }>();
  private overrides: Record<string, unknown> = {};

  setOverrides(overrides: Record<string, unknown>): void {
    this.overrides = overrides;
  }

  /** Read (or re-read) a config file; returns its error, if any. */
  async load(uri: vscode.Uri): Promise<ConfigError | undefined> {
    let entry: { uri: vscode.Uri; config?: Config; error?: ConfigError };
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      entry = { uri, config: parseConfig(vscode.workspace.asRelativePath(uri), bytes) };
    } catch (error) {
      if (error instanceof ConfigError) entry = { uri, error };
      else if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') {
        this.configs.delete(uri.path);
        return undefined;
      } else entry = { uri, error: new ConfigError(vscode.workspace.asRelativePath(uri), undefined, `cannot read: ${(error as Error).message}`) };
    }
    this.configs.set(uri.path, entry);
    return entry.error;
  }

  delete(uri: vscode.Uri): void {
    this.configs.delete(uri.path);
  }

  errors(): { uri: vscode.Uri; error: ConfigError }[] {
    return [...this.configs.values()].filter((e) => e.error).map((e) => ({ uri: e.uri, error: e.error! }));
  }

  /** The config for a team file, by its URI string. A broken config counts as the defaults (its error is shown on it). */
  configFor(file: string): Config {
    const path = vscode.Uri.parse(file).path;
    for (const candidate of configCandidates(path)) {
      const entry = this.configs.get(candidate);
      if (entry) return withOverrides(entry.config ?? DEFAULT_CONFIG, this.overrides);
    }
    return withOverrides(DEFAULT_CONFIG, this.overrides);
  }
}
