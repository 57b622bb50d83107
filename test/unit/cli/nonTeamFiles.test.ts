/**
 * A file named on the command line that is neither a charter nor a retro, by its name or its
 * `kind`, is skipped with one note on stderr (docs/cli.md "lint"): hooks pass every changed YAML file.
 */
import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { CHARTER_WITH_ERROR, buildCli, cli, copyOfAcme } from './cliRun';

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

  it('a folder is still searched by name only: other YAML in it is neither read nor noted', () => {
    const dir = workspace();
    const result = cli(dir, 'lint', '.', '--today', TODAY);
    assert.equal(result.code, 0);
    assert.equal(result.stderr, '');
  });
});
