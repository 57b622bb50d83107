import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { CHARTER_WITH_ERROR, REPO, buildCli, tempWorkspace } from '../cli/cliRun';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}

const action = parse(readFileSync(path.join(REPO, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default: string }>;
  runs: { using: string; steps: Step[] };
};

/**
 * Run the action's lint step as GitHub's runner would: its `${{ }}` expressions filled in from
 * the inputs (defaults, then `inputs`) and the action's folder, under `bash -eo pipefail`.
 */
function lintStep(cwd: string, inputs: Record<string, string> = {}): { code: number | null; stdout: string; stderr: string } {
  const step = action.runs.steps.find((s) => s.id === 'lint')!;
  const values: Record<string, string> = { ...Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default])), ...inputs };
  const expand = (text: string) =>
    text.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, expression: string) => {
      if (expression === 'github.action_path') return REPO;
      const input = /^inputs\.([\w-]+)$/.exec(expression);
      assert.ok(input && input[1] in values, `unknown expression ${expression}`);
      return values[input[1]];
    });
  const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, expand(value)]));
  assert.equal(step.shell, 'bash');
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', expand(step.run!)], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A workspace with the example team, and the given files added to it. */
function team(files: Record<string, string> = {}): string {
  const dir = tempWorkspace(files);
  cpSync(path.join(REPO, 'examples/acme'), dir, { recursive: true });
  return dir;
}

const FLAWED = { 'web/.team/web.charter.yaml': CHARTER_WITH_ERROR };

describe('the GitHub Action (action.yml)', () => {
  before(buildCli);

  it('is a composite action that sets up Node and builds the CLI from its own folder', () => {
    assert.equal(action.runs.using, 'composite');
    assert.match(action.runs.steps[0].uses ?? '', /^actions\/setup-node@/);
    const build = action.runs.steps.find((s) => s['working-directory'] === '${{ github.action_path }}');
    assert.match(build?.run ?? '', /^npm ci\b.*&& node esbuild\.mjs --production$/);
  });

  it('annotates the pull request and passes a sound team', () => {
    const result = lintStep(team());
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^::warning file=/m);
  });

  it('fails on an error finding, and still writes the SARIF report to upload', () => {
    const dir = team(FLAWED);
    const result = lintStep(dir, { 'sarif-file': 'reports/teamcharter.sarif' });
    assert.equal(result.code, 1, result.stderr);
    assert.match(result.stdout, /^::error file=web\/\.team\/web\.charter\.yaml,line=\d+/m);
    const sarif = JSON.parse(readFileSync(path.join(dir, 'reports/teamcharter.sarif'), 'utf8'));
    assert.equal(sarif.version, '2.1.0');
    assert.ok(sarif.runs[0].results.some((r: { ruleId: string }) => r.ruleId === 'goal-unknown-priority'));
  });

  it('max-warnings: fails when the warnings are over it', () => {
    const result = lintStep(team(), { 'max-warnings': '0', paths: '.team' });
    assert.equal(result.code, 1, result.stderr);
  });

  it('paths: several, separated by spaces', () => {
    const dir = team(FLAWED);
    const result = lintStep(dir, { paths: '.team web', format: 'json' });
    const files = new Set((JSON.parse(result.stdout) as { file: string }[]).map((f) => f.file.split('/')[0]));
    assert.deepEqual([...files].sort(), ['.team', 'web']);
  });

  it('a usage error fails with exit 2 before any report, SARIF or not', () => {
    const dir = team();
    const result = lintStep(dir, { paths: 'no-such-folder', 'sarif-file': 'teamcharter.sarif' });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /no-such-folder/);
    // -o writes a report only once the lint is done: there is no file to upload by mistake.
    assert.equal(existsSync(path.join(dir, 'teamcharter.sarif')), false);
  });
});
