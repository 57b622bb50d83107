/** Creating folders for new files, with a message that names what is in the way. */
import { mkdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { UsageError } from './args';
import { toSlash } from './files';

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

/** The first part of `dir`, from the top, that exists and is not a folder. */
function fileInTheWay(dir: string): string | undefined {
  const parts: string[] = [];
  for (let current = dir; ; current = path.dirname(current)) {
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
