import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildCli, cli, copyOfAcme, tempWorkspace } from './cliRun';

describe('teamcharter score (end to end)', function () {
  before(buildCli);

  it('json: per team (with the rules off and the findings suppressed) and per file, seven steps each', () => {
    const dir = copyOfAcme();
    const result = cli(dir, 'score', '--format', 'json', '--today', '2026-11-30');
    assert.equal(result.code, 0, result.stderr);
    const report = JSON.parse(result.stdout);
    assert.equal(report.teams.length, 1);
    const team = report.teams[0];
    assert.equal(team.team, 'checkout');
    assert.deepEqual([team.off, team.suppressed], [[], 0]);
    assert.equal(team.files.length, 5);
    assert.deepEqual(
      team.steps.map((s: { step: number }) => s.step),
      [1, 2, 3, 4, 5, 6, 7],
    );
    for (const s of team.steps) {
      assert.equal(s.score === null, s.passed + s.failed === 0, `step ${s.step}: n/a exactly when no check applies`);
      assert.ok(s.score === null || (s.failed === 0) === (s.score === 100), `step ${s.step}: 100% exactly when nothing failed`);
    }
    // The example has one member without growth: step 3 is not perfect; step 5 has no gaps.
    assert.ok(team.steps[2].score < 100);
    assert.equal(team.steps[4].score, 100);
    // The team's charter counts in full; so do the two latest retros.
    const file = (name: string) => team.files.find((f: { file: string }) => f.file.endsWith(name));
    for (let i = 0; i < 7; i++) {
      assert.ok(team.steps[i].passed >= file('checkout.charter.yaml').steps[i].passed + file('2026-11-24-pre-peak.retro.yaml').steps[i].passed);
    }
  });

  it('json and table say which rules are off and how many findings comments suppress', () => {
    const dir = copyOfAcme();
    writeFileSync(path.join(dir, '.team/teamcharter.config.yaml'), 'rules:\n  member-no-growth: off\n  goal-no-measure: off\n');
    const retro = path.join(dir, '.team/retros/2026-11-24-pre-peak.retro.yaml');
    writeFileSync(
      retro,
      readFileSync(retro, 'utf8')
        .replace('# teamcharter', '#')
        .replace('kind: Retrospective', '# teamcharter-disable win-no-credit, action-no-due\nkind: Retrospective'),
    );
    const json = JSON.parse(cli(dir, 'score', '--format', 'json', '--today', '2026-11-30').stdout);
    assert.deepEqual([json.teams[0].off, json.teams[0].suppressed], [['goal-no-measure', 'member-no-growth'], 2]);
    const table = cli(dir, 'score', '--today', '2026-11-30').stdout;
    assert.match(table, /^ {2}Rules turned off: goal-no-measure, member-no-growth$/m);
    assert.match(table, /^ {2}Findings suppressed by comments: 2$/m);
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
