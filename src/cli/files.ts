/**
 * Reading the workspace from disk for the CLI: which files to lint, which
 * other files of the same teams to read for the cross-file rules, and which
 * config applies to each. What is read, exactly (README, "Command line"):
 * the folders named, walked; for a file named, its team folder only (see
 * teamFolders); and the configs found walking up from each file.
 */
import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { ConfigError, DEFAULT_ROOT, parseConfig, type Config } from '../core/engine/config';
import { ConfigLookup } from '../core/engine/configLookup';
import { CONFIG_NAMES, isTeamFileName, kindFromStart, TeamFile } from '../core/format/teamFile';
import { Workspace } from '../core/engine/workspace';
import { MAX_FILE_BYTES } from '../core/yaml/yamlFile';
import { UsageError, type Io } from './args';
import { describeNonRegular, errorCode, fileInTheWay, findTeamFilesIn, isTeamFileOnDisk, notRegularMessage, readBounded, type Notes } from './fsRead';
import { RULES } from '../core/rules';

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
/**
 * The configs on disk, for the core's lookup: node's fs reads them, the engine
 * names files as shown (relative to the working folder, or as given), and the
 * lookup knows them by absolute path. `explicit`: the file given with --config.
 */
export function diskConfigs(explicit?: string, ignorePatterns: readonly string[] = []): ConfigLookup {
  if (explicit !== undefined && !existsSync(explicit)) throw new UsageError(`config file not found: ${explicit}`);
  return new ConfigLookup(
    {
      read: (file) => readConfigBytes(file, shownConfig(file)),
      shown: shownConfig,
      pathOf: diskPath,
    },
    RULES,
    explicit === undefined ? undefined : diskPath(explicit),
    // --ignore-pattern is relative to the working folder (docs/cli.md "lint").
    ignorePatterns.map((pattern) => ({ folder: diskPath('.'), pattern })),
  );
}

/** A file's absolute path with / between folders: how the config lookup knows it. */
export function diskPath(file: string): string {
  return toSlash(path.resolve(file));
}

function shownConfig(file: string): string {
  return toSlash(path.relative(process.cwd(), file) || file);
}

/** A config file's bytes; undefined when there is none. A folder or device is a config error, an unreadable file a usage error. */
function readConfigBytes(file: string, shown: string): { bytes: Uint8Array; size: number } | undefined {
  let read;
  try {
    read = readBounded(file, MAX_FILE_BYTES);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new UsageError(`cannot read config ${shown}: ${code}`);
  }
  if ('notRegular' in read) throw new ConfigError(shown, undefined, `it is ${read.notRegular}, not a regular file`);
  return read;
}

/** A config file read and parsed (for `new`, which looks for it its own way). */
export function readConfig(file: string, shown = file): Config {
  const read = readConfigBytes(file, shown);
  if (!read) throw new UsageError(`config file not found: ${shown}`);
  return parseConfig(shown, read.bytes, RULES, read.size);
}

export function toSlash(p: string): string {
  return p.split(path.sep).join('/');
}

export interface LoadedWorkspace {
  workspace: Workspace;
  /** The config of a file as the workspace names it: the function the workspace was built with. */
  configFor: (shown: string) => Config;
  /** Files to report on, as shown to the user. */
  targets: string[];
  /** How many paths named on the command line were skipped (see discoverFiles). */
  skipped: number;
}

export interface FileSet {
  /** Every file to read: absolute path → path as shown to the user. */
  files: Map<string, string>;
  /** Files to report on, as shown. */
  targets: string[];
  /** How many paths named on the command line were skipped (not regular files, neither a charter nor a retro, or ignored). */
  skipped: number;
}

export interface ReadOptions {
  today: string;
  config?: string;
  /** --ignore-pattern: globs relative to the working folder, on top of the configs' ignores. */
  ignorePatterns?: readonly string[];
  /** Notes about what was skipped (one line each); default: dropped. */
  notes?: Notes;
  /** Told every file the run reads (see Io.reads) once they are known, before they are read for the output. */
  reads?: Io['reads'];
  /** Standard input, linted as the file `name` (lint -, docs/cli.md "Standard input"); the paths are then not read. */
  stdin?: StdinFile;
}

/** Text from standard input and the file it stands in for. */
export interface StdinFile {
  name: string;
  bytes: Uint8Array;
  /** Its whole size (bytes holds at most the size cap and one byte more). */
  size: number;
}

/** How the file standard input stands in for is shown: as given, with `/`. */
export function stdinShown(name: string): string {
  return toSlash(path.normalize(name));
}

/**
 * The files around standard input (docs/cli.md "Standard input"): the team
 * files found from the working folder, and those of the team folders of the
 * file it stands in for (which need not exist), without that file itself,
 * whose text is standard input's. Text that is a team file neither by the
 * name it is given nor by its `kind` is skipped with a note, as a file named
 * would be.
 */
export function stdinFiles(stdin: StdinFile, configs: ConfigLookup, notes: Notes = ignoreNotes): FileSet {
  const shown = stdinShown(stdin.name);
  if (!isTeamFileName(stdin.name) && kindFromStart(stdin.bytes, stdin.bytes.length >= stdin.size) === undefined) {
    notes(`skipped ${shown} (standard input): neither a charter nor a retrospective by its name (*.charter.yaml, *.retro.yaml) or its kind`);
    return { files: new Map(), targets: [], skipped: 1 };
  }
  configs.discover([diskPath(stdin.name)]);
  const ignoredBy = configs.ignoredBy(diskPath(stdin.name));
  if (ignoredBy !== undefined) {
    notes(`skipped ${shown} (standard input): ignored by ${ignoredBy}`);
    return { files: new Map(), targets: [], skipped: 1 };
  }
  const found = findTeamFiles('.', notes).map((file) => path.resolve(file));
  const around = teamFilesAround([{ file: stdin.name, root: configs.configFor(stdin.name).root }], notes);
  const context = [...new Set([...found, ...around])].filter((absolute) => absolute !== path.resolve(stdin.name));
  configs.discover(context.map(diskPath));
  // As for named files, an ignored file is not read for its team either.
  const files = new Map<string, string>();
  for (const absolute of context) if (configs.ignoredBy(diskPath(absolute)) === undefined) files.set(absolute, shownPath(absolute));
  return { files, targets: [shown], skipped: 0 };
}

/** Tell `reads` the files a run over `set` reads: its team files, and the configs that apply to them. */
function tellReads(set: FileSet, configs: ConfigLookup, reads: Io['reads']): void {
  if (!reads) return;
  reads('team file', set.files.keys());
  const applying = new Set<string>();
  for (const [file, shown] of set.files) {
    const config = configs.configFileOf(diskPath(file));
    if (config !== undefined) applying.add(config);
    // The configs it extends are read too.
    for (const base of configs.configFor(shown).files ?? []) applying.add(diskPath(base));
  }
  reads('config', applying);
}

/**
 * The files named on the command line (files, or folders searched for team
 * files) and, for the cross-file rules, the other files of their teams (teamFolders).
 * A named file that is neither a charter nor a retro, by its name or its `kind`,
 * is skipped with a note: hooks pass every changed YAML file; a config named
 * is parsed first, and a broken one is thrown. A folder with no team file in
 * it, or only ignored ones, is a usage error (docs/cli.md, "lint"). Ignored
 * files are neither linted nor read for their teams; a named one gets a note.
 */
export function discoverFiles(paths: string[], configs: ConfigLookup, notes: Notes = ignoreNotes): FileSet {
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
    const givenShown = toSlash(path.normalize(given));
    const cannotRead = (error: unknown): never => {
      throw new UsageError(`cannot read ${givenShown}: ${errorCode(error)}`);
    };
    if (stat.isFile() && !isTeamFileOnDisk(given, cannotRead)) {
      // A config named (a hook passes every changed YAML file) is checked: a broken one is exit 2 now, not at the next charter's commit.
      const error = CONFIG_NAMES.includes(path.basename(given).toLowerCase()) ? configs.load(diskPath(given)) : undefined;
      if (error) throw error;
      notes(`skipped ${givenShown}: neither a charter nor a retrospective by its name (*.charter.yaml, *.retro.yaml) or its kind`);
      skipped++;
      continue;
    }
    const all = stat.isDirectory() ? findTeamFiles(given, notes) : [given];
    // Which files are ignored depends on the configs above them.
    configs.discover(all.map(diskPath));
    const found = all.filter((file) => configs.ignoredBy(diskPath(file)) === undefined);
    if (!stat.isDirectory() && found.length === 0) {
      notes(`skipped ${givenShown}: ignored by ${configs.ignoredBy(diskPath(given))}`);
      skipped++;
      continue;
    }
    // A folder with no team file is most likely a mistyped path (in CI, say): it must not pass as clean.
    if (stat.isDirectory() && found.length === 0)
      throw new UsageError(
        all.length === 0
          ? `no team files found in ${given} (*.charter.yaml, *.retro.yaml, or .yaml/.yml files whose kind is Charter or Retrospective)`
          : `no team files found in ${given}: the ${all.length} found are all ignored`,
      );
    for (const file of found) {
      const absolute = path.resolve(file);
      if (files.has(absolute)) continue;
      const shown = toSlash(path.normalize(file));
      files.set(absolute, shown);
      targets.push(shown);
      if (!stat.isDirectory()) namedFiles.push(file);
    }
  }
  // A named file's team folder depends on its config's root.
  configs.discover(namedFiles.map(diskPath));
  const places = namedFiles.map((file) => ({ file, root: configs.configFor(file).root }));
  const around = teamFilesAround(places, notes).filter((absolute) => !files.has(absolute));
  configs.discover(around.map(diskPath));
  for (const absolute of around) if (configs.ignoredBy(diskPath(absolute)) === undefined) files.set(absolute, shownPath(absolute));
  return { files, targets, skipped };
}

/**
 * Read and index files (absolute → shown); findings name files as shown. Each
 * file is checked and compacted as soon as it is read (TeamFile.compact), so
 * that the parsed documents of the whole workspace are never in memory at once.
 */
export function buildWorkspace(files: Iterable<[string, string]>, configs: ConfigLookup, today: string, notes: Notes = ignoreNotes): Workspace {
  const workspace = new Workspace({ today, rules: RULES, configFor: (shown) => configs.configFor(shown), compact: () => true });
  for (const [absolute, shown] of files) {
    const file = readTeamFile(absolute, shown, notes);
    if (file) workspace.add(file);
  }
  return workspace;
}

/**
 * The one loader of every command (lint, score, report) and of the tests: the
 * files named and their teams' files, the configs that apply to them, read and
 * checked.
 */
export function loadWorkspace(paths: string[], options: ReadOptions): LoadedWorkspace {
  const configs = diskConfigs(options.config, options.ignorePatterns);
  const { stdin } = options;
  const set = stdin ? stdinFiles(stdin, configs, options.notes) : discoverFiles(paths, configs, options.notes);
  configs.discover([...set.files.keys()].map(diskPath));
  tellReads(set, configs, options.reads);
  // -o must not replace the file standard input stands in for either.
  if (stdin) options.reads?.('team file', [path.resolve(stdin.name)]);
  const workspace = buildWorkspace(set.files, configs, options.today, options.notes);
  if (stdin && set.targets.length > 0) workspace.add(TeamFile.fromBytes(set.targets[0], stdin.bytes, stdin.size, true));
  return { workspace, configFor: (shown) => configs.configFor(shown), targets: set.targets, skipped: set.skipped };
}

/** The usage error for a --team that names no team found: exit 2, with the ids that were found. */
export function unknownTeam(workspace: Workspace, teamId: string, paths: readonly string[]): UsageError {
  const ids = [...workspace.allTeams()].map((team) => team.id).sort();
  return new UsageError(`no team "${teamId}" in ${paths.join(', ') || '.'}; ${ids.length ? `teams found: ${ids.join(', ')}` : 'no teams found'}`);
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
