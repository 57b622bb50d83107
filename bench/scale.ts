/**
 * npm run bench:scale: does `teamcharter lint` stay linear in the number of
 * files? Generates 100, 500 and 1,000 teams × 20 retros (2,100 / 10,500 /
 * 21,000 files) and runs `teamcharter lint --format json` on each as a
 * process, 3 times: the median wall time, CPU time (user + system, all
 * threads; steadier than wall time on a busy machine) and peak memory, as
 * /usr/bin/time reports them.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import * as path from 'node:path';
import { generateWorkspace } from './generateWorkspace';

const ROOT = path.resolve(__dirname, '..');
const RUNS = 3;

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

interface Run {
  wall: number;
  cpu: number;
  rssMiB: number;
}

function lint(dir: string): Run {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, 'dist/cli.js', 'lint', dir, '--format', 'json', '--today', '2026-11-30'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1024 ** 3,
  });
  if (result.status !== 0 && result.status !== 1) throw new Error(`lint exited with ${result.status}: ${result.stderr}`);
  const [wall, user, system, rss] = result.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return { wall, cpu: user + system, rssMiB: rss / 1024 };
}

const rows: string[] = [];
for (const teams of [100, 500, 1000]) {
  const dir = path.join(ROOT, `bench/scale-${teams}`);
  const files = generateWorkspace(dir, teams, 20).length;
  const runs = Array.from({ length: RUNS }, () => lint(dir));
  const wall = median(runs.map((r) => r.wall));
  const cpu = median(runs.map((r) => r.cpu));
  const rss = median(runs.map((r) => r.rssMiB));
  rows.push(`| ${files.toLocaleString('en')} | ${wall.toFixed(1)} s | ${cpu.toFixed(1)} s | ${((cpu * 1e6) / files).toFixed(0)} µs | ${rss.toFixed(0)} MiB |`);
  console.log(rows[rows.length - 1]);
  rmSync(dir, { recursive: true, force: true });
}
console.log(['| files | wall time | CPU time | CPU per file | peak memory |', '| ---: | ---: | ---: | ---: | ---: |', ...rows].join('\n'));
