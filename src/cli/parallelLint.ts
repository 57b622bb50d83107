/**
 * Lints large workspaces on several threads, whatever their layout. The files
 * are dealt round-robin to the threads (the main thread takes a share too);
 * each thread reads and parses its files, runs their own checks and compacts
 * them (TeamFile.compact), and the workers send the compact files and their
 * checks back by structured clone. The main thread then indexes the teams and
 * runs the cross-file and history rules once, on every file in the order one
 * thread reads them: the findings are exactly those of one thread.
 */
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { ConfigError } from '../core/config';
import { TeamFile, type TeamFileModel } from '../core/teamFile';
import type { Finding } from '../core/types';
import type { FileChecksModel, Workspace } from '../core/workspace';
import { UsageError } from './args';
import { ConfigResolver, cliWorkspace, discoverFiles, readTeamBytes, type ReadOptions } from './files';
import type { Notes } from './fsRead';

/**
 * Below this many files one thread is faster: a worker takes about 100 ms to
 * start and load the linter (measured on 2 cores, CONTRIBUTING.md "Speed of the linter").
 */
export const MIN_PARALLEL_FILES = 250;

interface Job {
  files: [string, string][];
  today: string;
  config?: string;
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
  | { failure: Failure };

/**
 * Read, parse, check and compact the files of a job in `workspace`; on the main
 * thread the files themselves are kept (`kept`, by index in the job), a worker
 * makes models of them.
 */
function checkFiles(job: Job, workspace: Workspace, kept?: Map<number, TeamFile>): Checked[] {
  return job.files.map(([absolute, shown], index): Checked => {
    try {
      let note = '';
      const read = readTeamBytes(absolute, shown, (text) => (note = text));
      if (!read) return { note };
      const file = TeamFile.fromBytes(shown, read.bytes, read.size);
      workspace.checkFile(file);
      if (kept) {
        kept.set(index, file);
        return { note: '' };
      }
      const model = file.toModel();
      const checks = workspace.fileChecksModel(file);
      return model && checks ? { model, checks } : read;
    } catch (error) {
      if (error instanceof ConfigError) return { failure: { config: { file: error.file, range: error.range, detail: error.detail } } };
      if (error instanceof UsageError) return { failure: { usage: error.message } };
      throw error;
    }
  });
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
  const { files, targets, skipped } = discoverFiles(paths, resolver, notes);
  const entries = [...files];
  const threads = files.size < MIN_PARALLEL_FILES ? 1 : Math.min(availableParallelism(), 4);
  const shares = deal(entries, threads);
  const jobs = shares.map((share) => ({ files: share.map((i) => entries[i]), today: options.today, config: options.config }));
  const replies = jobs.slice(1).map(runWorker);
  // While the workers work, the main thread does its own share.
  const workspace = cliWorkspace(entries, resolver, options.today);
  const kept = new Map<number, TeamFile>();
  const own = checkFiles(jobs[0], workspace, kept);
  const checked: Checked[][] = [own, ...(await Promise.all(replies))];
  const where: [number, number][] = [];
  shares.forEach((share, thread) => share.forEach((entry, index) => (where[entry] = [thread, index])));
  for (const [entry, [, shown]] of entries.entries()) {
    const [thread, index] = where[entry];
    add(workspace, checked[thread][index], thread === 0 ? kept.get(index) : undefined, notes, shown);
  }
  const findings: Finding[] = [];
  // One by one: a file can have hundreds of thousands of findings, too many to spread as arguments.
  for (const target of targets) for (const finding of workspace.lintFile(target)?.findings ?? []) findings.push(finding);
  return { findings, targets, skipped };
}

/** Add one file to the workspace as a thread made it (in file order, as one thread reads them). */
function add(workspace: Workspace, checked: Checked, kept: TeamFile | undefined, notes: Notes, shown: string): void {
  if ('failure' in checked) {
    const failure = checked.failure;
    if ('usage' in failure) throw new UsageError(failure.usage);
    throw new ConfigError(failure.config.file, failure.config.range, failure.config.detail);
  }
  if ('note' in checked) {
    if (checked.note) notes(checked.note);
    if (kept) workspace.update(kept);
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

/** Indexes of the entries for each thread, dealt round-robin: every thread gets files of every size and folder. */
export function deal<T>(entries: readonly T[], threads: number): number[][] {
  const shares: number[][] = Array.from({ length: threads }, () => []);
  for (let i = 0; i < entries.length; i++) shares[i % threads].push(i);
  return shares;
}

function runWorker(job: Job): Promise<Checked[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: { teamcharterLintJob: job } });
    worker.once('message', (reply: Checked[] | { failure: Failure }) => {
      if (Array.isArray(reply)) resolve(reply);
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
  let reply: Checked[] | { failure: Failure };
  try {
    const resolver = ConfigResolver.fromOption(job.config);
    reply = checkFiles(job, cliWorkspace(job.files, resolver, job.today));
  } catch (error) {
    if (error instanceof ConfigError) reply = { failure: { config: { file: error.file, range: error.range, detail: error.detail } } };
    else if (error instanceof UsageError) reply = { failure: { usage: error.message } };
    else throw error;
  }
  parentPort!.postMessage(reply);
  return true;
}
