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
import { ConfigResolver, buildWorkspace, contextRoot, discoverFiles } from './files';

/** Below this many files, starting threads costs more than it saves. */
const MIN_FILES_PER_WORKER = 300;

interface Job {
  files: [string, string][];
  targets: string[];
  today: string;
  config?: string;
}

type Reply =
  | { findings: Finding[]; teams: [string, string][] }
  | { usage: string }
  | { config: { file: string; range: ConfigError['range']; detail: string } };

function lintJob(job: Job, resolver: ConfigResolver): { findings: Finding[]; teams: [string, string][] } {
  const workspace = buildWorkspace(job.files, resolver, job.today);
  const findings: Finding[] = [];
  for (const target of job.targets) findings.push(...(workspace.lintFile(target)?.findings ?? []));
  const teams: [string, string][] = [];
  for (const team of workspace.allTeams()) for (const file of team.files) teams.push([file.path, team.id]);
  return { findings, teams };
}

/** Findings of the target files of `paths`, in no particular order. */
export async function lintPaths(paths: string[], options: { today: string; config?: string }): Promise<{ findings: Finding[]; targets: string[] }> {
  const resolver = ConfigResolver.fromOption(options.config);
  const { files, targets } = discoverFiles(paths, resolver);
  const threads = Math.min(availableParallelism(), 4, Math.floor(files.size / MIN_FILES_PER_WORKER));
  const single = () => lintJob({ files: [...files], targets, today: options.today }, resolver).findings;
  if (threads < 2) return { findings: single(), targets };
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
  if (split) return { findings: single(), targets };
  return { findings: replies.flatMap((r) => r.findings), targets };
}

/** Whole root folders per worker, the biggest first onto the least loaded. */
export function partition(files: Map<string, string>, threads: number): [string, string][][] {
  const groups = new Map<string, [string, string][]>();
  for (const entry of files) {
    const key = contextRoot(entry[0], DEFAULT_ROOT);
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const out: [string, string][][] = Array.from({ length: threads }, () => []);
  for (const group of [...groups.values()].sort((a, b) => b.length - a.length)) {
    out.reduce((least, files) => (files.length < least.length ? files : least)).push(...group);
  }
  return out;
}

function runWorker(job: Job): Promise<{ findings: Finding[]; teams: [string, string][] }> {
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
    const { findings, teams } = lintJob(job, ConfigResolver.fromOption(job.config));
    // Fixes are for the editor; they need not cross threads.
    reply = { findings: findings.map(({ fixes: _fixes, ...rest }) => rest), teams };
  } catch (error) {
    if (error instanceof ConfigError) reply = { config: { file: error.file, range: error.range, detail: error.detail } };
    else if (error instanceof UsageError) reply = { usage: error.message };
    else throw error;
  }
  parentPort!.postMessage(reply);
  return true;
}

