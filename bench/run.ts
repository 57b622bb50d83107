/**
 * npm run bench: on generated workspaces of 100 teams × 20 retros (2,100 files)
 * in two layouts (one shared .team folder; a folder per team),
 *  (a) read and parse every file with `yaml` alone, on one thread: the floor;
 *  (b) a full `teamcharter lint --format json` of the same workspace;
 * both as processes, alternated, median of 7 runs each: wall time and peak
 * memory (maximum resident set, as /usr/bin/time reports it); then, on the
 * shared layout, in process:
 *  (c) re-lint one changed retro through the engine with the index warm, as the
 *      editor does per keystroke: median and p95 over 200 edits, each in a
 *      timer callback of its own, spaced by the extension's default debounce
 *      (and, for comparison, the same edits back to back in one loop, in a
 *      process of their own);
 *  (d) insights (src/core/insights/insights.ts) for every team with the index warm, as the
 *      report and the extension's views ask for them, each team's history replayed
 *      retro by retro (docs/rules.md "A team's history"): median of 7 runs.
 * The machine's load average is printed beside each layout's figures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as esbuild from 'esbuild';
import { loadWorkspace } from '../src/cli/files';
import { allTeamInsights } from '../src/core/insights/insights';
import { TeamFile } from '../src/core/format/teamFile';
import type { Workspace } from '../src/core/engine/workspace';
import { generateWorkspace, type Layout } from './generateWorkspace';

const ROOT = path.resolve(__dirname, '..');
const TODAY = '2026-11-30';
const RUNS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function load(): string {
  return loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
}

interface Run {
  ms: number;
  mib: number;
}

/** A node process under /usr/bin/time: its wall time and peak memory. */
export function measureProcess(args: string[], env: NodeJS.ProcessEnv = process.env): Run {
  const start = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', 'maxrss %M', process.execPath, ...args], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1024 ** 3,
  });
  const ms = performance.now() - start;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited with ${result.status}: ${result.stderr}`);
  const rss = /maxrss (\d+)/.exec(result.stderr);
  if (!rss) throw new Error(`no peak memory from /usr/bin/time: ${result.stderr}`);
  return { ms, mib: Number(rss[1]) / 1024 };
}

export async function buildFloor(): Promise<string> {
  const outfile = path.join(ROOT, 'bench/out/parseFloor.js');
  await esbuild.build({ entryPoints: [path.join(ROOT, 'bench/parseFloor.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' });
  return outfile;
}

function layoutRows(layout: Layout, floorScript: string): string[] {
  const dir = path.join(ROOT, `bench/workspace-${layout}`);
  const files = generateWorkspace(dir, 100, 20, layout);
  const bytes = files.reduce((n, f) => n + readFileSync(f).length, 0);
  const before = load();
  const floor: Run[] = [];
  const lint: Run[] = [];
  // Alternated, so that a change in the machine's load weighs on both alike.
  for (let i = 0; i < RUNS; i++) {
    floor.push(measureProcess([floorScript, dir]));
    lint.push(measureProcess(['dist/cli.js', 'lint', dir, '--format', 'json', '--today', TODAY]));
  }
  const [floorMs, lintMs] = [median(floor.map((r) => r.ms)), median(lint.map((r) => r.ms))];
  const [floorMiB, lintMiB] = [median(floor.map((r) => r.mib)), median(lint.map((r) => r.mib))];
  const time = lintMs / floorMs;
  const memory = lintMiB / floorMiB;
  return [
    `${layout}: ${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MiB in ${path.relative(ROOT, dir)}; load average ${before} before, ${load()} after`,
    `  (a) read + parse with yaml alone, one thread   ${floorMs.toFixed(0).padStart(6)} ms  ${floorMiB.toFixed(0).padStart(4)} MiB`,
    `  (b) teamcharter lint --format json             ${lintMs.toFixed(0).padStart(6)} ms  ${lintMiB.toFixed(0).padStart(4)} MiB`,
    `      time ${time.toFixed(2)}× (a), goal ≤ 1.0×: ${time <= 1 ? 'met' : 'NOT MET'};  peak memory ${memory.toFixed(2)}× (a), goal ≤ 2.5×: ${memory <= 2.5 ? 'met' : 'NOT MET'}`,
  ];
}

/** The workspace of (c) and (d): the shared layout, linted once, as the extension holds it once it has started. */
function warmWorkspace(): { workspace: Workspace; findings: number } {
  const { workspace } = loadWorkspace([path.join(ROOT, 'bench/workspace-shared')], { today: TODAY });
  let findings = 0;
  for (const result of workspace.lintAll().values()) findings += result.findings.length;
  return { workspace, findings };
}

/** The extension re-lints a document this long after its last change (`teamcharter.debounceMs`, workspaceLinter.ts). */
const DEBOUNCE_MS: number = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).contributes.configuration.properties['teamcharter.debounceMs']
  .default;

/**
 * (c): 200 edits, each to a retro of another team; each edit re-reads the retro
 * as the extension reads an editor's text (workspaceLinter.ts) and re-lints its
 * team. `asTheEditor`: each re-lint runs in a timer callback of its own, the
 * default debounce after the one before, as the extension's re-lints come at
 * the earliest; else all 200 run back to back in one synchronous loop.
 */
async function relintEdits(workspace: Workspace, asTheEditor: boolean): Promise<number[]> {
  const retros = [...workspace.allFiles()].filter((f) => f.kind === 'retro');
  const edits: number[] = [];
  for (let i = 0; i < 200; i++) {
    const retro = retros[(i * 37) % retros.length];
    const text = retro.text.replace(/^wins:\n/m, `wins:\n  - text: Edit ${i} shipped\n    who: [ana]\n`);
    if (asTheEditor) await new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS));
    edits.push(
      time(() => {
        const teams = workspace.update(TeamFile.fromText(retro.path, text, true));
        workspace.lintTeams(teams, [retro.path]);
      }),
    );
  }
  return edits;
}

function relintRow(label: string, edits: number[]): string {
  return `${label}: median ${median(edits).toFixed(2)} ms, p95 ${percentile(edits, 95).toFixed(2)} ms`;
}

async function main(): Promise<void> {
  if (process.argv[2] === '--back-to-back') {
    // In a process of its own, so that it starts as cold as (c) does.
    console.log(JSON.stringify(await relintEdits(warmWorkspace().workspace, false)));
    return;
  }
  const floorScript = await buildFloor();
  for (const layout of ['shared', 'per-team'] as const) report(`${layoutRows(layout, floorScript).join('\n')}\n`);

  // (c) The editor's path: one retro changes, its team is re-linted, the index stays warm.
  const before = load();
  const { workspace, findings } = warmWorkspace();
  const edits = await relintEdits(workspace, true);

  // (d) Insights of all teams, after the edits above: the index and the lint results are warm
  // except for the team edited last, as when a view refreshes after typing.
  let teamCount = 0;
  const insights = Array.from({ length: RUNS }, () => time(() => (teamCount = allTeamInsights(workspace).length)));
  const after = load();

  // The same 200 edits back to back, as this bench measured them before: the garbage
  // collection and compiling that V8 does between events then land inside the timed edits.
  const child = spawnSync(process.execPath, ['--import', 'tsx', __filename, '--back-to-back'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1024 ** 2 });
  if (child.status !== 0) throw new Error(`the back-to-back re-lint run failed: ${child.stderr}`);
  const backToBack = JSON.parse(child.stdout) as number[];

  const p95 = percentile(edits, 95);
  report(`in process, shared layout (${findings} findings); load average ${before} before, ${after} after`);
  report(`  ${relintRow(`(c) re-lint one retro, index warm, ${DEBOUNCE_MS} ms apart as in the editor`, edits)}, goal < 5 ms: ${p95 < 5 ? 'met' : 'NOT MET'}`);
  report(`      ${relintRow('the same edits back to back in one loop, a process of their own', backToBack)}`);
  report(
    `  (d) insights with history replay for all ${teamCount} teams, index warm: median ${median(insights).toFixed(1)} ms, first run ${insights[0].toFixed(1)} ms, goal < 500 ms: ${Math.max(...insights) < 500 ? 'met' : 'NOT MET'}`,
  );
  writeResults();
}

/** What this run printed, kept for bench/RESULTS.md. */
const reported: string[] = [];

function report(text: string): void {
  console.log(text);
  reported.push(text);
}

/** bench/RESULTS.md: the section of the latest `npm run bench` is replaced by this run's; the rest of the file stays. */
function writeResults(): void {
  const file = path.join(ROOT, 'bench/RESULTS.md');
  const [start, end] = ['<!-- npm run bench: start -->', '<!-- npm run bench: end -->'];
  const before = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmark results\n\n${start}\n${end}\n`;
  const at = before.indexOf(start);
  const until = before.indexOf(end);
  if (at < 0 || until < at) throw new Error(`bench/RESULTS.md has lost its markers ${start} and ${end}`);
  const machine = `${new Date().toISOString().slice(0, 10)}, ${availableParallelism()} cores, ${Math.round(totalmem() / 1024 ** 3)} GiB, Node ${process.version}`;
  const section = `${start}\n## Latest \`npm run bench\` (${machine})\n\n\`\`\`\n${reported.join('\n').trimEnd()}\n\`\`\`\n${end}`;
  writeFileSync(file, before.slice(0, at) + section + before.slice(until + end.length));
  console.log(`written to ${path.relative(ROOT, file)}`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
