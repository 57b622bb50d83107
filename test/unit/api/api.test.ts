/** The Node API (src/api, docs/api.md): the CLI's JSON objects as return values, and its exit-2 errors as TeamcharterError. */
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { agenda, lint, loadConfig, score, TeamcharterError } from '../../../src/api';
import { buildCli, cli, copyOfAcme } from '../cli/cliRun';

const TODAY = '2026-11-30';

/** The JSON the built CLI prints for these arguments (exit 0 or 1: findings are not an error). */
function cliJson(...args: string[]): unknown {
  const result = cli(process.cwd(), ...args, '--format', 'json', '--today', TODAY);
  assert.ok(result.code === 0 || result.code === 1, result.stderr);
  return JSON.parse(result.stdout);
}

/** The TeamcharterError a call rejects with (it must reject with one). */
async function rejection(call: Promise<unknown>): Promise<TeamcharterError> {
  const error = await call.then(
    () => assert.fail('the call did not reject'),
    (error: unknown) => error,
  );
  assert.ok(error instanceof TeamcharterError, `not a TeamcharterError: ${String(error)}`);
  return error;
}

describe('the Node API', () => {
  let acme: string;
  before(() => {
    buildCli();
    acme = copyOfAcme();
  });

  it('lint returns exactly what `lint --format json` prints, for a folder and for files named', async () => {
    const findings = await lint(acme, { today: TODAY });
    assert.ok(findings.length > 0, 'the example team has findings');
    assert.deepEqual(findings, cliJson('lint', acme));
    const files = [path.join(acme, '.team/checkout.charter.yaml'), path.join(acme, '.team/retros/2026-11-24-pre-peak.retro.yaml')];
    assert.deepEqual(await lint(files, { today: TODAY }), cliJson('lint', ...files));
  });

  it('score returns exactly what `score --format json` prints, pulse and all', async () => {
    const report = await score([acme], { today: TODAY });
    assert.ok(
      report.teams[0].steps.some((step) => step.pulse),
      'the example team has a pulse',
    );
    assert.deepEqual(report, cliJson('score', acme));
  });

  it('agenda returns exactly what `agenda --format json` prints', async () => {
    const next = await agenda('checkout', acme, { today: TODAY });
    assert.ok(next.actions.length > 0, 'the example team has open actions');
    assert.deepEqual(next, cliJson('agenda', '--team', 'checkout', acme));
  });

  it('loadConfig returns what `lint --print-config` prints, extends merged; ignorePatterns leave files out', async () => {
    const team = copyOfAcme();
    writeFileSync(path.join(team, 'org.yaml'), 'rules:\n  goal-no-measure: error\n');
    const own = path.join(team, '.team/teamcharter.config.yaml');
    writeFileSync(own, `extends: ../org.yaml\n${readFileSync(own, 'utf8')}`);
    const charter = path.join(team, '.team/checkout.charter.yaml');
    const config = await loadConfig(charter);
    assert.equal(config.rules['goal-no-measure'].severity, 'error', 'from the config it extends');
    const printed = cli(process.cwd(), 'lint', '--print-config', charter);
    assert.equal(printed.code, 0, printed.stderr);
    assert.deepEqual(config, JSON.parse(printed.stdout));
    const withoutRetros = await lint(team, { today: TODAY, ignorePatterns: [`${path.relative(process.cwd(), team)}/.team/retros/**`] });
    assert.ok(withoutRetros.length > 0 && withoutRetros.every((finding) => !finding.file.includes('/retros/')));
    assert.equal((await rejection(loadConfig(charter, { ignorePatterns: 'x' as never }))).kind, 'usage');
  });

  it('reads today and a config file as the CLI does', async () => {
    const config = path.join(acme, 'quiet.config.yaml');
    writeFileSync(config, 'rules:\n  goal-no-measure: off\n');
    const findings = await lint(acme, { today: '2027-06-01', config });
    assert.ok(!findings.some((f) => f.rule === 'goal-no-measure'), 'the rule the config turns off');
    assert.deepEqual(findings, JSON.parse(cli(process.cwd(), 'lint', acme, '--format', 'json', '--today', '2027-06-01', '--config', config).stdout));
  });

  it('throws what the CLI exits 2 for as a TeamcharterError with its kind, and never exits', async () => {
    const missing = await rejection(lint(path.join(acme, 'no-such-folder')));
    assert.equal(missing.kind, 'usage');
    assert.match(missing.message, /^no such file or folder: .*no-such-folder$/);

    const team = await rejection(agenda('nope', acme, { today: TODAY }));
    assert.deepEqual([team.kind, team.message], ['usage', `no team "nope" in ${acme}; teams found: checkout`]);

    const broken = path.join(acme, 'broken.config.yaml');
    writeFileSync(broken, 'rules:\n  goal-no-measure: loud\n');
    const config = await rejection(score(acme, { config: broken }));
    assert.equal(config.kind, 'config');
    assert.match(config.message, /broken\.config\.yaml:2:\d+: .*goal-no-measure/);
    assert.equal(process.exitCode, undefined);
  });

  it('refuses options it does not know, or of the wrong type, saying which', async () => {
    const misspelt = await rejection(lint(acme, { todya: TODAY } as never));
    assert.equal(misspelt.message, 'unknown option "todya"; did you mean "today"? (options: today, config, ignorePatterns)');
    assert.equal((await rejection(score(acme, { today: '30/11/2026' }))).message, 'option today must be a date as YYYY-MM-DD, got "30/11/2026"');
    assert.equal((await rejection(lint(42 as never))).message, 'paths must be a path or a list of paths, got the number 42');
    assert.equal((await rejection(agenda(undefined as never, acme))).kind, 'usage');
  });
});
