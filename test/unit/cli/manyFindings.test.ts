/**
 * A file under 1 MiB can hold 50,000 goals, each missing four things: 200,000
 * findings from one file (issue 12). Every format and `score` must handle
 * them; before, lists of findings were spread into push() and Math.max() and
 * overflowed the stack. In process, so the file is linted once (about 10 s).
 */
import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { formatGithub } from '../../../src/cli/format/github';
import { formatJson } from '../../../src/cli/format/json';
import { formatSarif } from '../../../src/cli/format/sarif';
import { formatStylish } from '../../../src/cli/format/stylish';
import { main } from '../../../src/cli/main';
import { loadWorkspace } from '../../../src/cli/files';
import { targetFindings } from '../../../src/cli/lint';
import type { Finding } from '../../../src/core/base/types';
import { MAX_FILE_BYTES } from '../../../src/core/yaml/yamlFile';
import { tempWorkspace } from './cliRun';

const GOALS = 50_000;
const PER_GOAL = ['goal-no-due', 'goal-no-measure', 'goal-no-owner', 'goal-no-priority'];

describe('200,000 findings from one file', function () {
  this.timeout(180_000);
  let dir: string;
  let file: string;
  let findings: Finding[];

  before(() => {
    const lines = ['kind: Charter', 'id: big', 'team: Big', 'goals:'];
    for (let i = 0; i < GOALS; i++) lines.push(`- id: g${i}`);
    dir = tempWorkspace();
    file = path.join(dir, 'big.charter.yaml');
    const text = `${lines.join('\n')}\n`;
    assert.ok(text.length < MAX_FILE_BYTES, 'the file is under the size cap, so it is checked');
    writeFileSync(file, text);
    const { workspace, targets } = loadWorkspace([file], { today: '2026-11-30' });
    findings = targetFindings(workspace, targets);
  });

  it('lint finds them all', () => {
    assert.ok(findings.length >= GOALS * PER_GOAL.length, String(findings.length));
    for (const rule of PER_GOAL) assert.equal(findings.filter((f) => f.rule === rule).length, GOALS, rule);
  });

  it('stylish prints every one, aligned, with the count', () => {
    const out = formatStylish(findings, 1, { enabled: false });
    assert.match(out, new RegExp(`✖ ${findings.length} problems `));
    assert.equal(out.split('\n').filter((line) => /^ {2}\d+:\d+ +(error|warning|info) /.test(line)).length, findings.length);
  });

  it('json parses, one object per finding', () => {
    assert.equal((JSON.parse(formatJson(findings)) as unknown[]).length, findings.length);
  });

  it('sarif parses, one result per finding', () => {
    assert.equal(JSON.parse(formatSarif(findings, '0.0.0')).runs[0].results.length, findings.length);
  });

  it('github prints one workflow command per finding', () => {
    assert.equal(
      formatGithub(findings)
        .split('\n')
        .filter((line) => line.startsWith('::')).length,
      findings.length,
    );
  });

  it('score counts them as failed checks', async () => {
    let stdout = '';
    let stderr = '';
    const code = await main(['score', file, '--format', 'json', '--today', '2026-11-30'], {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      version: '0',
      env: {},
      isTTY: false,
    });
    assert.equal(code, 0, stderr);
    const step2 = (JSON.parse(stdout) as { teams: { steps: { step: number; failed: number }[] }[] }).teams[0].steps.find((s) => s.step === 2)!;
    assert.ok(step2.failed >= GOALS * 2, JSON.stringify(step2));
  });
});
