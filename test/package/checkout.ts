/** What the packaging tests start from: this checkout as a fresh clone would hold it. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { REPO } from '../unit/cli/cliRun';

/**
 * A copy of the files git would commit here (tracked and new, nothing ignored: no dist/, no
 * node_modules/), so that a test sees what a clone of the work in progress holds.
 */
export function checkoutCopy(): string {
  const list = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO, encoding: 'utf8' });
  if (list.status !== 0) throw new Error(`git ls-files failed: ${list.stderr}`);
  const dir = mkdtempSync(path.join(tmpdir(), 'teamcharter-checkout-'));
  for (const file of list.stdout.split('\0').filter(Boolean)) {
    const from = path.join(REPO, file);
    if (!existsSync(from)) continue; // deleted in the work tree, not yet committed
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    copyFileSync(from, path.join(dir, file));
  }
  return dir;
}

interface SetupScript {
  /** The environment without an outer npm's npm_* variables, for a nested npm. */
  cleanEnv(): NodeJS.ProcessEnv;
  /** Install missing Debian packages (as root), else throw saying which. */
  aptInstall(packages: string[]): void;
}

/** scripts/setup-vscode.mjs (an ES module, loaded the way scripts/codeServer.ts loads it). */
export async function setupScript(): Promise<SetupScript> {
  return import(path.join(REPO, 'scripts/setup-vscode.mjs'));
}
