/** Run the built CLI as a user would, in a folder of our choosing. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export const REPO = path.resolve(__dirname, '../../..');
export const CLI = path.join(REPO, 'dist/cli.js');

let built = false;
/** Build once per test run so the CLI under test is the current source. */
export function buildCli(): void {
  if (built) return;
  const result = spawnSync('node', ['esbuild.mjs'], { cwd: REPO, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`build failed: ${result.stderr}`);
  built = true;
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function cli(cwd: string, ...args: string[]): CliResult {
  const result = spawnSync('node', [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The CLI in a child process that is killed after `ms` (generous: real work
 * fits many times over). A run that had to be killed is reported as a failure
 * of its own, so a hang never hangs the test suite.
 */
export function cliWithin(ms: number, cwd: string, ...args: string[]): CliResult {
  const result = spawnSync('node', [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: ms,
    killSignal: 'SIGKILL',
    maxBuffer: 1024 * 1024 * 1024,
  });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ETIMEDOUT')
    throw new Error(`teamcharter ${args.join(' ')} did not finish within ${ms} ms`);
  if (result.signal) throw new Error(`teamcharter ${args.join(' ')} was killed by ${result.signal}`);
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A charter of team "web" with an error finding (goal-unknown-priority at 6:16) among others. */
export const CHARTER_WITH_ERROR = `kind: Charter
id: web
team: Web
goals:
  - id: G1
    supports: [P9]
`;

/** A temp folder with the given files (path → content). */
export function tempWorkspace(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'teamcharter-cli-'));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

/** A temp copy of the example team. */
export function copyOfAcme(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'teamcharter-acme-'));
  cpSync(path.join(REPO, 'examples/acme'), dir, { recursive: true });
  return dir;
}
