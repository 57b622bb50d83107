/**
 * The config files of the workspace for the core's lookup (ConfigLookup):
 * found by the glob and the file watcher, read through workspace.fs; the
 * teamcharter.rules setting goes on top.
 */
import * as vscode from 'vscode';
import { ConfigError } from '../core/engine/config';
import { ConfigLookup } from '../core/engine/configLookup';
import { RULES } from '../core/rules';

export const CONFIG_GLOB = '**/teamcharter.config.{yaml,yml}';

export class ConfigIndex {
  /** What workspace.fs gave for each config path (the lookup reads it from here, synchronously). */
  private readonly read = new Map<string, { uri: vscode.Uri; bytes: Uint8Array } | { uri: vscode.Uri; error: ConfigError }>();
  readonly lookup = new ConfigLookup(
    {
      read: (path) => {
        const entry = this.read.get(path);
        if (entry && 'error' in entry) throw entry.error;
        return entry && { bytes: entry.bytes };
      },
      shown: (path) => vscode.workspace.asRelativePath(this.read.get(path)?.uri ?? path),
      // Team files are named by their URI strings; configs of every scheme are found by path.
      pathOf: (file) => vscode.Uri.parse(file).path,
    },
    RULES,
  );

  /** Read (or re-read) a config file; returns its error, if any. */
  async load(uri: vscode.Uri): Promise<ConfigError | undefined> {
    try {
      this.read.set(uri.path, { uri, bytes: await vscode.workspace.fs.readFile(uri) });
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') {
        this.delete(uri);
        return undefined;
      }
      this.read.set(uri.path, { uri, error: new ConfigError(vscode.workspace.asRelativePath(uri), undefined, `cannot read: ${(error as Error).message}`) });
    }
    return this.lookup.load(uri.path);
  }

  delete(uri: vscode.Uri): void {
    this.read.delete(uri.path);
    this.lookup.forget(uri.path);
  }

  /** The config that applies to `file` among those read (broken ones too: they are what to fix); undefined when none does. */
  applyingTo(file: vscode.Uri): vscode.Uri | undefined {
    const path = this.lookup.configFileOf(file.path);
    return path === undefined ? undefined : this.read.get(path)?.uri;
  }

  errors(): { uri: vscode.Uri; error: ConfigError }[] {
    return this.lookup.errors().map(({ path, error }) => ({ uri: this.read.get(path)?.uri ?? vscode.Uri.file(path), error }));
  }
}
