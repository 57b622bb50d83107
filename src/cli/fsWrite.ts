/** Writing for the CLI: folders for new files (naming what is in the way), and the -o output file, written whole or not at all. */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { CONFIG_NAMES, isTeamFileName } from '../core/teamFile';
import { UsageError } from './args';
import { isFolder, toSlash } from './files';
import { fileInTheWay } from './fsRead';

/** Refuse an -o that would write over a team file, a config, a folder or a file the command reads; before any work is done. */
export function checkOutputFile(file: string, inputs: readonly string[]): void {
  if (file.trim() === '') throw new UsageError('-o needs a file name');
  const shown = toSlash(file);
  if (isTeamFileName(file) || CONFIG_NAMES.includes(path.basename(file))) throw new UsageError(`-o ${shown} names a charter, retrospective or config file; the report goes to another file`);
  if (inputs.some((input) => path.resolve(input) === path.resolve(file))) throw new UsageError(`-o ${shown} is one of the paths to read; the report goes to another file`);
  if (isFolder(file)) throw new UsageError(`-o ${shown} is a folder; name a file in it`);
}

/**
 * Write the whole output to `file` (its folder made when missing): into a new file beside it,
 * then renamed over it, so that a failed write leaves no half report and the old file as it was.
 */
export function writeOutputFile(file: string, text: string): void {
  makeFolder(path.dirname(file));
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, text, { flag: 'wx' });
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new UsageError(`cannot write ${toSlash(file)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/** mkdir -p; a file where a folder should be is a UsageError naming that file. */
export function makeFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const blocker = code === 'EEXIST' || code === 'ENOTDIR' ? fileInTheWay(dir) : undefined;
    if (blocker !== undefined) throw new UsageError(`cannot create the folder ${toSlash(dir)}: ${toSlash(blocker)} is a file, not a folder`);
    throw new UsageError(`cannot create the folder ${toSlash(dir)}: ${code ?? (error as Error).message}`);
  }
}
