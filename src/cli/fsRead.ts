/**
 * Reading the disk defensively, for the CLI: only regular files, never more
 * than a size cap from one, folder walks that survive names that are not UTF-8
 * and follow symbolic links without looping. A FIFO, socket or device never
 * blocks a run: it is skipped with a note.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import * as path from 'node:path';
import { isTeamFile, isTeamFileName, KIND_PEEK_BYTES } from '../core/format/teamFile';

/** Where the notes about skipped files go (one line each, on stderr in the CLI). */
export type Notes = (message: string) => void;

/** What a file system error says in short: its code (EACCES), else its message. */
export function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

/** The first part of `file`, from the top, that exists and is not a folder (what an ENOTDIR is about), if any. */
export function fileInTheWay(file: string): string | undefined {
  const parts: string[] = [];
  // Without a trailing separator: "x.yaml/" is asked about as x.yaml.
  for (let current = file.replace(/(?<=.)[\\/]+$/, ''); ; current = path.dirname(current)) {
    parts.unshift(current);
    if (path.dirname(current) === current || path.dirname(current) === '.') break;
  }
  for (const part of parts) {
    try {
      if (!statSync(part).isDirectory()) return part;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export type BoundedRead =
  /** `bytes` holds at most cap + 1 bytes; `size` is the file's full size as far as it is known. */
  | { bytes: Uint8Array; size: number }
  /** Not a regular file: why, in words. */
  | { notRegular: string };

/** What kind of thing a non-regular path is, in words. */
export function describeNonRegular(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

export function notRegularMessage(shown: string, what: string): string {
  return `skipped ${shown}: it is ${what}, not a regular file`;
}

// Opening a FIFO for reading waits for a writer; non-blocking, it returns at once (fstat then says what it is).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Read at most `cap` + 1 bytes of a regular file (one more than the cap, to know
 * it is over). Errors of the file system (ENOENT, EACCES…) are thrown as they are.
 */
export function readBounded(file: string, cap: number): BoundedRead {
  const fd = openSync(file, OPEN_FLAGS);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { notRegular: describeNonRegular(stats) };
    const chunks: Buffer[] = [];
    let length = 0;
    // Read the size fstat gives, past the cap at most; a file that says 0 (under /proc, say) to its end.
    while (length <= cap) {
      const chunk = Buffer.allocUnsafe(Math.min(cap + 1 - length, stats.size > length ? stats.size - length : 16 * 1024));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      length += read;
      // All that the size promised (as readFileSync does); a size of 0 reads on to the end.
      if (stats.size > 0 && length >= stats.size && length <= cap) break;
    }
    return { bytes: Buffer.concat(chunks, length), size: Math.max(stats.size, length) };
  } finally {
    closeSync(fd);
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** A name as text, or undefined when it is not valid UTF-8 (it cannot be shown or used as a path string). */
function nameText(name: Buffer): string | undefined {
  try {
    return decoder.decode(name);
  } catch {
    return undefined;
  }
}

/** A name that is not UTF-8, shown with its odd bytes as \xNN. */
function showBytes(name: Buffer): string {
  let out = '';
  for (const byte of name) out += byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : `\\x${byte.toString(16).padStart(2, '0')}`;
  return out;
}

/**
 * Whether a file on disk is a team file (isTeamFile): by its name, or for
 * another .yaml/.yml file by a top-level `kind` in its first KIND_PEEK_BYTES,
 * the only part of it read. A file that cannot be read, or is not a regular
 * file, is a team file only by its name (reading it says why, later);
 * `readError`, when given, is told why it cannot be read instead.
 */
export function isTeamFileOnDisk(file: string, readError?: (error: unknown) => never): boolean {
  return isTeamFile(file, () => {
    try {
      const read = readBounded(file, KIND_PEEK_BYTES);
      return 'notRegular' in read ? undefined : { start: read.bytes, complete: read.bytes.length >= read.size };
    } catch (error) {
      if (readError) readError(error);
      return undefined;
    }
  });
}

/** What a walk needs to report and to decide. */
export interface WalkOptions {
  notes: Notes;
  /** How a path on disk is shown in notes. */
  show: (file: string) => string;
  /** Thrown for the folder walked when it cannot be read (one inside it that cannot be read is skipped with a note). */
  folderError: (dir: string, error: NodeJS.ErrnoException) => Error;
}

const SKIP_DIRS = new Set(['node_modules', '.git']);

/** The type of an entry; a file system that does not say (DT_UNKNOWN) is asked with lstat. */
function typeOf(entry: Dirent<Buffer>, full: string): Dirent<Buffer> | Stats | undefined {
  if (
    entry.isDirectory() ||
    entry.isFile() ||
    entry.isSymbolicLink() ||
    entry.isFIFO() ||
    entry.isSocket() ||
    entry.isCharacterDevice() ||
    entry.isBlockDevice()
  )
    return entry;
  try {
    return lstatSync(full);
  } catch {
    return undefined;
  }
}

/**
 * Team files (isTeamFileOnDisk: by name, or by a `kind` in their start) in `dir`,
 * sorted by path; with `recursive`, in its subfolders too
 * (skipping node_modules and .git). Symbolic links to folders are followed
 * unless they lead back to a folder above them or to one already walked; a
 * link to a team file is read like the file. Names that are not UTF-8, team
 * files that are not regular files, and folders inside that cannot be read
 * are skipped with a note.
 */
export function findTeamFilesIn(dir: string, recursive: boolean, options: WalkOptions): string[] {
  const out: string[] = [];
  const seenFiles = new Set<string>();
  const walked = new Set<string>();
  const addFile = (full: string, real: string) => {
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    out.push(full);
  };
  const skipNotRegular = (full: string) => {
    let what = 'not a regular file';
    try {
      what = describeNonRegular(statSync(full));
    } catch {
      // Gone already: say only that it was skipped.
    }
    options.notes(notRegularMessage(options.show(full), what));
  };
  const followLink = (full: string, name: string, real: string) => {
    let target: Stats;
    let realPath: string;
    try {
      target = statSync(full);
      realPath = realpathSync(full);
    } catch {
      if (isTeamFileName(name)) options.notes(`skipped ${options.show(full)}: a link that leads nowhere`);
      return;
    }
    if (target.isDirectory()) {
      if (recursive && !SKIP_DIRS.has(name) && !walked.has(realPath) && !isInside(real, realPath)) visit(full, realPath);
    } else if (isTeamFileName(name)) {
      if (target.isFile()) addFile(full, realPath);
      else skipNotRegular(full);
    } else if (target.isFile() && isTeamFileOnDisk(full)) addFile(full, realPath);
  };
  const visit = (current: string, real: string) => {
    walked.add(real);
    let entries: Dirent<Buffer>[];
    try {
      entries = readdirSync(current, { withFileTypes: true, encoding: 'buffer' });
    } catch (error) {
      if (current === dir) throw options.folderError(current, error as NodeJS.ErrnoException);
      // Skipped with a note, like a file that is not regular: it must not stop the lint of the files beside it.
      options.notes(`skipped ${options.show(current)}: a folder that cannot be read (${errorCode(error)})`);
      return;
    }
    for (const entry of entries) {
      const name = nameText(entry.name);
      if (name === undefined) {
        options.notes(`skipped ${path.join(options.show(current), showBytes(entry.name))}: a name that is not UTF-8 (rename it to have it read)`);
        continue;
      }
      const full = path.join(current, name);
      const type = typeOf(entry, full);
      if (!type) continue;
      if (type.isDirectory()) {
        const realPath = path.join(real, name);
        if (recursive && !SKIP_DIRS.has(name) && !walked.has(realPath)) visit(full, realPath);
      } else if (type.isSymbolicLink()) followLink(full, name, real);
      else if (isTeamFileName(name)) {
        if (type.isFile()) addFile(full, path.join(real, name));
        else skipNotRegular(full);
      } else if (type.isFile() && isTeamFileOnDisk(full)) addFile(full, path.join(real, name));
    }
  };
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (error) {
    throw options.folderError(dir, error as NodeJS.ErrnoException);
  }
  visit(dir, real);
  return out.sort();
}

/** Whether `dir` is `outer` or a folder inside it. */
export function isInside(dir: string, outer: string): boolean {
  const relative = path.relative(outer, dir);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

/**
 * A stream read to its end (standard input), keeping at most `cap` + 1 bytes
 * (as readBounded) while counting them all, so that an endless or huge input
 * costs no memory and is reported as too large like a file would be.
 */
export async function readStreamBounded(stream: AsyncIterable<Uint8Array | string>, cap: number): Promise<{ bytes: Uint8Array; size: number }> {
  const chunks: Buffer[] = [];
  let kept = 0;
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    size += bytes.length;
    if (kept > cap) continue;
    const part = bytes.subarray(0, cap + 1 - kept);
    chunks.push(part);
    kept += part.length;
  }
  return { bytes: Buffer.concat(chunks, kept), size };
}
