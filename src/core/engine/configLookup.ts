/**
 * Which config applies to a file, for every front end: the nearest
 * teamcharter.config.yaml walking up from the file's folder (or the one given
 * with --config), with the editor's rule settings on top. The front end only
 * says how to read a file: the CLI with node's fs, the extension from what it
 * read through workspace.fs (the pattern of vscode-markdownlint over
 * markdownlint-cli2). Reads are synchronous: the engine asks for a file's
 * config while it lints, and the extension reads its configs ahead.
 */
import { ConfigError, DEFAULT_CONFIG, configCandidates, parseConfig, withOverrides, type Config } from './config';
import type { Rule } from './rule';

/** How a front end reads config files. Paths are as the front end names them (with / between folders). */
export interface ConfigReader {
  /**
   * The file's bytes (`size`: the whole file's, when only its start was read);
   * undefined when there is no file there. Throws for one that exists but cannot be read.
   */
  read(path: string): { bytes: Uint8Array; size?: number } | undefined;
  /** How a path is shown in messages (relative to the working folder, or to the workspace). */
  shown(path: string): string;
  /** The path of a file as the engine names it (a URI string in the editor, a path as shown in the CLI); asked once per file. */
  pathOf(file: string): string;
}

const NO_OVERRIDES: Record<string, unknown> = {};

type Entry = { config: Config } | { error: ConfigError } | { missing: true };

export class ConfigLookup {
  /** What was read at each candidate path. */
  private readonly entries = new Map<string, Entry>();
  /** The editor's rule settings for a file; the same object for files that share them (one per workspace folder). */
  private overridesOf: (file: string) => Record<string, unknown> = () => NO_OVERRIDES;
  /**
   * What configFor answered, by file, and each config with the settings on top.
   * The engine asks for every file of a team on every keystroke, and caches a
   * rule's setting per config object: both change only when a config or the settings do.
   */
  private readonly byFile = new Map<string, Config>();
  private readonly withSettings = new Map<Config, Map<Record<string, unknown>, Config>>();

  /** `rules`: the rules a config may name; `explicit`: the path of a config that applies to every file (--config). */
  constructor(
    private readonly reader: ConfigReader,
    private readonly rules: readonly Rule[],
    private readonly explicit?: string,
  ) {}

  /** Read (or read again) the config at `path`; its error, when it has one. A path with no file is forgotten. */
  load(path: string): ConfigError | undefined {
    let entry: Entry;
    try {
      const read = this.reader.read(path);
      entry = read === undefined ? { missing: true } : { config: parseConfig(this.reader.shown(path), read.bytes, this.rules, read.size) };
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      entry = { error };
    }
    this.entries.set(path, entry);
    this.changed();
    return 'error' in entry ? entry.error : undefined;
  }

  forget(path: string): void {
    this.entries.delete(path);
    this.changed();
  }

  /** The editor's rule settings, per file as the engine names it: they may differ by workspace folder (docs/format.md, "Which config applies"). */
  setOverrides(overridesOf: (file: string) => Record<string, unknown>): void {
    this.overridesOf = overridesOf;
    this.changed();
  }

  /**
   * Read the configs that apply to the files at `paths`, nearest first, stopping at the
   * first that exists (a config farther up is never read); with --config, that
   * one. Throws the ConfigError of a broken one, and the reader's error.
   */
  discover(paths: Iterable<string>): void {
    const applying = this.explicit !== undefined ? [this.explicit] : [];
    if (this.explicit === undefined) {
      const folders = new Set<string>();
      for (const file of paths) {
        const candidates = configCandidates(file);
        const folder = candidates[0];
        if (folders.has(folder)) continue;
        folders.add(folder);
        for (const candidate of candidates) {
          if (!this.entries.has(candidate)) this.load(candidate);
          if (!('missing' in this.entries.get(candidate)!)) {
            applying.push(candidate);
            break;
          }
        }
      }
    } else if (!this.entries.has(this.explicit)) this.load(this.explicit);
    for (const path of applying) {
      const entry = this.entries.get(path)!;
      if ('error' in entry) throw entry.error;
      if ('missing' in entry) throw new ConfigError(this.reader.shown(path), undefined, 'no such file');
    }
  }

  /** The config file that applies to the file at `path` among those read; undefined when the defaults apply. */
  configFileOf(path: string): string | undefined {
    if (this.explicit !== undefined) return this.explicit;
    return configCandidates(path).find((candidate) => {
      const entry = this.entries.get(candidate);
      return entry !== undefined && !('missing' in entry);
    });
  }

  /** The config of `file` (named as the engine names it) with the settings on top. A broken config counts as the defaults (its error is reported on it). */
  configFor(file: string): Config {
    let config = this.byFile.get(file);
    if (!config) {
      const found = this.configFileOf(this.reader.pathOf(file));
      const entry = found === undefined ? undefined : this.entries.get(found);
      const base = entry && 'config' in entry ? entry.config : DEFAULT_CONFIG;
      const overrides = this.overridesOf(file);
      let byOverrides = this.withSettings.get(base);
      if (!byOverrides) this.withSettings.set(base, (byOverrides = new Map()));
      config = byOverrides.get(overrides);
      if (!config) byOverrides.set(overrides, (config = withOverrides(base, overrides, this.rules)));
      this.byFile.set(file, config);
    }
    return config;
  }

  /** The configs read that have an error. */
  errors(): { path: string; error: ConfigError }[] {
    return [...this.entries].flatMap(([path, entry]) => ('error' in entry ? [{ path, error: entry.error }] : []));
  }

  private changed(): void {
    this.byFile.clear();
    this.withSettings.clear();
  }
}
