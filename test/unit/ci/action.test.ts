/**
 * The GitHub Action as GitHub runs it: action.yml's `main`, the committed bundle, started with
 * `node` in a checkout-like folder with the environment a runner gives a JavaScript action
 * (INPUT_<NAME> with hyphens kept, GITHUB_WORKSPACE, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY).
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { CHARTER_WITH_ERROR, REPO, tempWorkspace } from '../cli/cliRun';

const ACTION_YML = readFileSync(path.join(REPO, 'action.yml'), 'utf8');
const action = parse(ACTION_YML) as {
  inputs: Record<string, { default: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string; steps?: unknown[] };
};

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The step outputs written to GITHUB_OUTPUT. */
  outputs: Record<string, string>;
  /** What was added to GITHUB_STEP_SUMMARY. */
  summary: string;
}

/** Run the action in `workspace`: action.yml's defaults, then `inputs`, as the runner passes them. */
function runAction(workspace: string, inputs: Record<string, string> = {}): Run {
  const values = { ...Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default])), ...inputs };
  const runner = tempWorkspace({ output: '', summary: '' });
  // Nothing of this process's own CI may leak in: only what a runner would set.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(INPUT_|GITHUB_)/.test(name)));
  for (const [name, value] of Object.entries(values)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  Object.assign(env, {
    GITHUB_WORKSPACE: workspace,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: path.join(runner, 'output'),
    GITHUB_STEP_SUMMARY: path.join(runner, 'summary'),
  });
  // The runner starts the action in the workspace; from elsewhere here, so that GITHUB_WORKSPACE is what counts.
  const result = spawnSync('node', [path.join(REPO, action.runs.main)], { cwd: runner, encoding: 'utf8', env });
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    outputs: readOutputs(readFileSync(path.join(runner, 'output'), 'utf8')),
    summary: readFileSync(path.join(runner, 'summary'), 'utf8'),
  };
}

/** GITHUB_OUTPUT as the runner reads it: `name=value` lines, or `name<<DELIMITER` … `DELIMITER`. */
function readOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2], i + 1);
      assert.ok(end > i, `no closing ${heredoc[2]} in GITHUB_OUTPUT`);
      outputs[heredoc[1]] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i].includes('=')) outputs[lines[i].slice(0, lines[i].indexOf('='))] = lines[i].slice(lines[i].indexOf('=') + 1);
  }
  return outputs;
}

interface Annotation {
  level: string;
  file: string;
  line: number;
  rule: string;
}

/** The file annotations (workflow commands with a file) printed on stdout. */
function annotations(stdout: string): Annotation[] {
  return [...stdout.matchAll(/^::(error|warning|notice) file=([^,]+),line=(\d+),.*title=teamcharter\(([\w-]+)\)::/gm)].map((m) => ({
    level: m[1],
    file: m[2],
    line: Number(m[3]),
    rule: m[4],
  }));
}

/** A checkout with the example team, and the given files added to it. */
function checkout(files: Record<string, string> = {}): string {
  const dir = tempWorkspace(files);
  cpSync(path.join(REPO, 'examples/acme'), dir, { recursive: true });
  return dir;
}

const FLAWED = { 'web/.team/web.charter.yaml': CHARTER_WITH_ERROR };
const TODAY = { today: '2026-12-02' };

describe('the GitHub Action (action.yml, dist/action.js)', () => {
  it('is a JavaScript action on node24 running the committed bundle: no install step, no setup-node', () => {
    assert.equal(action.runs.using, 'node24');
    assert.equal(action.runs.main, 'dist/action.js');
    assert.equal(action.runs.steps, undefined);
    assert.doesNotMatch(ACTION_YML, /setup-node|\bnpm\b|node-version/);
    assert.ok(existsSync(path.join(REPO, action.runs.main)), `${action.runs.main} is missing: run node esbuild.mjs --action`);
    assert.deepEqual(Object.keys(action.outputs).sort(), ['errors', 'sarif-file', 'warnings']);
  });

  it('annotates a sound team, passes, and fills in the outputs and the job summary', () => {
    const run = runAction(checkout(), TODAY);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const found = annotations(run.stdout);
    assert.deepEqual(
      found.map((a) => `${a.level} ${a.file}:${a.line} ${a.rule}`),
      [
        'warning .team/checkout.charter.yaml:45 goal-overdue',
        'warning .team/checkout.charter.yaml:47 goal-no-measure',
        'warning .team/retros/2026-11-24-pre-peak.retro.yaml:87 pulse-gap',
      ],
    );
    assert.deepEqual(run.outputs, { errors: '0', warnings: '3', 'sarif-file': '' });
    assert.match(run.summary, /Passed: 0 errors, 3 warnings and 0 info in 5 files/);
    assert.match(run.summary, /\| \[goal-overdue\]\(\S+goal-overdue\.md\) \| warning \| 1 \|/);
  });

  it('one lint gives the annotations, the SARIF report and the exit code: 1 on an error finding', () => {
    const dir = checkout(FLAWED);
    const run = runAction(dir, { ...TODAY, 'sarif-file': 'reports/teamcharter.sarif' });
    assert.equal(run.code, 1, run.stdout + run.stderr);
    const found = annotations(run.stdout);
    assert.ok(found.some((a) => a.level === 'error' && a.file === 'web/.team/web.charter.yaml' && a.rule === 'goal-unknown-priority'));
    const sarif = JSON.parse(readFileSync(path.join(dir, 'reports/teamcharter.sarif'), 'utf8'));
    assert.equal(sarif.version, '2.1.0');
    type Result = { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] };
    const results = (sarif.runs[0].results as Result[]).map((r) => {
      const { artifactLocation, region } = r.locations[0].physicalLocation;
      return `${r.level === 'note' ? 'notice' : r.level} ${artifactLocation.uri}:${region.startLine} ${r.ruleId}`;
    });
    assert.deepEqual(
      results,
      found.map((a) => `${a.level} ${a.file}:${a.line} ${a.rule}`),
    );
    assert.equal(run.outputs.errors, String(found.filter((a) => a.level === 'error').length));
    assert.equal(run.outputs['sarif-file'], 'reports/teamcharter.sarif');
    assert.match(run.summary, /^Failed: [1-9]\d* errors?,/m);
  });

  it('paths: one per line, blank lines ignored; a path with spaces on a line of its own', () => {
    const dir = checkout({ ...FLAWED, 'ops team/.team/ops.charter.yaml': CHARTER_WITH_ERROR.replaceAll('web', 'ops').replace('Web', 'Ops') });
    const run = runAction(dir, { ...TODAY, paths: '\n.team\n\n  web  \nops team\n' });
    const folders = new Set(annotations(run.stdout).map((a) => a.file.split('/')[0]));
    assert.deepEqual([...folders].sort(), ['.team', 'ops team', 'web']);
    // A single line that names a folder with a space in it is that folder, not two paths.
    const alone = runAction(dir, { ...TODAY, paths: 'ops team' });
    assert.deepEqual([...new Set(annotations(alone.stdout).map((a) => a.file.split('/')[0]))], ['ops team']);
  });

  it('paths: the older single line of paths separated by spaces still works', () => {
    const run = runAction(checkout(FLAWED), { ...TODAY, paths: '.team web' });
    const folders = new Set(annotations(run.stdout).map((a) => a.file.split('/')[0]));
    assert.deepEqual([...folders].sort(), ['.team', 'web']);
  });

  it('config: the file given applies to every file linted', () => {
    const dir = checkout({ 'ci/strict.yaml': 'rules:\n  goal-no-measure: error\n  goal-overdue: off\n' });
    const run = runAction(dir, { ...TODAY, config: 'ci/strict.yaml' });
    assert.equal(run.code, 1, run.stdout + run.stderr);
    const rules = annotations(run.stdout).map((a) => `${a.level} ${a.rule}`);
    assert.ok(rules.includes('error goal-no-measure'), rules.join('\n'));
    assert.ok(!rules.some((r) => r.endsWith('goal-overdue')), rules.join('\n'));
  });

  it('config: a missing or broken config fails with one ::error:: line', () => {
    const dir = checkout({ 'ci/broken.yaml': 'rules:\n  no-such-rule: error\n' });
    for (const [config, pattern] of [
      ['ci/missing.yaml', /ci\/missing\.yaml/],
      ['ci/broken.yaml', /config error: .*no-such-rule/],
    ] as const) {
      const run = runAction(dir, { config });
      assert.equal(run.code, 2, run.stdout + run.stderr);
      assert.match(run.stdout, /^::error::teamcharter: .+\n$/);
      assert.match(run.stdout, pattern);
      assert.doesNotMatch(run.stdout + run.stderr, /\n\s+at /, 'no stack trace');
    }
  });

  it('max-warnings: over it fails with an ::error:: line saying so; -1 is no limit; a word is a usage error', () => {
    const over = runAction(checkout(), { ...TODAY, 'max-warnings': '2' });
    assert.equal(over.code, 1);
    assert.match(over.stdout, /^::error::teamcharter: 3 warnings, more than max-warnings 2$/m);
    assert.match(over.summary, /^Failed \(more than 2 warnings\)/m);
    assert.equal(runAction(checkout(), { ...TODAY, 'max-warnings': '3' }).code, 0);
    assert.equal(runAction(checkout(), { ...TODAY, 'max-warnings': '-1' }).code, 0);
    const word = runAction(checkout(), { 'max-warnings': 'ten' });
    assert.equal(word.code, 2);
    assert.match(word.stdout, /^::error::teamcharter: max-warnings must be a whole number/);
  });

  it('a missing path fails with exit 2 and a message naming it, before any report is written', () => {
    const dir = checkout();
    const run = runAction(dir, { paths: '.team\nno-such-folder', 'sarif-file': 'teamcharter.sarif' });
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '::error::teamcharter: no such file or folder: no-such-folder\n');
    assert.equal(existsSync(path.join(dir, 'teamcharter.sarif')), false, 'no SARIF to upload by mistake');
    assert.deepEqual(run.outputs, {});
  });

  it('format: the log in another format; a mistyped one is named with a suggestion', () => {
    const json = runAction(checkout(), { ...TODAY, format: 'json' });
    assert.equal(json.code, 0);
    assert.deepEqual(
      (JSON.parse(json.stdout) as { rule: string }[]).map((f) => f.rule),
      ['goal-overdue', 'goal-no-measure', 'pulse-gap'],
    );
    const typo = runAction(checkout(), { format: 'jsn' });
    assert.equal(typo.code, 2);
    assert.match(typo.stdout, /format must be one of .*got "jsn"; did you mean "json"\?/);
  });

  it('today: the date due dates are judged by; not a date is a usage error naming the input', () => {
    const later = runAction(checkout(), { today: '2027-06-01', format: 'json' });
    const rules = (JSON.parse(later.stdout) as { rule: string }[]).map((f) => f.rule);
    assert.ok(rules.filter((rule) => rule === 'goal-overdue').length > 1, rules.join(' '));
    const wrong = runAction(checkout(), { today: '2026-13-01' });
    assert.equal(wrong.code, 2);
    assert.equal(wrong.stdout, '::error::teamcharter: today must be a date as YYYY-MM-DD, got "2026-13-01"\n');
  });

  it('sarif-file: refuses to write over a team file', () => {
    const dir = checkout();
    const before = readFileSync(path.join(dir, '.team/checkout.charter.yaml'), 'utf8');
    const run = runAction(dir, { 'sarif-file': '.team/checkout.charter.yaml' });
    assert.equal(run.code, 2);
    assert.match(run.stdout, /^::error::teamcharter: sarif-file \.team\/checkout\.charter\.yaml names a charter/);
    assert.equal(readFileSync(path.join(dir, '.team/checkout.charter.yaml'), 'utf8'), before);
  });

  it('the summary says when GitHub will not show every annotation', () => {
    const goals = Array.from({ length: 12 }, (_, i) => `  - id: G${i + 1}\n    supports: [P9]\n`).join('');
    const dir = tempWorkspace({ '.team/web.charter.yaml': `kind: Charter\nid: web\nteam: Web\ngoals:\n${goals}` });
    const run = runAction(dir, { ...TODAY, paths: '.team' });
    assert.ok(annotations(run.stdout).filter((a) => a.level === 'error').length > 10);
    assert.match(run.summary, /GitHub shows the first 10 errors and 10 warnings as annotations/);
  });
});
