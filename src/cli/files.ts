/**
 * Reading the workspace from disk for the CLI: which files to lint, which
 * other files of the same teams to read for the cross-file rules, and which
 * config applies to each.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CONFIG, DEFAULT_ROOT, configCandidates, parseConfig, type Config } from '../core/config';
import { TeamFile, isTeamFileName } from '../core/teamFile';
import { Workspace } from '../core/workspace';
import { UsageError } from './args';

const SKIP_DIRS = new Set(['node_modules', '.git']);

/** Team files under a folder, sorted, skipping node_modules and .git. */
export function findTeamFiles(dir: string): string[] {
  const out: string[] = [];
  const visit = (current: string) => {
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch (error) {
      throw new UsageError(`cannot read folder ${current}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) visit(full);
      } else if (entry.isFile() && isTeamFileName(entry.name)) out.push(full);
    }
  };
  visit(dir);
  return out.sort();
}

/** Resolves the nearest config for each file, reading each config file once. */
export class ConfigResolver {
  private readonly byPath = new Map<string, Config | undefined>();
  private readonly byDir = new Map<string, Config>();

  constructor(private readonly explicit?: Config) {}

  static fromOption(file: string | undefined): ConfigResolver {
    if (file === undefined) return new ConfigResolver();
    if (!existsSync(file)) throw new UsageError(`config file not found: ${file}`);
    return new ConfigResolver(readConfig(file));
  }

  /** `file` is a path on disk (relative to the working folder or absolute). */
  configFor(file: string): Config {
    if (this.explicit) return this.explicit;
    const dir = path.dirname(path.resolve(file));
    let config = this.byDir.get(dir);
    if (config) return config;
    config = DEFAULT_CONFIG;
    for (const candidate of configCandidates(toSlash(path.resolve(file)))) {
      let found = this.byPath.get(candidate);
      if (!this.byPath.has(candidate)) {
        found = existsSync(candidate) ? readConfig(candidate, path.relative(process.cwd(), candidate) || candidate) : undefined;
        this.byPath.set(candidate, found);
      }
      if (found) {
        config = found;
        break;
      }
    }
    this.byDir.set(dir, config);
    return config;
  }
}

function readConfig(file: string, shown = file): Config {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new UsageError(`cannot read config ${shown}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const config = parseConfig(shown, bytes);
  return config;
}

export function toSlash(p: string): string {
  return p.split(path.sep).join('/');
}

export interface LoadedWorkspace {
  workspace: Workspace;
  /** Files to report on, as shown to the user. */
  targets: string[];
  resolver: ConfigResolver;
}

export interface FileSet {
  /** Every file to read: absolute path → path as shown to the user. */
  files: Map<string, string>;
  /** Files to report on, as shown. */
  targets: string[];
}

/**
 * The files named on the command line (files, or folders searched for team
 * files) and, for the cross-file rules, the other team files around them: the
 * nearest enclosing root folder (.team by default), else the file's own folder.
 */
export function discoverFiles(paths: string[], resolver: ConfigResolver): FileSet {
  const files = new Map<string, string>();
  const targets: string[] = [];
  const contextRoots = new Set<string>();
  for (const given of paths.length ? paths : ['.']) {
    let stat;
    try {
      stat = statSync(given);
    } catch {
      throw new UsageError(`no such file or folder: ${given}`);
    }
    const found = stat.isDirectory() ? findTeamFiles(given) : [given];
    for (const file of found) {
      const absolute = path.resolve(file);
      if (files.has(absolute)) continue;
      const shown = toSlash(path.normalize(file));
      files.set(absolute, shown);
      targets.push(shown);
      if (!stat.isDirectory()) contextRoots.add(contextRoot(absolute, resolver.configFor(file).root));
    }
  }
  for (const root of contextRoots) {
    for (const file of findTeamFiles(root)) {
      const absolute = path.resolve(file);
      if (!files.has(absolute)) files.set(absolute, toSlash(path.relative(process.cwd(), absolute)));
    }
  }
  return { files, targets };
}

/** Read and index files (absolute → shown); findings name files as shown. */
export function buildWorkspace(files: Iterable<[string, string]>, resolver: ConfigResolver, today: string): Workspace {
  const entries = [...files];
  const diskPath = new Map(entries.map(([absolute, shown]) => [shown, absolute]));
  const workspace = new Workspace({ today, configFor: (shown) => resolver.configFor(diskPath.get(shown) ?? shown) });
  for (const [absolute, shown] of entries) workspace.update(readTeamFile(absolute, shown));
  return workspace;
}

export function loadWorkspace(paths: string[], options: { today: string; config?: string }): LoadedWorkspace {
  const resolver = ConfigResolver.fromOption(options.config);
  const { files, targets } = discoverFiles(paths, resolver);
  return { workspace: buildWorkspace(files, resolver, options.today), targets, resolver };
}

/** The folder whose team files are read with a file: the nearest enclosing root folder, else its own folder. */
export function contextRoot(absoluteFile: string, root: string): string {
  const rootName = path.basename(root || DEFAULT_ROOT);
  let dir = path.dirname(absoluteFile);
  for (;;) {
    if (path.basename(dir) === rootName) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.dirname(absoluteFile);
    dir = parent;
  }
}

export function readTeamFile(absolute: string, shown: string): TeamFile {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(absolute);
  } catch (error) {
    throw new UsageError(`cannot read ${shown}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return TeamFile.fromBytes(shown, bytes);
}

