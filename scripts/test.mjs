// npm test: type-check (every layer), lint, formatting, build, then every suite; ends with one "N passed, N failed" line for CI.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const suites = [];
const failedSteps = [];

function run(title, command, args, options = {}) {
  console.log(`\n▶ ${title}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: options.capture ? ['inherit', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
  });
  if (options.capture) process.stdout.write(result.stdout ?? '');
  if (result.status !== 0 && !options.capture) failedSteps.push(title);
  return result;
}

/** Read mocha's "N passing" / "N failing" summary from its spec output. */
function record(name, result) {
  const out = result.stdout ?? '';
  const passed = Number(/(\d+) passing/.exec(out)?.[1] ?? 0);
  const failed = Number(/(\d+) failing/.exec(out)?.[1] ?? 0);
  // A suite that crashed before reporting counts as one failure, never as a pass.
  const crashed = result.status !== 0 && failed === 0 ? 1 : 0;
  suites.push({ name, passed, failed: failed + crashed });
}

run('type-check', 'npm', ['run', '--silent', 'typecheck']);
run('lint', 'npm', ['run', '--silent', 'lint']);
run('formatting', 'npm', ['run', '--silent', 'format:check']);
run('build', 'node', ['esbuild.mjs']);
record('unit', run('unit tests', 'npx', ['mocha', '--reporter', 'spec', '--color'], { capture: true }));

if (!process.env.TEAMCHARTER_SKIP_VSCODE) {
  // What a user installs: the npm tarball in an empty project, the pre-commit hook through pre-commit try-repo.
  record('package', run('package tests (npm pack, pre-commit)', 'npx', ['mocha', '--config', 'test/package/.mocharc.json', '--color'], { capture: true }));
  const e2e = run('tests in a real VS Code (code-server)', 'node', ['--import', 'tsx', 'test/e2e/run.ts'], { capture: true });
  for (const match of (e2e.stdout ?? '').matchAll(/^SUITE (\S+) (\d+) passed, (\d+) failed$/gm))
    suites.push({ name: match[1], passed: Number(match[2]), failed: Number(match[3]) });
  if (e2e.status !== 0 && !/^SUITE /m.test(e2e.stdout ?? '')) suites.push({ name: 'e2e', passed: 0, failed: 1 });
}

const passed = suites.reduce((n, s) => n + s.passed, 0);
const failed = suites.reduce((n, s) => n + s.failed, 0) + failedSteps.length;
console.log('');
for (const s of suites) console.log(`  ${s.name}: ${s.passed} passed, ${s.failed} failed`);
if (failedSteps.length) console.log(`  ${failedSteps.length} step(s) failed: ${failedSteps.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
