/**
 * npm run bench:threads: where do worker threads start to pay? Lints generated
 * workspaces (a folder per team, 20 retros each; 210 to 4,200 files) as a process,
 * on one thread and on two (TEAMCHARTER_THREADS), alternated, median of 5 runs
 * each; the CLI's default of one thread (threadCount in src/cli/parallelLint.ts)
 * comes from this.
 */
import { loadavg } from 'node:os';
import * as path from 'node:path';
import { measureProcess } from './run';
import { generateWorkspace } from './generateWorkspace';

const ROOT = path.resolve(__dirname, '..');
const RUNS = 5;

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

console.log(`load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
console.log('| files | one thread | two threads |\n| ---: | ---: | ---: |');
for (const teams of [10, 25, 50, 100, 200]) {
  const dir = path.join(ROOT, 'bench/workspace-threads');
  const files = generateWorkspace(dir, teams, 20).length;
  const times: Record<1 | 2, number[]> = { 1: [], 2: [] };
  for (let i = 0; i < RUNS; i++) {
    for (const threads of [1, 2] as const) {
      const env = { ...process.env, TEAMCHARTER_THREADS: String(threads) };
      times[threads].push(measureProcess(['dist/cli.js', 'lint', dir, '--format', 'json', '--today', '2026-11-30'], env).ms);
    }
  }
  console.log(`| ${files} | ${median(times[1]).toFixed(0)} ms | ${median(times[2]).toFixed(0)} ms |`);
}
console.log(`load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
