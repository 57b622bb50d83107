import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import * as path from 'node:path';
import { CHARTER_WITH_ERROR, REPO, tempWorkspace } from '../unit/cli/cliRun';
import { checkoutCopy, setupScript } from './checkout';

/** A git repository of `dir` with everything committed (pre-commit reads hooks from a commit). */
function gitRepo(dir: string, commit: boolean): string {
  const git = (...args: string[]) => {
    const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: dir, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
  };
  git('init', '-q');
  git('add', '-A');
  if (commit) git('commit', '-q', '-m', 'test');
  return dir;
}

describe('the pre-commit hook (.pre-commit-hooks.yaml), through pre-commit try-repo', function () {
  // Each try-repo installs the hook afresh: npm install, the build, npm pack, npm install -g.
  this.timeout(10 * 60_000);
  let env: NodeJS.ProcessEnv;
  let hookRepo: string;

  before(async function () {
    const setup = await setupScript();
    if (spawnSync('pre-commit', ['--version']).status !== 0) {
      try {
        setup.aptInstall(['pre-commit']);
      } catch (error) {
        // Only a developer's machine without root may do without it; CI must run this test.
        if (process.env.CI) throw error;
        console.log(`      skipped: pre-commit is not installed and cannot be here: ${(error as Error).message}`);
        this.skip();
      }
    }
    env = setup.cleanEnv();
    hookRepo = gitRepo(checkoutCopy(), true);
  });

  /** A repository with the example team, and the given files added to it. */
  function teamRepo(files: Record<string, string> = {}): string {
    const dir = tempWorkspace(files);
    cpSync(path.join(REPO, 'examples/acme'), dir, { recursive: true });
    return gitRepo(dir, false);
  }

  /** The hook on every file of `dir`, or on those given with `--files`. */
  function tryRepo(dir: string, ...options: string[]): { code: number | null; output: string } {
    const files = options.includes('--files') ? [] : ['--all-files'];
    const result = spawnSync('pre-commit', ['try-repo', hookRepo, 'teamcharter', ...files, '--color', 'never', ...options], {
      cwd: dir,
      encoding: 'utf8',
      env,
    });
    return { code: result.status, output: `${result.stdout}${result.stderr}` };
  }

  it('passes on a sound team (warnings only), skipping the YAML files that are not team files', () => {
    const { code, output } = tryRepo(
      teamRepo({ '.github/workflows/ci.yml': 'name: CI\non: push\njobs: {}\n', 'deploy/values.yaml': 'replicas: 2\n' }),
      '--verbose',
    );
    assert.equal(code, 0, output);
    assert.match(output, /teamcharter lint\.+Passed/);
    assert.match(output, /checkout\.charter\.yaml/, 'the team was linted');
    for (const file of ['.github/workflows/ci.yml', 'deploy/values.yaml'])
      assert.ok(output.includes(`teamcharter: note: skipped ${file}: neither a charter nor a retrospective`), `${file} is noted`);
  });

  it('fails on a flawed team, showing the finding, also in a charter known by its kind alone', () => {
    const { code, output } = tryRepo(
      teamRepo({ '.team/web.charter.yaml': CHARTER_WITH_ERROR, 'ops/team.yaml': CHARTER_WITH_ERROR.replaceAll('web', 'ops').replace('Web', 'Ops') }),
    );
    assert.equal(code, 1, output);
    assert.match(output, /teamcharter lint\.+Failed/);
    assert.match(output, /web\.charter\.yaml[\s\S]*error[\s\S]*goal-unknown-priority/);
    assert.match(output, /ops\/team\.yaml[\s\S]*error[\s\S]*goal-unknown-priority/);
  });

  it('fails a commit that changes only teamcharter.config.yaml and breaks it', () => {
    const dir = teamRepo({ 'ops/.team/teamcharter.config.yaml': 'rules:\n  no-such-rule: error\n' });
    const { code, output } = tryRepo(dir, '--files', 'ops/.team/teamcharter.config.yaml');
    // pre-commit exits 1 for any failed hook; the hook's own exit code 2 (a config error) is in its output.
    assert.equal(code, 1, output);
    assert.match(output, /teamcharter lint\.+Failed[\s\S]*exit code: 2/);
    assert.match(output, /config error: .*teamcharter\.config\.yaml.*no-such-rule/);
  });
});
