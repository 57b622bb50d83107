/** Config `ignores`, `extends`, --ignore-pattern and --print-config, as a user runs them (docs/cli.md "lint", docs/format.md "Config"). */
import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildCli, cli, copyOfAcme } from './cliRun';

const TODAY = '2026-11-30';
const RETRO = '.team/retros/2026-11-24-pre-peak.retro.yaml';
const CHARTER = '.team/checkout.charter.yaml';

function write(dir: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

const rulesOf = (stdout: string) => (JSON.parse(stdout) as { file: string; rule: string }[]).map((f) => `${f.file} ${f.rule}`);

describe('cli: ignores, extends and --print-config', function () {
  this.timeout(60_000);
  before(buildCli);

  it('a folder search leaves out what a config ignores, and finds only ignored files as finding nothing (exit 2)', () => {
    const dir = copyOfAcme();
    write(dir, 'archive/.team/old.charter.yaml', 'kind: Charter\nversion: 1\nid: old\n');
    const before = cli(dir, 'lint', '--today', TODAY, '--format', 'json');
    assert.ok(
      rulesOf(before.stdout).some((line) => line.startsWith('archive/')),
      'the archive is linted without ignores',
    );
    write(dir, 'teamcharter.config.yaml', 'ignores: [archive]\n');
    const after = cli(dir, 'lint', '--today', TODAY, '--format', 'json');
    assert.equal(after.code, 0, after.stderr);
    assert.deepStrictEqual(
      rulesOf(after.stdout).filter((line) => line.startsWith('archive/')),
      [],
    );
    assert.ok(rulesOf(after.stdout).length > 0, 'the team is still linted');
    const only = cli(dir, 'lint', '--today', TODAY, 'archive');
    assert.equal(only.code, 2);
    assert.equal(only.stderr, 'teamcharter: no team files found in archive: the 1 found are all ignored\n');
  });

  it('an ignored file named is skipped with a note, and is not read for its team', () => {
    const dir = copyOfAcme();
    write(dir, '.team/teamcharter.config.yaml', `ignores: ["*.charter.yaml"]\n`);
    const named = cli(dir, 'lint', '--today', TODAY, CHARTER);
    assert.equal(named.code, 0);
    assert.equal(named.stderr, `teamcharter: note: skipped ${CHARTER}: ignored by .team/teamcharter.config.yaml\n`);
    // Without its charter the retro's team is unknown: the charter was not read as context either.
    const retro = cli(dir, 'lint', '--today', TODAY, '--format', 'json', RETRO);
    assert.ok(rulesOf(retro.stdout).includes(`${RETRO} retro-unknown-team`), retro.stdout);
  });

  it('--ignore-pattern is relative to the working folder and adds to the config', () => {
    const dir = copyOfAcme();
    const sub = cli(path.join(dir, '.team'), 'lint', '--today', TODAY, '--format', 'json', '--ignore-pattern', 'retros/**', '--ignore-pattern', 'none');
    assert.equal(sub.code, 0, sub.stderr);
    assert.deepStrictEqual(rulesOf(sub.stdout), ['checkout.charter.yaml goal-no-measure']);
  });

  it('--print-config prints the merge of a config and what it extends, paths relative to the working folder', () => {
    const dir = copyOfAcme();
    write(
      dir,
      'org/base.yaml',
      'rules:\n  member-no-growth: error\n  text-vague: { words: [synergy], allow: [Be bold] }\nignores: [archive/**]\nroot: teams\n',
    );
    write(dir, '.team/teamcharter.config.yaml', 'extends: ../org/base.yaml\nrules:\n  text-vague: { words: [OKR] }\nignores: [drafts]\nrecentRetros: 3\n');
    const printed = cli(dir, 'lint', '--print-config', CHARTER, '--ignore-pattern', 'tmp/**');
    assert.equal(printed.code, 0, printed.stderr);
    const config = JSON.parse(printed.stdout) as Record<string, unknown> & { rules: Record<string, Record<string, unknown>> };
    assert.deepStrictEqual(config.files, ['org/base.yaml', '.team/teamcharter.config.yaml']);
    assert.equal(config.root, 'org/teams');
    assert.equal(config.recentRetros, 3);
    assert.deepStrictEqual(config.ignores, ['tmp/**', 'org/archive/**', '.team/drafts']);
    assert.deepStrictEqual(config.rules['member-no-growth'], { severity: 'error' });
    assert.deepStrictEqual(config.rules['text-vague'], { severity: 'warning', words: ['OKR'], allow: ['Be bold'] });
    assert.deepStrictEqual(config.rules['action-carried-too-long'], { severity: 'warning', maxRetros: 3 }, 'a rule no config names, with its defaults');
    assert.equal(Object.keys(config.rules).length > 40, true, 'every rule is listed');
  });

  it('a missing or circular base is exit 2 with one line naming the config that names it', () => {
    const dir = copyOfAcme();
    write(dir, '.team/teamcharter.config.yaml', 'rules: {}\nextends: ../org/none.yaml\n');
    const missing = cli(dir, 'lint', '--today', TODAY);
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, 'teamcharter: config error: .team/teamcharter.config.yaml:2:10: extends org/none.yaml, which does not exist\n');
    write(dir, 'org/none.yaml', 'extends: ../.team/teamcharter.config.yaml\n');
    const cycle = cli(dir, 'lint', '--print-config', CHARTER);
    assert.equal(cycle.code, 2);
    assert.match(
      cycle.stderr,
      /^teamcharter: config error: org\/none\.yaml:1:10: extends makes a cycle: \.team\/teamcharter\.config\.yaml → org\/none\.yaml → \.team\/teamcharter\.config\.yaml\n$/,
    );
  });
});
