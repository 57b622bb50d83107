/**
 * The config files of the workspace for the core's lookup (ConfigLookup):
 * found by the glob and the file watcher, read through workspace.fs, with the
 * files they extend read ahead (the lookup reads synchronously); the
 * teamcharter.rules setting goes on top.
 */
import * as vscode from 'vscode';
import { ConfigError } from '../core/engine/config';
import { ConfigLookup } from '../core/engine/configLookup';
import { RULES } from '../core/rules';

export const CONFIG_GLOB = '**/teamcharter.config.{yaml,yml}';

export class ConfigIndex {
  /** What workspace.fs gave for each config path (the lookup reads it from here, synchronously). */
  private readonly read = new Map<
    string,
    { uri: vscode.Uri; bytes: Uint8Array } | { uri: vscode.Uri; error: ConfigError } | { uri: vscode.Uri; missing: true }
  >();
  readonly lookup = new ConfigLookup(
    {
      read: (path) => {
        const entry = this.read.get(path);
        if (entry && 'error' in entry) throw entry.error;
        return entry && 'bytes' in entry ? { bytes: entry.bytes } : undefined;
      },
      shown: (path) => vscode.workspace.asRelativePath(this.read.get(path)?.uri ?? path),
      // Team files are named by their URI strings; configs of every scheme are found by path.
      pathOf: (file) => vscode.Uri.parse(file).path,
    },
    RULES,
  );

  /** Read (or re-read) a config file, and the files it extends; returns its error, if any. */
  async load(uri: vscode.Uri): Promise<ConfigError | undefined> {
    if (!(await this.readFile(uri))) {
      this.delete(uri);
      return undefined;
    }
    this.lookup.load(uri.path);
    await this.readExtended(uri);
    return this.lookup.load(uri.path);
  }

  /** Whether a file is one a config extends: a change to it is a change of config (the watcher sees it as a YAML file). */
  isExtended(uri: vscode.Uri): boolean {
    return this.lookup.extendedFiles().includes(uri.path);
  }

  /** Read the files the configs extend that were not read yet (and those they extend), then have the lookup read them. */
  private async readExtended(from: vscode.Uri): Promise<void> {
    for (;;) {
      const unread = this.lookup.extendedFiles().filter((path) => !this.read.has(path));
      if (unread.length === 0) return;
      await Promise.all(
        unread.map(async (path) => {
          const uri = from.with({ path });
          if (!(await this.readFile(uri))) this.read.set(path, { uri, missing: true });
          this.lookup.load(path);
        }),
      );
    }
  }

  /** Read a file into `read`; false when there is none. */
  private async readFile(uri: vscode.Uri): Promise<boolean> {
    try {
      this.read.set(uri.path, { uri, bytes: await vscode.workspace.fs.readFile(uri) });
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return false;
      this.read.set(uri.path, { uri, error: new ConfigError(vscode.workspace.asRelativePath(uri), undefined, `cannot read: ${(error as Error).message}`) });
    }
    return true;
  }

  delete(uri: vscode.Uri): void {
    if (this.isExtended(uri)) {
      // Still named by a config: it is now missing, which is that config's error.
      this.read.set(uri.path, { uri, missing: true });
      this.lookup.load(uri.path);
      return;
    }
    this.read.delete(uri.path);
    this.lookup.forget(uri.path);
  }

  /** What ignores a team file (by its URI), or undefined (docs/format.md "Config"). */
  ignoredBy(uri: vscode.Uri): string | undefined {
    return this.lookup.ignoredBy(uri.path);
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
