/**
 * A file named on the command line that is neither a charter nor a retro, by its name or its
 * `kind`, is skipped with one note on stderr (docs/cli.md "lint"): hooks pass every changed YAML file.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { CHARTER_WITH_ERROR, buildCli, cli, copyOfAcme, tempWorkspace } from './cliRun';

const TODAY = '2026-11-30';
const note = (file: string) =>
  `teamcharter: note: skipped ${file}: neither a charter nor a retrospective by its name (*.charter.yaml, *.retro.yaml) or its kind\n`;

describe('cli: files named that are not team files', function () {
  this.timeout(60_000);
  before(buildCli);

  function workspace(): string {
    const dir = copyOfAcme();
    writeFileSync(path.join(dir, 'ci.yml'), 'name: CI\non: push\njobs: {}\n');
    writeFileSync(path.join(dir, 'broken.yaml'), 'steps: [\n');
    writeFileSync(path.join(dir, 'list.yaml'), '- a\n- b\n');
    return dir;
  }

  it('are skipped with one note each; the exit code is that of the team files alone', () => {
    const dir = workspace();
    const result = cli(
      dir,
      'lint',
      'ci.yml',
      'broken.yaml',
      'list.yaml',
      '.team/teamcharter.config.yaml',
      '.team/checkout.charter.yaml',
      '--format',
      'json',
      '--today',
      TODAY,
    );
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stderr, [note('ci.yml'), note('broken.yaml'), note('list.yaml'), note('.team/teamcharter.config.yaml')].join(''));
    const files = new Set((JSON.parse(result.stdout) as { file: string }[]).map((f) => f.file));
    assert.deepEqual([...files], ['.team/checkout.charter.yaml']);
  });

  it('only non-team files: a clean run with the notes, for lint and score', () => {
    const dir = workspace();
    const stylish = cli(dir, 'lint', 'ci.yml', '--today', TODAY);
    assert.deepEqual([stylish.code, stylish.stdout, stylish.stderr], [0, '✔ 0 files checked, no problems\n', note('ci.yml')]);
    assert.deepEqual(JSON.parse(cli(dir, 'lint', 'ci.yml', '--format', 'json').stdout), []);
    const score = cli(dir, 'score', 'ci.yml');
    assert.deepEqual([score.code, score.stdout, score.stderr], [0, 'No teams found.\n', note('ci.yml')]);
  });

  it('a file with another name is linted when its kind says Charter or Retrospective', () => {
    const dir = copyOfAcme();
    writeFileSync(path.join(dir, '.team/web.yaml'), CHARTER_WITH_ERROR);
    const result = cli(dir, 'lint', '.team/web.yaml', '--format', 'json', '--today', TODAY);
    assert.equal(result.code, 1);
    assert.equal(result.stderr, '');
    const rows = JSON.parse(result.stdout) as { file: string; rule: string }[];
    assert.ok(rows.some((r) => r.file === '.team/web.yaml' && r.rule === 'goal-unknown-priority'));
  });

  it('a file named as a team file is linted whatever it holds (a broken one is a finding, not skipped)', () => {
    const dir = copyOfAcme();
    writeFileSync(path.join(dir, '.team/web.charter.yaml'), 'steps: [\n');
    const result = cli(dir, 'lint', '.team/web.charter.yaml', '--format', 'json', '--today', TODAY);
    assert.equal(result.code, 1);
    assert.deepEqual(
      (JSON.parse(result.stdout) as { rule: string }[]).map((r) => r.rule),
      ['yaml-syntax'],
    );
  });

  it('other YAML in a folder searched is neither linted nor noted', () => {
    const dir = workspace();
    const result = cli(dir, 'lint', '.', '--today', TODAY);
    assert.equal(result.code, 0);
    assert.equal(result.stderr, '');
  });

  // Issue 24: the hook (files named) linted such a file, the folder walk (CI) and the editor never found it.
  it('a .yaml/.yml file recognised by its top-level kind alone is found by a folder search as by name', () => {
    const dir = workspace();
    writeFileSync(path.join(dir, '.team/web.yaml'), CHARTER_WITH_ERROR);
    writeFileSync(path.join(dir, 'notes.yml'), '# a retro kept beside the code\nkind: "Retrospective" # the kind is all it takes\nteam: web\n');
    // Not team files: a kind that is neither, a nested kind, a kind past the start read, a config that says Charter.
    writeFileSync(path.join(dir, 'deploy.yaml'), 'kind: Deployment\n');
    writeFileSync(path.join(dir, 'nested.yaml'), 'spec:\n  kind: Charter\n');
    writeFileSync(path.join(dir, 'late.yaml'), `${'# filler\n'.repeat(1000)}kind: Charter\nid: late\n`);
    mkdirSync(path.join(dir, 'misc'));
    writeFileSync(path.join(dir, 'misc/teamcharter.config.yaml'), 'kind: Charter\n');
    const filesOf = (stdout: string) => [...new Set((JSON.parse(stdout) as { file: string }[]).map((f) => f.file))].sort();
    for (const args of [['.'], []]) {
      const result = cli(dir, 'lint', ...args, '--format', 'json', '--today', TODAY);
      assert.equal(result.code, 1, result.stderr);
      assert.equal(result.stderr, '');
      const files = filesOf(result.stdout);
      assert.ok(files.includes('.team/web.yaml') && files.includes('notes.yml'), files.join(', '));
      assert.deepEqual(
        files.filter((f) => !/\.(charter|retro)\.yaml$/.test(f)),
        ['.team/web.yaml', 'notes.yml'],
      );
    }
    // Named, the same files are team files, and the same are not.
    const named = cli(dir, 'lint', '.team/web.yaml', 'notes.yml', 'deploy.yaml', 'nested.yaml', 'late.yaml', '--format', 'json', '--today', TODAY);
    assert.equal(named.code, 1, named.stderr);
    assert.deepEqual(filesOf(named.stdout), ['.team/web.yaml', 'notes.yml']);
    assert.equal(named.stderr, [note('deploy.yaml'), note('nested.yaml'), note('late.yaml')].join(''));
  });

  it('a kind-only file with broken YAML fails when found, as a file named like a charter does', () => {
    const dir = tempWorkspace({ 'team.yaml': 'kind: Charter\nid: [web\n' });
    for (const args of [['.'], ['team.yaml']]) {
      const result = cli(dir, 'lint', ...args, '--format', 'json', '--today', TODAY);
      assert.equal(result.code, 1, result.stderr);
      assert.deepEqual(
        (JSON.parse(result.stdout) as { rule: string }[]).map((r) => r.rule),
        ['yaml-syntax'],
      );
    }
  });

  // Issue 24: a commit that only broke the config passed the hook, and the next charter commit failed for everyone.
  it('a config named on the command line is checked: a broken one is exit 2 with one line that says where', () => {
    const dir = workspace();
    writeFileSync(path.join(dir, '.team/teamcharter.config.yaml'), 'rules:\n  goal-no-ownr: off\n');
    for (const args of [['.team/teamcharter.config.yaml'], ['ci.yml', '.team/teamcharter.config.yaml']]) {
      const result = cli(dir, 'lint', ...args, '--today', TODAY);
      assert.equal(result.code, 2, result.stdout + result.stderr);
      const lines = result.stderr.trim().split('\n');
      assert.match(lines[lines.length - 1], /^teamcharter: config error: \.team\/teamcharter\.config\.yaml:2:3: unknown rule "goal-no-ownr"/);
      assert.doesNotMatch(result.stderr, /\n\s+at /);
    }
    writeFileSync(path.join(dir, 'other.yaml'), 'rules: [a\n');
    const explicit = cli(dir, 'lint', '--config', 'other.yaml', 'ci.yml');
    assert.equal(explicit.code, 2);
    assert.match(explicit.stderr, /^teamcharter: config error: other\.yaml:1:\d+: not valid YAML/m);
  });

  // Issue 24: "✔ 0 files checked" and exit 0 let a mistyped `paths:` in CI pass.
  it('a folder search that finds no team file is exit 2 with one line; files named that are not team files still only get a note', () => {
    const dir = tempWorkspace({ 'ci.yml': 'name: CI\n', 'empty/.keep': '' });
    for (const [args, shown] of [
      [['lint', 'empty'], 'empty'],
      [['lint'], '.'],
      [['lint', '.'], '.'],
      [['score', 'empty'], 'empty'],
    ] as const) {
      const result = cli(dir, ...args);
      assert.equal(result.code, 2, `${args.join(' ')}: ${result.stdout}${result.stderr}`);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, new RegExp(`^teamcharter: no team files found in ${shown.replace('.', '\\.')} \\(.*\\)\n$`));
    }
    const named = cli(dir, 'lint', 'ci.yml');
    assert.deepEqual([named.code, named.stderr], [0, note('ci.yml')]);
  });
});
