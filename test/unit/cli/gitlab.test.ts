/** `lint --format gitlab`: GitLab Code Quality JSON, with fingerprints that survive edits above a finding. */
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { formatGitlab } from '../../../src/cli/format/gitlab';
import type { Finding, Severity } from '../../../src/core/base/types';
import { buildCli, cli, copyOfAcme } from './cliRun';

const TODAY = '2026-12-02';

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}

function finding(file: string, rule: string, message: string, line: number, severity: Severity = 'warning'): Finding {
  return { file, rule, step: 1, severity, message, range: { line, column: 1, endLine: line, endColumn: 4 } };
}

const issues = (findings: Finding[], cwd = '/work/repo') => JSON.parse(formatGitlab(findings, cwd)) as Issue[];

describe('lint --format gitlab', function () {
  before(buildCli);

  it('check_name, description, severity info/minor/major, the path from the current folder with /, the first line', () => {
    const out = issues(
      [
        finding('.team/a.charter.yaml', 'r-info', 'm1', 4, 'info'),
        finding('/work/repo/x/b.retro.yaml', 'r-warn', 'm2', 5),
        finding('../other/c.retro.yaml', 'r-err', 'm3', 6, 'error'),
      ],
      '/work/repo',
    );
    assert.deepEqual(
      out.map((i) => [i.check_name, i.description, i.severity, i.location.path, i.location.lines.begin]),
      [
        ['r-info', 'm1', 'info', '.team/a.charter.yaml', 4],
        ['r-warn', 'm2', 'minor', 'x/b.retro.yaml', 5],
        ['r-err', 'm3', 'major', '../other/c.retro.yaml', 6],
      ],
    );
    for (const issue of out) assert.match(issue.fingerprint, /^[0-9a-f]{64}$/);
  });

  it('the fingerprint follows the path, the rule and the message, not the line', () => {
    const [moved] = issues([finding('a.retro.yaml', 'rule-a', 'message', 40)]);
    const [original] = issues([finding('a.retro.yaml', 'rule-a', 'message', 3)]);
    assert.equal(moved.fingerprint, original.fingerprint);
    const others = issues([
      finding('b.retro.yaml', 'rule-a', 'message', 3),
      finding('a.retro.yaml', 'rule-b', 'message', 3),
      finding('a.retro.yaml', 'rule-a', 'other', 3),
    ]);
    assert.equal(new Set([original.fingerprint, ...others.map((o) => o.fingerprint)]).size, 4);
    // The same file seen from another folder is the same file: the path is from the current folder.
    assert.equal(issues([finding('/work/repo/a.retro.yaml', 'rule-a', 'message', 3)])[0].fingerprint, original.fingerprint);
  });

  it('two findings alike in path, rule and message still get fingerprints of their own (GitLab keeps one per fingerprint)', () => {
    const out = issues([finding('a.retro.yaml', 'r', 'same', 3), finding('a.retro.yaml', 'r', 'same', 9)]);
    assert.notEqual(out[0].fingerprint, out[1].fingerprint);
    assert.equal(out[0].fingerprint, issues([finding('a.retro.yaml', 'r', 'same', 3)])[0].fingerprint, 'the first keeps the plain one');
  });

  it('from the CLI: one issue per finding of the json format; a line added above keeps every fingerprint', () => {
    const dir = copyOfAcme();
    const result = cli(dir, 'lint', '-f', 'gitlab', '--today', TODAY);
    assert.equal(result.code, 0, result.stderr);
    const before = JSON.parse(result.stdout) as Issue[];
    const json = JSON.parse(cli(dir, 'lint', '-f', 'json', '--today', TODAY).stdout) as { file: string; rule: string; line: number; message: string }[];
    assert.deepEqual(
      before.map((i) => [i.location.path, i.check_name, i.location.lines.begin, i.description]),
      json.map((f) => [f.file, f.rule, f.line, f.message]),
    );
    assert.ok(before.length > 0);
    const charter = path.join(dir, '.team/checkout.charter.yaml');
    writeFileSync(charter, `# a comment added on top\n${readFileSync(charter, 'utf8')}`);
    const after = JSON.parse(cli(dir, 'lint', '--format', 'gitlab', '--today', TODAY).stdout) as Issue[];
    assert.deepEqual(
      after.map((i) => i.fingerprint),
      before.map((i) => i.fingerprint),
    );
    assert.ok(
      after.some((a, i) => a.location.lines.begin === before[i].location.lines.begin + 1),
      'the lines moved',
    );
  });
});
