/** lint --quiet: errors only in the report; as in ESLint, --max-warnings still counts the warnings it hides. */
import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { CHARTER_WITH_ERROR, buildCli, cli, copyOfAcme } from './cliRun';

const TODAY = '2026-11-30';

describe('cli: lint --quiet', function () {
  this.timeout(60_000);
  before(buildCli);

  it('a team with warnings and infos only: nothing reported, "no errors", exit 0', () => {
    const dir = copyOfAcme();
    const result = cli(dir, 'lint', '--quiet', '--today', TODAY);
    assert.deepEqual([result.code, result.stdout, result.stderr], [0, '✔ 5 files checked, no errors\n', '']);
    assert.deepEqual(JSON.parse(cli(dir, 'lint', '--quiet', '--format', 'json', '--today', TODAY).stdout), []);
    assert.equal(cli(dir, 'lint', '--quiet', '--format', 'github', '--today', TODAY).stdout, '');
  });

  it('errors are reported in every format, and nothing else', () => {
    const dir = copyOfAcme();
    writeFileSync(path.join(dir, '.team/web.charter.yaml'), CHARTER_WITH_ERROR);
    const all = JSON.parse(cli(dir, 'lint', '--format', 'json', '--today', TODAY).stdout) as { rule: string; severity: string }[];
    const quiet = cli(dir, 'lint', '--quiet', '--format', 'json', '--today', TODAY);
    assert.equal(quiet.code, 1);
    const errors = all.filter((f) => f.severity === 'error');
    assert.ok(errors.length >= 2 && errors.length < all.length, 'the team has errors and other findings');
    assert.deepEqual(JSON.parse(quiet.stdout), errors);
    const sarif = JSON.parse(cli(dir, 'lint', '--quiet', '--format', 'sarif', '--today', TODAY).stdout);
    assert.deepEqual(
      sarif.runs[0].results.map((r: { level: string }) => r.level),
      errors.map(() => 'error'),
    );
    const stylish = cli(dir, 'lint', '--quiet', '--today', TODAY).stdout;
    assert.doesNotMatch(stylish, /^ +\d+:\d+ +(warning|info) /m);
    assert.match(stylish, new RegExp(`✖ ${errors.length} problems \\(${errors.length} errors, 0 warnings, 0 info\\)`));
  });

  it('--max-warnings still counts the hidden warnings, and says so', () => {
    const dir = copyOfAcme();
    const all = JSON.parse(cli(dir, 'lint', '--format', 'json', '--today', TODAY).stdout) as { severity: string }[];
    const warnings = all.filter((f) => f.severity === 'warning').length;
    assert.ok(warnings >= 2, 'the example team has warnings');
    const result = cli(dir, 'lint', '--quiet', '--max-warnings', String(warnings - 1), '--today', TODAY);
    assert.equal(result.code, 1);
    assert.equal(result.stdout, '✔ 5 files checked, no errors\n');
    assert.equal(result.stderr, `teamcharter: ${warnings} warnings, more than --max-warnings ${warnings - 1} (not shown: --quiet)\n`);
    assert.equal(cli(dir, 'lint', '--quiet', '--max-warnings', String(warnings), '--today', TODAY).code, 0);
  });
});
