/** -o, --output-file (docs/cli.md "-o, --output-file"): lint and score write their output there instead of stdout. */
import { strict as assert } from 'node:assert';
import { copyFileSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { CHARTER_WITH_ERROR, buildCli, cli, copyOfAcme } from './cliRun';

const TODAY = '2026-11-30';

describe('cli: -o, --output-file', function () {
  this.timeout(60_000);
  before(buildCli);

  it('lint writes the report to the file, nothing to stdout, the same text as stdout would get', () => {
    const dir = copyOfAcme();
    const toStdout = cli(dir, 'lint', '--format', 'json', '--today', TODAY);
    const result = cli(dir, 'lint', '--format', 'json', '--today', TODAY, '-o', 'report.json');
    assert.deepEqual([result.code, result.stdout, result.stderr], [0, '', '']);
    assert.equal(readFileSync(path.join(dir, 'report.json'), 'utf8'), toStdout.stdout);
    assert.equal(JSON.parse(toStdout.stdout).length, 2);
  });

  it('the exit code is unchanged: 1 for an error finding, with the SARIF report written', () => {
    const dir = copyOfAcme();
    writeFileSync(path.join(dir, '.team/web.charter.yaml'), CHARTER_WITH_ERROR);
    const result = cli(dir, 'lint', '--format', 'sarif', '--today', TODAY, '--output-file', 'out/teamcharter.sarif');
    assert.equal(result.code, 1, result.stderr);
    assert.equal(result.stdout, '');
    const sarif = JSON.parse(readFileSync(path.join(dir, 'out/teamcharter.sarif'), 'utf8'));
    assert.ok(
      sarif.runs[0].results.some((r: { ruleId: string }) => r.ruleId === 'goal-unknown-priority'),
      'the folder out/ was made and the report is whole',
    );
  });

  it('score writes its table or JSON there too', () => {
    const dir = copyOfAcme();
    const toStdout = cli(dir, 'score', '--format', 'json', '--today', TODAY);
    const result = cli(dir, 'score', '--format', 'json', '--today', TODAY, '-o', 'score.json');
    assert.deepEqual([result.code, result.stdout], [0, '']);
    assert.equal(readFileSync(path.join(dir, 'score.json'), 'utf8'), toStdout.stdout);
    assert.equal(JSON.parse(toStdout.stdout).teams[0].team, 'checkout');
  });

  it('replaces an earlier report whole, and leaves no file of its own behind', () => {
    const dir = copyOfAcme();
    writeFileSync(path.join(dir, 'report.txt'), 'an old report, much longer than the new one '.repeat(1000));
    const result = cli(dir, 'lint', '--today', TODAY, '-o', 'report.txt');
    assert.equal(result.code, 0, result.stderr);
    assert.match(readFileSync(path.join(dir, 'report.txt'), 'utf8'), /^\n\.team\/checkout\.charter\.yaml\n[\s\S]*✖ 2 problems[^\n]*\n$/);
    assert.deepEqual(
      readdirSync(dir).filter((name) => name.endsWith('.tmp')),
      [],
    );
  });

  it('an error before the output is complete (a broken config) leaves the earlier file as it was', () => {
    const dir = copyOfAcme();
    writeFileSync(path.join(dir, 'report.json'), '[]\n');
    writeFileSync(path.join(dir, '.team/teamcharter.config.yaml'), 'rules:\n  no-such-rule: off\n');
    const result = cli(dir, 'lint', '--format', 'json', '--today', TODAY, '-o', 'report.json');
    assert.equal(result.code, 2);
    assert.match(result.stderr, /^teamcharter: config error: .*no-such-rule/);
    assert.equal(readFileSync(path.join(dir, 'report.json'), 'utf8'), '[]\n');
  });

  it('a file that cannot be written: exit 2, one line naming it and why, no partial file', () => {
    const dir = copyOfAcme();
    writeFileSync(path.join(dir, 'reports'), 'a file where the folder would go\n');
    const result = cli(dir, 'lint', '--today', TODAY, '-o', 'reports/lint.txt');
    assert.equal(result.code, 2);
    assert.equal(result.stderr, 'teamcharter: cannot create the folder reports: reports is a file, not a folder\n');
    assert.equal(result.stdout, '');
    assert.equal(readFileSync(path.join(dir, 'reports'), 'utf8'), 'a file where the folder would go\n');
  });

  it('refuses, before any work, a folder, a team or config file, a path it reads, and an empty name', () => {
    const dir = copyOfAcme();
    mkdirSync(path.join(dir, 'out'));
    const charter = readFileSync(path.join(dir, '.team/checkout.charter.yaml'), 'utf8');
    const cases: [string[], string][] = [
      [['-o', 'out'], 'teamcharter: -o out is a folder; name a file in it\n'],
      [
        ['-o', '.team/checkout.charter.yaml'],
        'teamcharter: -o .team/checkout.charter.yaml names a charter, retrospective or config file; the report goes to another file\n',
      ],
      [
        ['-o', 'teamcharter.config.yaml'],
        'teamcharter: -o teamcharter.config.yaml names a charter, retrospective or config file; the report goes to another file\n',
      ],
      [['notes.txt', '-o', 'notes.txt'], 'teamcharter: -o notes.txt is one of the paths to read; the report goes to another file\n'],
      [['-o', ''], 'teamcharter: -o needs a file name\n'],
    ];
    for (const [args, stderr] of cases) {
      const result = cli(dir, 'lint', '--today', TODAY, ...args);
      assert.deepEqual([result.code, result.stdout, result.stderr], [2, '', stderr], args.join(' '));
    }
    assert.equal(readFileSync(path.join(dir, '.team/checkout.charter.yaml'), 'utf8'), charter);
    assert.equal(existsSync(path.join(dir, 'teamcharter.config.yaml')), false);
  });

  describe('never writes over a file the run reads (issue 20)', () => {
    it('the config given with --config, by any path or a link to it: exit 2, one line, the config byte for byte as it was', () => {
      const dir = copyOfAcme();
      copyFileSync(path.join(dir, '.team/teamcharter.config.yaml'), path.join(dir, 'my.yaml'));
      const config = readFileSync(path.join(dir, 'my.yaml'));
      mkdirSync(path.join(dir, 'sub'));
      symlinkSync('my.yaml', path.join(dir, 'config-link.txt'));
      for (const command of ['lint', 'score']) {
        for (const output of ['my.yaml', './sub/../my.yaml', './nowhere/../my.yaml', path.join(dir, 'my.yaml'), 'config-link.txt']) {
          const result = cli(dir, command, '--config', 'my.yaml', '-o', output, '.team');
          const said = `teamcharter: -o ${output} is the config my.yaml, which this run reads; the report goes to another file\n`;
          assert.deepEqual([result.code, result.stdout, result.stderr], [2, '', said], `${command} -o ${output}`);
          assert.deepEqual(readFileSync(path.join(dir, 'my.yaml')), config, `${command} -o ${output}`);
        }
      }
      assert.ok(lstatSync(path.join(dir, 'config-link.txt')).isSymbolicLink());
      assert.ok(!existsSync(path.join(dir, 'nowhere')), 'no folder made on the way');
    });

    it('the config found for a linted file, and a team file read for its team, through a link', () => {
      const dir = copyOfAcme();
      const before = (file: string) => readFileSync(path.join(dir, file));
      const config = before('.team/teamcharter.config.yaml');
      const retro = before('.team/retros/2026-11-10.retro.yaml');
      symlinkSync('.team/teamcharter.config.yaml', path.join(dir, 'config.txt'));
      symlinkSync(path.join(dir, '.team/retros/2026-11-10.retro.yaml'), path.join(dir, 'retro.txt'));
      const cases: [string[], string][] = [
        [
          ['.team/checkout.charter.yaml', '-o', 'config.txt'],
          'teamcharter: -o config.txt is the config .team/teamcharter.config.yaml, which this run reads; the report goes to another file\n',
        ],
        [
          ['.team/checkout.charter.yaml', '-o', 'retro.txt'],
          'teamcharter: -o retro.txt is the team file .team/retros/2026-11-10.retro.yaml, which this run reads; the report goes to another file\n',
        ],
        [
          ['-o', 'retro.txt'],
          'teamcharter: -o retro.txt is the team file .team/retros/2026-11-10.retro.yaml, which this run reads; the report goes to another file\n',
        ],
      ];
      for (const [args, stderr] of cases) {
        const result = cli(dir, 'lint', '--today', TODAY, ...args);
        assert.deepEqual([result.code, result.stdout, result.stderr], [2, '', stderr], args.join(' '));
      }
      assert.deepEqual(before('.team/teamcharter.config.yaml'), config);
      assert.deepEqual(before('.team/retros/2026-11-10.retro.yaml'), retro);
    });
  });

  it('writes through a symbolic link to where it leads, and the link stays a link (also one to a file not made yet)', () => {
    const dir = copyOfAcme();
    mkdirSync(path.join(dir, 'reports'));
    writeFileSync(path.join(dir, 'reports/lint.json'), '[]\n');
    symlinkSync('reports/lint.json', path.join(dir, 'latest.json'));
    symlinkSync('reports/next/lint.json', path.join(dir, 'next.json'));
    const toStdout = cli(dir, 'lint', '--format', 'json', '--today', TODAY).stdout;
    for (const [link, target] of [
      ['latest.json', 'reports/lint.json'],
      ['next.json', 'reports/next/lint.json'],
    ]) {
      const result = cli(dir, 'lint', '--format', 'json', '--today', TODAY, '-o', link);
      assert.deepEqual([result.code, result.stderr], [0, ''], link);
      assert.ok(lstatSync(path.join(dir, link)).isSymbolicLink(), `${link} is still a link`);
      assert.equal(readFileSync(path.join(dir, target), 'utf8'), toStdout, target);
    }
  });

  it('report and agenda take it too (report also as --out, its older name); new does not', () => {
    const dir = copyOfAcme();
    for (const [command, extra] of [
      ['report', ['--format', 'html']],
      ['agenda', ['--format', 'json']],
    ] as const) {
      const toStdout = cli(dir, command, '--team', 'checkout', ...extra, '--today', TODAY).stdout;
      const result = cli(dir, command, '--team', 'checkout', ...extra, '--today', TODAY, '-o', `out/${command}.txt`);
      assert.deepEqual([result.code, result.stdout, result.stderr], [0, '', ''], command);
      assert.equal(readFileSync(path.join(dir, `out/${command}.txt`), 'utf8'), toStdout, command);
    }
    // --out is -o: it replaces the file whole, and refuses what -o refuses.
    writeFileSync(path.join(dir, 'old.md'), 'an older report\n');
    assert.equal(cli(dir, 'report', '--team', 'checkout', '--today', TODAY, '--out', 'old.md').code, 0);
    assert.equal(readFileSync(path.join(dir, 'old.md'), 'utf8'), cli(dir, 'report', '--team', 'checkout', '--today', TODAY).stdout);
    const config = cli(dir, 'report', '--team', 'checkout', '--out', '.team/teamcharter.config.yaml');
    assert.equal(config.code, 2);
    assert.match(config.stderr, /^teamcharter: -o \.team\/teamcharter\.config\.yaml names a charter, retrospective or config file/);
    assert.equal(
      cli(dir, 'report', '--team', 'checkout', '--out', 'a.md', '-o', 'b.md').stderr,
      'teamcharter: --out and --output-file name the same thing; give one of them\n',
    );
    assert.match(cli(dir, 'new', 'charter', '--id', 'x', '--team', 'X', '-o', 'x').stderr, /^teamcharter: unknown option '-o' for new charter/);
  });
});
