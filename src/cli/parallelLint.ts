/**
 * Lints large workspaces on several threads. Files are split by their root
 * folder (the .team folder that holds them), so each worker sees whole teams
 * and the cross-file rules stay exact; when a team turns out to span workers,
 * everything is linted again on one thread. Small workspaces stay on one thread.
 */
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { ConfigError, DEFAULT_ROOT } from '../core/config';
import type { Finding } from '../core/types';
import { UsageError } from './args';
import { ConfigResolver, buildWorkspace, contextRoot, discoverFiles, type ReadOptions } from './files';
import type { Notes } from './fsRead';

/** Below this many files, starting threads costs more than it saves. */
const MIN_FILES_PER_WORKER = 300;

interface Job {
  files: [string, string][];
  targets: string[];
  today: string;
  config?: string;
}

interface Linted {
  findings: Finding[];
  teams: [string, string][];
  /** Notes about files skipped while reading (a worker sends them back to be printed). */
  notes: string[];
}

type Reply =
  | Linted
  | { usage: string }
  | { config: { file: string; range: ConfigError['range']; detail: string } };

function lintJob(job: Job, resolver: ConfigResolver): Linted {
  const notes: string[] = [];
  const workspace = buildWorkspace(job.files, resolver, job.today, (note) => notes.push(note));
  const findings: Finding[] = [];
  // One by one: a file can have hundreds of thousands of findings, too many to spread as arguments.
  for (const target of job.targets) for (const finding of workspace.lintFile(target)?.findings ?? []) findings.push(finding);
  const teams: [string, string][] = [];
  for (const team of workspace.allTeams()) for (const file of team.files) teams.push([file.path, team.id]);
  return { findings, teams, notes };
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
  const threads = Math.min(availableParallelism(), 4, Math.floor(files.size / MIN_FILES_PER_WORKER));
  const single = () => {
    const linted = lintJob({ files: [...files], targets, today: options.today }, resolver);
    linted.notes.forEach((note) => notes(note));
    return { findings: linted.findings, targets, skipped };
  };
  if (threads < 2) return single();
  const targetSet = new Set(targets);

  const jobs = partition(files, threads).map((group) => ({
    files: group,
    targets: group.map(([, shown]) => shown).filter((shown) => targetSet.has(shown)),
    today: options.today,
    config: options.config,
  }));
  const replies = await Promise.all(jobs.map(runWorker));
  const teamWorker = new Map<string, number>();
  let split = false;
  replies.forEach((reply, index) => {
    for (const [, team] of reply.teams) {
      if ((teamWorker.get(team) ?? index) !== index) split = true;
      teamWorker.set(team, index);
    }
  });
  if (split) return single();
  for (const reply of replies) reply.notes.forEach((note) => notes(note));
  return { findings: replies.flatMap((r) => r.findings), targets, skipped };
}

/** Whole root folders per worker, the biggest first onto the least loaded. */
export function partition(files: Map<string, string>, threads: number): [string, string][][] {
  const groups = new Map<string, [string, string][]>();
  for (const entry of files) {
    const key = contextRoot(entry[0], DEFAULT_ROOT);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(entry);
  }
  const out: [string, string][][] = Array.from({ length: threads }, () => []);
  for (const group of [...groups.values()].sort((a, b) => b.length - a.length)) {
    const least = out.reduce((smallest, files) => (files.length < smallest.length ? files : smallest));
    for (const entry of group) least.push(entry);
  }
  return out;
}

function runWorker(job: Job): Promise<Linted> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: { teamcharterLintJob: job } });
    worker.once('message', (reply: Reply) => {
      if ('findings' in reply) resolve(reply);
      else if ('usage' in reply) reject(new UsageError(reply.usage));
      else reject(new ConfigError(reply.config.file, reply.config.range, reply.config.detail));
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/** In a worker thread started by lintPaths: do the job and reply. Returns false on the main thread. */
export function serveLintJob(): boolean {
  const job = isMainThread ? undefined : (workerData as { teamcharterLintJob?: Job } | undefined)?.teamcharterLintJob;
  if (!job) return false;
  let reply: Reply;
  try {
    const { findings, teams, notes } = lintJob(job, ConfigResolver.fromOption(job.config));
    // Fixes are for the editor; they need not cross threads.
    reply = { findings: findings.map(({ fixes: _fixes, ...rest }) => rest), teams, notes };
  } catch (error) {
    if (error instanceof ConfigError) reply = { config: { file: error.file, range: error.range, detail: error.detail } };
    else if (error instanceof UsageError) reply = { usage: error.message };
    else throw error;
  }
  parentPort!.postMessage(reply);
  return true;
}

