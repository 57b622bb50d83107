/**
 * Lints a workspace, on several threads when TEAMCHARTER_THREADS asks for
 * them (see threadCount), whatever its layout. The threads (the main one
 * too) take the files in small batches from a shared counter, so that a
 * thread slowed down by other work on the machine simply takes fewer; each
 * reads and parses its files, runs their own checks and compacts them
 * (TeamFile.compact), and the workers send the compact files and their
 * checks back by structured clone. The main thread then indexes the
 * teams and runs the cross-file and history rules once, on every file in the
 * order one thread reads them: the findings are exactly those of one thread.
 */
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { ConfigError } from '../core/config';
import { TeamFile, type TeamFileModel } from '../core/teamFile';
import type { Finding } from '../core/types';
import type { FileChecksModel, Workspace } from '../core/workspace';
import { UsageError } from './args';
import { ConfigResolver, cliWorkspace, discoverFiles, readTeamBytes, tellReads, type ReadOptions } from './files';
import type { Notes } from './fsRead';

/** Files per batch: small enough to even out the threads, big enough that taking one costs nothing. */
const BATCH = 8;

interface Job {
  files: [string, string][];
  today: string;
  config?: string;
  /** One Int32: the next batch to take, shared by every thread. */
  next: SharedArrayBuffer;
}

/** A failure while reading or checking one file, rethrown on the main thread in file order. */
type Failure = { usage: string } | { config: { file: string; range: ConfigError['range']; detail: string } };

/** What one thread made of one file. */
type Checked =
  /** A compacted file and its own checks. */
  | { model: TeamFileModel; checks: FileChecksModel }
  /** A file that keeps its document (problems, aliases, merge keys): its bytes, parsed again on the main thread. */
  | { bytes: Uint8Array; size: number }
  /** Skipped, with a note. */
  | { note: string }
  | { failure: Failure }
  /** Checked on the main thread: the file itself. */
  | { file: TeamFile };

/**
 * Take batches of the job's files until none is left: read, parse, check and
 * compact each in `workspace`. Returns what was made of each file taken, by
 * its index in the job; on the main thread (`keep`) the files themselves, in a
 * worker models of them.
 */
export function checkFiles(job: Job, workspace: Workspace, keep: boolean): Map<number, Checked> {
  const out = new Map<number, Checked>();
  const next = new Int32Array(job.next);
  for (let batch = Atomics.add(next, 0, 1); batch * BATCH < job.files.length; batch = Atomics.add(next, 0, 1)) {
    for (let index = batch * BATCH; index < Math.min(job.files.length, (batch + 1) * BATCH); index++) {
      out.set(index, checkOne(job.files[index], workspace, keep));
    }
  }
  return out;
}

function checkOne([absolute, shown]: [string, string], workspace: Workspace, keep: boolean): Checked {
  try {
    let note = '';
    const read = readTeamBytes(absolute, shown, (text) => (note = text));
    if (!read) return { note };
    const file = TeamFile.fromBytes(shown, read.bytes, read.size, true);
    workspace.checkFile(file);
    if (keep) return { file };
    const model = file.toModel();
    const checks = workspace.fileChecksModel(file);
    return model && checks ? { model, checks } : read;
  } catch (error) {
    if (error instanceof ConfigError) return { failure: { config: { file: error.file, range: error.range, detail: error.detail } } };
    if (error instanceof UsageError) return { failure: { usage: error.message } };
    throw error;
  }
}

export interface Linting {
  /** Findings of the target files, in no particular order. */
  findings: Finding[];
  targets: string[];
  /** Paths named on the command line that were skipped (see discoverFiles). */
  skipped: number;
}

/** Lint the target files of `paths`; notes about skipped files go to `options.notes`. */
export async function lintPaths(paths: string[], options: ReadOptions): Promise<Linting> {
  const resolver = ConfigResolver.fromOption(options.config);
  const notes: Notes = options.notes ?? (() => undefined);
  const set = discoverFiles(paths, resolver, notes);
  tellReads(set, resolver, options.reads);
  const { files, targets, skipped } = set;
  const job: Job = { files: [...files], today: options.today, config: options.config, next: new SharedArrayBuffer(4) };
  const replies = Array.from({ length: threadCount() - 1 }, () => runWorker(job));
  // While the workers work, the main thread takes batches too.
  const workspace = cliWorkspace(job.files, resolver, options.today);
  const checked = checkFiles(job, workspace, true);
  for (const reply of await Promise.all(replies)) for (const [index, made] of reply) checked.set(index, made);
  job.files.forEach(([, shown], index) => add(workspace, checked.get(index)!, notes, shown));
  const findings: Finding[] = [];
  // One by one: a file can have hundreds of thousands of findings, too many to spread as arguments.
  for (const target of targets) for (const finding of workspace.lintFile(target)?.findings ?? []) findings.push(finding);
  return { findings, targets, skipped };
}

/**
 * One thread unless TEAMCHARTER_THREADS=N asks for more (at most one per
 * core). Measured with `npm run bench:threads` on 2 cores, a second thread
 * made the lint slower at every size from 210 to 4,200 files, on a quiet
 * machine and more so on a busy one: a worker costs a start-up, its own JIT
 * warm-up and the copy of what it sends back, more than it saves now that
 * reading a file is cheap (CONTRIBUTING.md "Speed of the linter").
 */
function threadCount(): number {
  const asked = Number(process.env.TEAMCHARTER_THREADS);
  return Number.isInteger(asked) && asked >= 1 ? Math.min(asked, availableParallelism()) : 1;
}

/** Add one file to the workspace as a thread made it (in file order, as one thread reads them). */
function add(workspace: Workspace, checked: Checked, notes: Notes, shown: string): void {
  if ('failure' in checked) {
    const failure = checked.failure;
    if ('usage' in failure) throw new UsageError(failure.usage);
    throw new ConfigError(failure.config.file, failure.config.range, failure.config.detail);
  }
  if ('note' in checked) return notes(checked.note);
  if ('file' in checked) {
    workspace.update(checked.file);
    return;
  }
  if ('model' in checked) {
    const file = TeamFile.fromModel(checked.model);
    workspace.adoptChecks(file, checked.checks);
    workspace.update(file);
    return;
  }
  const file = TeamFile.fromBytes(shown, checked.bytes, checked.size);
  workspace.update(file);
  workspace.checkFile(file);
}

function runWorker(job: Job): Promise<Map<number, Checked>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: { teamcharterLintJob: job } });
    worker.once('message', (reply: Map<number, Checked> | { failure: Failure }) => {
      if (reply instanceof Map) resolve(reply);
      else if ('usage' in reply.failure) reject(new UsageError(reply.failure.usage));
      else reject(new ConfigError(reply.failure.config.file, reply.failure.config.range, reply.failure.config.detail));
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/** In a worker thread started by lintPaths: do the job and reply. Returns false on the main thread. */
export function serveLintJob(): boolean {
  const job = isMainThread ? undefined : (workerData as { teamcharterLintJob?: Job } | undefined)?.teamcharterLintJob;
  if (!job) return false;
  let reply: Map<number, Checked> | { failure: Failure };
  try {
    const resolver = ConfigResolver.fromOption(job.config);
    reply = checkFiles(job, cliWorkspace(job.files, resolver, job.today), false);
  } catch (error) {
    if (error instanceof ConfigError) reply = { failure: { config: { file: error.file, range: error.range, detail: error.detail } } };
    else if (error instanceof UsageError) reply = { failure: { usage: error.message } };
    else throw error;
  }
  parentPort!.postMessage(reply);
  return true;
}
