/**
 * Which config applies to a file, for every front end: the nearest
 * teamcharter.config.yaml walking up from the file's folder (or the one given
 * with --config), merged with the configs it extends, with the editor's rule
 * settings on top; and whether a file is ignored (docs/format.md "Config"). The front end only
 * says how to read a file: the CLI with node's fs, the extension from what it
 * read through workspace.fs (the pattern of vscode-markdownlint over
 * markdownlint-cli2). Reads are synchronous: the engine asks for a file's
 * config while it lints, and the extension reads its configs ahead.
 */
import { ConfigError, DEFAULT_CONFIG, configCandidates, mergeConfigs, parseConfigLayer, withOverrides, type Config, type ConfigLayer } from './config';
import type { Rule } from './rule';
import { globMatches, type Glob } from '../base/glob';
import { dirname, joinPath, normalizePath } from '../base/slashPaths';

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

type Entry = { layer: ConfigLayer } | { error: ConfigError } | { missing: true };
type Resolved = { config: Config } | { error: ConfigError };

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
  /** Each config file with what it extends merged in, or the error that stops it. */
  private readonly resolved = new Map<string, Resolved>();
  /** anyIgnores, worked out once per change of the configs read. */
  private ignoring: boolean | undefined;

  /**
   * `rules`: the rules a config may name; `explicit`: the path of a config that applies to every file (--config);
   * `ignorePatterns`: ignored on top of the configs' ignores (--ignore-pattern).
   */
  constructor(
    private readonly reader: ConfigReader,
    private readonly rules: readonly Rule[],
    private readonly explicit?: string,
    private readonly ignorePatterns: readonly Glob[] = [],
  ) {}

  /** Read (or read again) the config at `path`; its error (or that of a config it extends), when it has one. A path with no file is forgotten. */
  load(path: string): ConfigError | undefined {
    this.readEntry(path);
    const resolved = this.resolve(path);
    return resolved && 'error' in resolved ? resolved.error : undefined;
  }

  private readEntry(path: string): Entry {
    let entry: Entry;
    try {
      const read = this.reader.read(path);
      entry = read === undefined ? { missing: true } : { layer: parseConfigLayer(this.reader.shown(path), read.bytes, this.rules, read.size) };
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      entry = { error };
    }
    this.entries.set(path, entry);
    this.changed();
    return entry;
  }

  /** The config at `path` with the configs it extends (read as needed); undefined when there is no file there. */
  private resolve(path: string): Resolved | undefined {
    const entry = this.entries.get(path) ?? this.readEntry(path);
    if ('missing' in entry) return undefined;
    let resolved = this.resolved.get(path);
    if (!resolved) {
      try {
        resolved = { config: mergeConfigs(this.chain(path), this.rules) };
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        resolved = { error };
      }
      this.resolved.set(path, resolved);
    }
    return resolved;
  }

  /**
   * The layers of the config at `path`, bases first: each extended file once,
   * in the order named, before the file that names it (a diamond loads once). Throws
   * ConfigError for a cycle, or a named file that is missing or broken.
   */
  private chain(path: string): { path: string; layer: ConfigLayer }[] {
    const out: { path: string; layer: ConfigLayer }[] = [];
    const done = new Set<string>();
    const visit = (at: string, stack: string[]): void => {
      const entry = this.entries.get(at) ?? this.readEntry(at);
      if ('error' in entry) throw entry.error;
      if ('missing' in entry) throw new ConfigError(this.reader.shown(at), undefined, 'no such file');
      for (const named of entry.layer.extends) {
        const target = this.extendedPath(at, named.path);
        if (stack.includes(target)) {
          const cycle = [...stack.slice(stack.indexOf(target)), target].map((file) => this.reader.shown(file)).join(' → ');
          throw new ConfigError(entry.layer.shown, named.range, `extends makes a cycle: ${cycle}`);
        }
        if (done.has(target)) continue;
        const targetEntry = this.entries.get(target) ?? this.readEntry(target);
        if ('missing' in targetEntry) throw new ConfigError(entry.layer.shown, named.range, `extends ${this.reader.shown(target)}, which does not exist`);
        visit(target, [...stack, target]);
      }
      done.add(at);
      out.push({ path: at, layer: entry.layer });
    };
    visit(path, [path]);
    return out;
  }

  /** A path named in `extends` of the config at `from`, as the lookup names files. */
  private extendedPath(from: string, named: string): string {
    const absolute = named.startsWith('/') || /^[A-Za-z]:[\\/]/.test(named);
    return normalizePath(absolute ? named : joinPath(dirname(from), named));
  }

  /** The files the configs read extend, as the lookup names them (for a front end that reads ahead). */
  extendedFiles(): string[] {
    const out = new Set<string>();
    for (const [path, entry] of this.entries) if ('layer' in entry) for (const named of entry.layer.extends) out.add(this.extendedPath(path, named.path));
    return [...out];
  }

  forget(path: string): void {
    this.entries.delete(path);
    this.changed();
  }

  /**
   * What ignores the file at `path` (as the front end names it): the config
   * that wrote the glob (as shown), `--ignore-pattern`, or undefined when it is
   * not ignored. The config that applies to the file (the nearest, or --config)
   * ignores, with what it extends, as it gives the rules: one config answers
   * everything about a file. A broken config ignores nothing (its error is reported on its own).
   */
  ignoredBy(path: string): string | undefined {
    // Most workspaces ignore nothing: then no file needs its config looked up (the CLI asks for every file).
    if (this.ignorePatterns.length === 0 && !this.anyIgnores()) return undefined;
    for (const glob of this.ignorePatterns) if (globMatches(glob, path)) return '--ignore-pattern';
    const file = this.configFileOf(path);
    const resolved = file === undefined ? undefined : this.resolve(file);
    if (resolved && 'config' in resolved && resolved.config.ignores?.some((glob) => globMatches(glob, path))) return resolved.config.path;
    return undefined;
  }

  /** The editor's rule settings, per file as the engine names it: they may differ by workspace folder (docs/format.md, "Which config applies"). */
  setOverrides(overridesOf: (file: string) => Record<string, unknown>): void {
    this.overridesOf = overridesOf;
    this.changed();
  }

  /**
   * Read the configs that apply to the files at `paths`, nearest first, stopping
   * at the first that exists (a config farther up is never read), and what they
   * extend; with --config, that one. Throws the ConfigError of a broken one, and the reader's error.
   */
  discover(paths: Iterable<string>): void {
    const applying = this.explicit !== undefined ? [this.explicit] : [];
    if (this.explicit === undefined) {
      const folders = new Set<string>();
      for (const file of paths) {
        const candidates = configCandidates(file);
        if (folders.has(candidates[0])) continue;
        folders.add(candidates[0]);
        for (const candidate of candidates) {
          if (!this.entries.has(candidate)) this.readEntry(candidate);
          if (!('missing' in this.entries.get(candidate)!)) {
            applying.push(candidate);
            break;
          }
        }
      }
    } else if (!this.entries.has(this.explicit)) this.readEntry(this.explicit);
    for (const path of applying) {
      const entry = this.entries.get(path)!;
      if ('missing' in entry) throw new ConfigError(this.reader.shown(path), undefined, 'no such file');
      const resolved = this.resolve(path)!;
      if ('error' in resolved) throw resolved.error;
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
      const resolved = found === undefined ? undefined : this.resolve(found);
      const base = resolved && 'config' in resolved ? resolved.config : DEFAULT_CONFIG;
      const overrides = this.overridesOf(file);
      let byOverrides = this.withSettings.get(base);
      if (!byOverrides) this.withSettings.set(base, (byOverrides = new Map()));
      config = byOverrides.get(overrides);
      if (!config) byOverrides.set(overrides, (config = withOverrides(base, overrides, this.rules)));
      this.byFile.set(file, config);
    }
    return config;
  }

  /** What every config read ignores, as one text: when a config changes and this does not, the same files are team files. */
  ignoresSignature(): string {
    return JSON.stringify(
      [...this.entries.keys()].map((path) => {
        const resolved = this.resolve(path);
        return resolved && 'config' in resolved ? resolved.config.ignores : [];
      }),
    );
  }

  /** The config (with what it extends) that applies to the file at `path`, for --print-config; throws its ConfigError. */
  configOf(path: string): Config {
    const found = this.configFileOf(path);
    const resolved = found === undefined ? undefined : this.resolve(found);
    if (resolved && 'error' in resolved) throw resolved.error;
    return resolved?.config ?? DEFAULT_CONFIG;
  }

  /** The configs read that have an error of their own or in what they extend. */
  errors(): { path: string; error: ConfigError }[] {
    return [...this.entries.keys()].flatMap((path) => {
      const resolved = this.resolve(path);
      return resolved && 'error' in resolved ? [{ path, error: resolved.error }] : [];
    });
  }

  /** Whether any config read writes `ignores` (a config that extends one has read it too). */
  private anyIgnores(): boolean {
    if (this.ignoring === undefined) {
      this.ignoring = false;
      for (const entry of this.entries.values()) if ('layer' in entry && entry.layer.ignores.length > 0) this.ignoring = true;
    }
    return this.ignoring;
  }

  private changed(): void {
    this.ignoring = undefined;
    this.byFile.clear();
    this.withSettings.clear();
    this.resolved.clear();
  }
}
