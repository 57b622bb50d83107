/**
 * Where `teamcharter new` writes: the root folder of the config found from the
 * working folder, walking up to the repository root (the folder that holds
 * .git; outside a repository, up to the filesystem root). A config `root` is
 * relative to the repository root and must stay inside it.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { ConfigError, DEFAULT_ROOT } from '../core/engine/config';
import { CONFIG_NAMES } from '../core/format/teamFile';
import { MAX_FILE_BYTES, YamlFile } from '../core/yaml/yamlFile';
import { readConfig, toSlash } from './files';
import { isInside, readBounded } from './fsRead';

/** The nearest folder from `from` upwards that holds .git (a folder, or a file in a worktree). */
export function repositoryRoot(from: string): string | undefined {
  let dir = path.resolve(from);
  for (;;) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Config files `new` looks at, nearest first: in the working folder's .team, then each folder up to the repository root. */
function candidates(cwd: string, repo: string | undefined): string[] {
  const dirs = [path.join(cwd, DEFAULT_ROOT)];
  for (let dir = cwd; ; dir = path.dirname(dir)) {
    dirs.push(dir);
    if (dir === repo || path.dirname(dir) === dir) break;
  }
  return dirs.flatMap((dir) => CONFIG_NAMES.map((name) => path.join(dir, name)));
}

/** The root folder for new files, relative to `cwd` when inside it (else absolute). */
export function newFilesRoot(cwd = process.cwd()): string {
  const repo = repositoryRoot(cwd);
  const found = candidates(cwd, repo).find((file) => existsSync(file));
  if (!found) return DEFAULT_ROOT;
  const shown = toSlash(path.relative(cwd, found) || found);
  const config = readConfig(found, shown);
  const root = path.resolve(repo ?? cwd, config.root);
  if (repo && !isInside(root, repo)) {
    // The config read fine, so its text is there to point at the line.
    const read = readBounded(found, MAX_FILE_BYTES);
    const range = 'bytes' in read ? new YamlFile(new TextDecoder().decode(read.bytes)).locate(['root']) : undefined;
    throw new ConfigError(shown, range, `root "${config.root}" is outside the repository (${toSlash(repo)}); new files are written inside it`);
  }
  return toSlash(path.relative(cwd, root) || '.');
}
