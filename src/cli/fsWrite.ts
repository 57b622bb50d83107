/** Writing for the CLI: folders for new files (naming what is in the way), and the -o output file, written whole or not at all. */
import { lstatSync, mkdirSync, readlinkSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { CONFIG_NAMES, isTeamFileName } from '../core/format/teamFile';
import { UsageError } from './args';
import { isFolder, toSlash } from './files';
import { errorCode, fileInTheWay } from './fsRead';

/** Refuse an -o that would write over a team file, a config, a folder or a path named to read; before any work is done. */
export function checkOutputFile(file: string, inputs: readonly string[]): void {
  if (file.trim() === '') throw new UsageError('-o needs a file name');
  const shown = toSlash(file);
  if (isTeamFileName(file) || CONFIG_NAMES.includes(path.basename(file)))
    throw new UsageError(`-o ${shown} names a charter, retrospective or config file; the report goes to another file`);
  if (oneOf(file, inputs) !== undefined) throw new UsageError(`-o ${shown} is one of the paths to read; the report goes to another file`);
  if (isFolder(file)) throw new UsageError(`-o ${shown} is a folder; name a file in it`);
}

/** Refuse an -o that is one of `files` the run reads (`what` they are: "config", "team file"), by whatever path or link it names it. */
export function refuseOutputAmong(file: string, what: string, files: Iterable<string>): void {
  const input = oneOf(file, files);
  if (input !== undefined)
    throw new UsageError(
      `-o ${toSlash(file)} is the ${what} ${toSlash(path.relative(process.cwd(), input) || input)}, which this run reads; the report goes to another file`,
    );
}

/** The one of `inputs` that -o `file` would write over: the same path, or the same file by real path (links, "..", the case the file system has); undefined when none. */
function oneOf(file: string, inputs: Iterable<string>): string | undefined {
  const target = realPath(outputTarget(file));
  for (const input of inputs) if (path.resolve(input) === path.resolve(file) || (target !== undefined && realPath(input) === target)) return input;
  return undefined;
}

function realPath(file: string): string | undefined {
  try {
    return realpathSync.native(file);
  } catch {
    return undefined;
  }
}

/** The file -o writes: the one named, or where a symbolic link named leads, so that the link stays a link. */
function outputTarget(file: string): string {
  const named = path.normalize(file);
  try {
    if (!lstatSync(named).isSymbolicLink()) return named;
  } catch {
    return named;
  }
  // A link to nothing yet has no real path: the report is made where it leads.
  return realPath(named) ?? path.resolve(path.dirname(named), readlinkSync(named));
}

/**
 * Write the whole output to `file` (its folder made when missing): into a new file beside it,
 * then renamed over it, so that a failed write leaves no half report and the old file as it was.
 */
export function writeOutputFile(file: string, text: string): void {
  const target = outputTarget(file);
  makeFolder(path.dirname(target));
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, text, { flag: 'wx' });
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new UsageError(`cannot write ${toSlash(file)}: ${errorCode(error)}`);
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
