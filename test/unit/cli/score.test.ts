import { strict as assert } from 'node:assert';
import { buildCli, cli, copyOfAcme, tempWorkspace } from './cliRun';

describe('teamcharter score (end to end)', function () {
  before(buildCli);

  it('json: per team and per file, seven steps each, scores from passed and failed checks', () => {
    const dir = copyOfAcme();
    const result = cli(dir, 'score', '--format', 'json', '--today', '2026-11-30');
    assert.equal(result.code, 0, result.stderr);
    const report = JSON.parse(result.stdout);
    assert.equal(report.teams.length, 1);
    const team = report.teams[0];
    assert.equal(team.team, 'checkout');
    assert.equal(team.files.length, 5);
    assert.deepEqual(team.steps.map((s: { step: number }) => s.step), [1, 2, 3, 4, 5, 6, 7]);
    for (const s of team.steps) {
      const total = s.passed + s.failed;
      assert.equal(s.score, total === 0 ? null : Math.round((s.passed / total) * 1000) / 10);
    }
    // The example has one member without growth: step 3 is not perfect; step 5 has no gaps.
    assert.ok(team.steps[2].score < 100);
    assert.equal(team.steps[4].score, 100);
    // Team totals are the sum of its files.
    for (let i = 0; i < 7; i++) {
      assert.equal(team.steps[i].passed, team.files.reduce((n: number, f: { steps: { passed: number }[] }) => n + f.steps[i].passed, 0));
    }
  });

  it('table: one row per step with n/a where nothing applies', () => {
    const dir = tempWorkspace({ '.team/retros/2026-11-30.retro.yaml': 'kind: Retrospective\nteam: web\ndate: 2026-11-30\n' });
    const result = cli(dir, 'score');
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /Team web: 1 file/);
    assert.match(result.stdout, /3\. Growing future leaders +n\/a/);
    assert.match(result.stdout, /7\. Celebrating successes +0%/);
  });
});
