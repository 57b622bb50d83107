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
  /**
   * What configFor answered, by file, and each config with the settings on top.
   * The engine asks for every file of a team on every keystroke, and caches
   * rule settings per config object; both change only when a config file or the
   * settings do.
   */
  private readonly byFile = new Map<string, Config>();
  private readonly withSettings = new Map<Config, Config>();

  private changed(): void {
    this.byFile.clear();
    this.withSettings.clear();
  }

  setOverrides(overrides: Record<string, unknown>): void {
    this.overrides = overrides;
    this.changed();
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
        this.delete(uri);
        return undefined;
      } else entry = { uri, error: new ConfigError(vscode.workspace.asRelativePath(uri), undefined, `cannot read: ${(error as Error).message}`) };
    }
    this.configs.set(uri.path, entry);
    this.changed();
    return entry.error;
  }

  delete(uri: vscode.Uri): void {
    this.configs.delete(uri.path);
    this.changed();
  }

  errors(): { uri: vscode.Uri; error: ConfigError }[] {
    return [...this.configs.values()].filter((e) => e.error).map((e) => ({ uri: e.uri, error: e.error! }));
  }

  /** The config for a team file, by its URI string. A broken config counts as the defaults (its error is shown on it). */
  configFor(file: string): Config {
    let config = this.byFile.get(file);
    if (!config) {
      const path = vscode.Uri.parse(file).path;
      const nearest = configCandidates(path).find((candidate) => this.configs.has(candidate));
      const base = (nearest !== undefined && this.configs.get(nearest)!.config) || DEFAULT_CONFIG;
      config = this.withSettings.get(base);
      if (!config) this.withSettings.set(base, (config = withOverrides(base, this.overrides)));
      this.byFile.set(file, config);
    }
    return config;
  }
}
