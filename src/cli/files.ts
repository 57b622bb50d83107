/**
 * Reading the workspace from disk for the CLI: which files to lint, which
 * other files of the same teams to read for the cross-file rules, and which
 * config applies to each. What is read, exactly (README, "Command line"):
 * the folders named, walked; for a file named, its team folder only (see
 * teamFolders); and the configs found walking up from each file.
 */
import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { ConfigError, DEFAULT_CONFIG, DEFAULT_ROOT, configCandidates, parseConfig, type Config } from '../core/config';
import { TeamFile, isTeamFileName } from '../core/teamFile';
import { Workspace } from '../core/workspace';
import { MAX_FILE_BYTES } from '../core/yamlFile';
import { UsageError, type Io } from './args';
import { describeNonRegular, errorCode, fileInTheWay, findTeamFilesIn, notRegularMessage, readBounded, type Notes } from './fsRead';

const ignoreNotes: Notes = () => undefined;

/** How a path found under `dir` is shown: as given when `dir` was given, else relative to the working folder. */
function shownPath(file: string): string {
  return toSlash(path.isAbsolute(file) ? path.relative(process.cwd(), file) || '.' : path.normalize(file));
}

/** Team files in a folder, sorted; `recursive` walks its subfolders too (skipping node_modules and .git). */
export function findTeamFiles(dir: string, notes: Notes = ignoreNotes, recursive = true): string[] {
  return findTeamFilesIn(dir, recursive, {
    notes,
    show: shownPath,
    folderError: (folder, error) => new UsageError(`cannot read folder ${shownPath(folder)}: ${errorCode(error)}`),
  });
}

/**
 * The folders that hold the team of a file (the file need not exist yet): the
 * nearest enclosing root folder (.team by default), walked whole; else the
 * file's own folder and its retros/ folder, each without subfolders (for a
 * file in a folder named retros, the folder above it and that retros/).
 */
export function teamFolders(absoluteFile: string, root: string): { dir: string; recursive: boolean }[] {
  const rootDir = enclosingRoot(absoluteFile, root);
  if (rootDir) return isFolder(rootDir) ? [{ dir: rootDir, recursive: true }] : [];
  let dir = path.dirname(absoluteFile);
  if (path.basename(dir) === 'retros') dir = path.dirname(dir);
  return [dir, path.join(dir, 'retros')].filter((folder) => isFolder(folder)).map((folder) => ({ dir: folder, recursive: false }));
}

/** The team files (absolute paths, each once) of the team folders of some files, each with its root setting. */
export function teamFilesAround(places: readonly { file: string; root: string }[], notes: Notes): string[] {
  const out = new Set<string>();
  const read = new Set<string>();
  for (const { file, root } of places) {
    for (const { dir, recursive } of teamFolders(path.resolve(file), root)) {
      const key = `${recursive ? 'R' : 'F'}${dir}`;
      if (read.has(key)) continue;
      read.add(key);
      for (const found of findTeamFiles(dir, notes, recursive)) out.add(path.resolve(found));
    }
  }
  return [...out];
}

/** Whether `dir` is a folder (following links); false when it is missing or unreadable. */
export function isFolder(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/** Resolves the nearest config for each file, reading each config file once. */
export class ConfigResolver {
  private readonly byPath = new Map<string, Config>();
  /** Whether each candidate config file exists: each is asked once, for all the folders below it. */
  private readonly exists = new Map<string, boolean>();
  /** The config file of each folder; undefined: none, the defaults apply. */
  private readonly fileOfDir = new Map<string, string | undefined>();
  /** The engine asks for a file's config each time it assembles the file's findings: resolve its path once. */
  private readonly byFile = new Map<string, Config>();

  constructor(private readonly explicit?: { file: string; config: Config }) {}

  static fromOption(file: string | undefined): ConfigResolver {
    if (file === undefined) return new ConfigResolver();
    if (!existsSync(file)) throw new UsageError(`config file not found: ${file}`);
    return new ConfigResolver({ file, config: readConfig(file) });
  }

  /** `file` is a path on disk (relative to the working folder or absolute). */
  configFor(file: string): Config {
    if (this.explicit) return this.explicit.config;
    let config = this.byFile.get(file);
    if (config) return config;
    const found = this.configFile(file);
    config = found === undefined ? DEFAULT_CONFIG : (this.byPath.get(found) ?? readConfig(found, path.relative(process.cwd(), found) || found));
    if (found !== undefined) this.byPath.set(found, config);
    this.byFile.set(file, config);
    return config;
  }

  /** The config files that apply to `files`: the one given (even for no file), else the nearest of each. */
  configFiles(files: Iterable<string>): Set<string> {
    if (this.explicit) return new Set([this.explicit.file]);
    const out = new Set<string>();
    for (const file of files) {
      const found = this.configFile(file);
      if (found !== undefined) out.add(found);
    }
    return out;
  }

  /** The nearest config file walking up from the folder of `file`; undefined when there is none. */
  private configFile(file: string): string | undefined {
    const dir = path.dirname(path.resolve(file));
    if (!this.fileOfDir.has(dir)) {
      const found = configCandidates(toSlash(path.resolve(file))).find((candidate) => {
        let exists = this.exists.get(candidate);
        if (exists === undefined) this.exists.set(candidate, (exists = existsSync(candidate)));
        return exists;
      });
      this.fileOfDir.set(dir, found);
    }
    return this.fileOfDir.get(dir);
  }
}

export function readConfig(file: string, shown = file): Config {
  let read;
  try {
    read = readBounded(file, MAX_FILE_BYTES);
  } catch (error) {
    throw new UsageError(`cannot read config ${shown}: ${errorCode(error)}`);
  }
  if ('notRegular' in read) throw new ConfigError(shown, undefined, `it is ${read.notRegular}, not a regular file`);
  return parseConfig(shown, read.bytes, read.size);
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
  /** How many paths named on the command line were skipped (not regular files, or neither a charter nor a retro). */
  skipped: number;
}

export interface ReadOptions {
  today: string;
  config?: string;
  /** Notes about what was skipped (one line each); default: dropped. */
  notes?: Notes;
  /** Told every file the run reads (see Io.reads) once they are known, before they are read for the output. */
  reads?: Io['reads'];
}

/** Tell `reads` the files a run over `set` reads: its team files, and the configs that apply to them. */
export function tellReads(set: FileSet, resolver: ConfigResolver, reads: Io['reads']): void {
  if (!reads) return;
  reads('team file', set.files.keys());
  reads('config', resolver.configFiles(set.files.keys()));
}

/**
 * The files named on the command line (files, or folders searched for team
 * files) and, for the cross-file rules, the other files of their teams (teamFolders).
 * A named file that is neither a charter nor a retro, by its name or its `kind`,
 * is skipped with a note: hooks pass every changed YAML file.
 */
export function discoverFiles(paths: string[], resolver: ConfigResolver, notes: Notes = ignoreNotes): FileSet {
  const files = new Map<string, string>();
  const targets: string[] = [];
  const namedFiles: string[] = [];
  let skipped = 0;
  for (const given of paths.length ? paths : ['.']) {
    let stat;
    try {
      stat = statSync(given);
    } catch (error) {
      const code = errorCode(error);
      const file = code === 'ENOTDIR' ? fileInTheWay(given) : undefined;
      if (file !== undefined) throw new UsageError(`cannot read ${given}: ${toSlash(file)} is a file, not a folder`);
      throw new UsageError(code === 'ENOENT' || code === 'ENOTDIR' ? `no such file or folder: ${given}` : `cannot read ${given}: ${code}`);
    }
    if (!stat.isDirectory() && !stat.isFile()) {
      notes(notRegularMessage(toSlash(path.normalize(given)), describeNonRegular(stat)));
      skipped++;
      continue;
    }
    if (stat.isFile() && !isTeamFileName(given) && !isTeamFileByKind(given, notes)) {
      skipped++;
      continue;
    }
    const found = stat.isDirectory() ? findTeamFiles(given, notes) : [given];
    for (const file of found) {
      const absolute = path.resolve(file);
      if (files.has(absolute)) continue;
      const shown = toSlash(path.normalize(file));
      files.set(absolute, shown);
      targets.push(shown);
      if (!stat.isDirectory()) namedFiles.push(file);
    }
  }
  const places = namedFiles.map((file) => ({ file, root: resolver.configFor(file).root }));
  for (const absolute of teamFilesAround(places, notes)) if (!files.has(absolute)) files.set(absolute, shownPath(absolute));
  return { files, targets, skipped };
}

/** Whether a file whose name says nothing is a charter or a retro by its `kind`; a note when it is not. */
function isTeamFileByKind(given: string, notes: Notes): boolean {
  const shown = toSlash(path.normalize(given));
  const file = readTeamFile(path.resolve(given), shown, notes);
  if (file === undefined) return false;
  if (file.kind !== undefined) return true;
  notes(`skipped ${shown}: neither a charter nor a retrospective by its name (*.charter.yaml, *.retro.yaml) or its kind`);
  return false;
}

/** An empty workspace for files (absolute → shown) that compacts every file once checked (TeamFile.compact). */
export function cliWorkspace(files: readonly [string, string][], resolver: ConfigResolver, today: string): Workspace {
  const diskPath = new Map(files.map(([absolute, shown]) => [shown, absolute]));
  return new Workspace({ today, configFor: (shown) => resolver.configFor(diskPath.get(shown) ?? shown), compact: () => true });
}

/**
 * Read and index files (absolute → shown); findings name files as shown. Each
 * file is checked and compacted as soon as it is read, so that the parsed
 * documents of the whole workspace are never in memory at once.
 */
export function buildWorkspace(files: Iterable<[string, string]>, resolver: ConfigResolver, today: string, notes: Notes = ignoreNotes): Workspace {
  const entries = [...files];
  const workspace = cliWorkspace(entries, resolver, today);
  for (const [absolute, shown] of entries) {
    const file = readTeamFile(absolute, shown, notes);
    if (!file) continue;
    workspace.update(file);
    workspace.checkFile(file);
  }
  return workspace;
}

export function loadWorkspace(paths: string[], options: ReadOptions): LoadedWorkspace {
  const resolver = ConfigResolver.fromOption(options.config);
  const set = discoverFiles(paths, resolver, options.notes);
  tellReads(set, resolver, options.reads);
  return { workspace: buildWorkspace(set.files, resolver, options.today, options.notes), targets: set.targets, resolver };
}

/** The nearest enclosing root folder of a file (a folder named like the root, .team by default), if any. */
function enclosingRoot(absoluteFile: string, root: string): string | undefined {
  const rootName = path.basename(root || DEFAULT_ROOT);
  let dir = path.dirname(absoluteFile);
  for (;;) {
    if (path.basename(dir) === rootName) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The folder a file is grouped by for worker threads: its nearest enclosing root folder, else its own folder. */
export function contextRoot(absoluteFile: string, root: string): string {
  return enclosingRoot(absoluteFile, root) ?? path.dirname(absoluteFile);
}

/**
 * A team file from disk, read with the size cap. A file that is not a regular
 * file, or that vanished since it was found, is skipped with a note (undefined).
 */
export function readTeamFile(absolute: string, shown: string, notes: Notes = ignoreNotes): TeamFile | undefined {
  const read = readTeamBytes(absolute, shown, notes);
  // The CLI changes no file it lints: it can read them straight into their compact form.
  return read && TeamFile.fromBytes(shown, read.bytes, read.size, true);
}

/** The bytes of a team file (see readTeamFile), with the file's whole size. */
export function readTeamBytes(absolute: string, shown: string, notes: Notes = ignoreNotes): { bytes: Uint8Array; size: number } | undefined {
  let read;
  try {
    read = readBounded(absolute, MAX_FILE_BYTES);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      notes(`skipped ${shown}: it was removed while the files were read`);
      return undefined;
    }
    throw new UsageError(`cannot read ${shown}: ${errorCode(error)}`);
  }
  if ('notRegular' in read) {
    notes(notRegularMessage(shown, read.notRegular));
    return undefined;
  }
  return { bytes: read.bytes, size: read.size };
}

