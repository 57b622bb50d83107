/**
 * npm run bench: on a generated workspace of 100 teams × 20 retros (2,100 files),
 *  (a) read and parse every file with `yaml` alone: the floor;
 *  (b) a full `teamcharter lint` of the same workspace;
 *  (c) re-lint one changed retro through the engine with the index warm, as the
 *      editor does per keystroke: median and p95 over 200 edits;
 *  (d) insights (src/core/insights.ts) for every team with the index warm, as the
 *      report and the extension's views ask for them: median of 7 runs.
 * (a) and (b) are measured both as processes (what a CI user waits for) and in
 * process (engine cost without Node's start-up), median of 7 runs each.
 */
import { spawnSync } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as esbuild from 'esbuild';
import { loadWorkspace } from '../src/cli/files';
import { allTeamInsights } from '../src/core/insights';
import { TeamFile } from '../src/core/teamFile';
import { generateWorkspace } from './generateWorkspace';
import { parseAll } from './parseFloor';

const ROOT = path.resolve(__dirname, '..');
const WORKSPACE = path.join(ROOT, 'bench/workspace');
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

function processTime(args: string[]): number {
  const devNull = openSync('/dev/null', 'w');
  return time(() => {
    const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', devNull, 'inherit'] });
    if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited with ${result.status}`);
  });
}

async function main(): Promise<void> {
  const files = generateWorkspace(WORKSPACE, 100, 20);
  const bytes = files.reduce((n, f) => n + readFileSync(f).length, 0);
  console.log(`workspace: ${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MiB in ${path.relative(ROOT, WORKSPACE)}`);
  await esbuild.build({ entryPoints: [path.join(ROOT, 'bench/parseFloor.ts')], outfile: path.join(ROOT, 'bench/out/parseFloor.js'), bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' });

  const floorProcess = median(Array.from({ length: RUNS }, () => processTime(['bench/out/parseFloor.js', WORKSPACE])));
  const lintProcess = median(Array.from({ length: RUNS }, () => processTime(['dist/cli.js', 'lint', WORKSPACE, '--format', 'json', '--today', TODAY])));
  const floorInProcess = median(Array.from({ length: RUNS }, () => time(() => parseAll(files))));
  let findings = 0;
  const lintInProcess = median(
    Array.from({ length: RUNS }, () =>
      time(() => {
        const { workspace } = loadWorkspace([WORKSPACE], { today: TODAY });
        findings = 0;
        for (const result of workspace.lintAll().values()) findings += result.findings.length;
      }),
    ),
  );

  // (c) The editor's path: one retro changes, its team is re-linted, the index stays warm.
  const { workspace } = loadWorkspace([WORKSPACE], { today: TODAY });
  workspace.lintAll();
  const retros = [...workspace.allFiles()].filter((f) => f.kind === 'retro');
  const edits: number[] = [];
  for (let i = 0; i < 200; i++) {
    const retro = retros[(i * 37) % retros.length];
    const text = retro.text.replace(/^wins:\n/m, `wins:\n  - text: Edit ${i} shipped\n    who: [ana]\n`);
    edits.push(
      time(() => {
        const teams = workspace.update(TeamFile.fromText(retro.path, text));
        workspace.lintTeams(teams, [retro.path]);
      }),
    );
  }

  // (d) Insights of all teams, after the edits above: the index and the lint results are warm
  // except for the team edited last, as when a view refreshes after typing.
  let teamCount = 0;
  const insights = Array.from({ length: RUNS }, () => time(() => (teamCount = allTeamInsights(workspace).length)));

  const ratio = lintProcess / floorProcess;
  const rows = [
    ['(a) read + parse with yaml alone (process)', `${floorProcess.toFixed(0)} ms`],
    ['(b) teamcharter lint, json (process)', `${lintProcess.toFixed(0)} ms`, `${ratio.toFixed(2)}× (a)  goal ≤ 1.5×  ${ratio <= 1.5 ? 'met' : 'NOT MET'}`],
    ['(a) in process', `${floorInProcess.toFixed(0)} ms`],
    ['(b) in process (load, index, lint all)', `${lintInProcess.toFixed(0)} ms`, `${(lintInProcess / floorInProcess).toFixed(2)}× (a)`],
    ['(c) re-lint one retro, warm: median', `${median(edits).toFixed(2)} ms`],
    ['(c) re-lint one retro, warm: p95', `${percentile(edits, 95).toFixed(2)} ms`, `goal < 5 ms  ${percentile(edits, 95) < 5 ? 'met' : 'NOT MET'}`],
    [`(d) insights for all ${teamCount} teams, index warm`, `${median(insights).toFixed(1)} ms`, `first run ${insights[0].toFixed(1)} ms  goal < 200 ms  ${Math.max(...insights) < 200 ? 'met' : 'NOT MET'}`],
  ];
  console.log(`findings in the workspace: ${findings}\n`);
  for (const [name, value, note] of rows) console.log(`${name.padEnd(44)} ${value.padStart(10)}  ${note ?? ''}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
