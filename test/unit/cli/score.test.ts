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
    // Each step's level (docs/cli.md "score --format json"), what holds it, and the team's level: its lowest step's.
    for (const s of team.steps) {
      assert.ok([0, 1, 2, 3].includes(s.level), `step ${s.step}: level ${s.level}`);
      assert.ok(Array.isArray(s.holding) && (s.level === 3) === (s.holding.length === 0), `step ${s.step}: holding ${JSON.stringify(s.holding)}`);
    }
    assert.equal(team.level, Math.min(...team.steps.map((s: { level: number }) => s.level)));
    // The example's two gaps (examples/acme/EXPECTED-GAPS.md): goal G4 without a measure holds step 2 at not yet,
    // by that rule; step 5 scores 100% in the files but the team's pulse (3 out of 5) holds it at practised.
    assert.deepEqual([team.steps[1].level, team.steps[1].holding], [0, ['goal-no-measure']]);
    assert.ok(team.steps[1].score < 100);
    assert.deepEqual([team.steps[4].level, team.steps[4].holding, team.steps[4].score], [2, ['pulse-gap', 'pulse'], 100]);
    assert.deepEqual(
      team.steps.filter((s: { level: number }) => s.level === 3).map((s: { step: number }) => s.step),
      [1, 3, 4, 6, 7],
    );
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
        .replace('kind: Retrospective', '# teamcharter-disable win-no-credit, pulse-gap\nkind: Retrospective'),
    );
    const json = JSON.parse(cli(dir, 'score', '--format', 'json', '--today', '2026-11-30').stdout);
    // Only pulse-gap fires in that retro: one finding suppressed (win-no-credit has nothing to suppress).
    assert.deepEqual([json.teams[0].off, json.teams[0].suppressed], [['goal-no-measure', 'member-no-growth'], 1]);
    const table = cli(dir, 'score', '--today', '2026-11-30').stdout;
    assert.match(table, /^ {2}Rules turned off: goal-no-measure, member-no-growth$/m);
    assert.match(table, /^ {2}Findings suppressed by comments: 1$/m);
  });

  it('table: one row per step, its level by name first, n/a where nothing applies', () => {
    const dir = tempWorkspace({
      '.team/web.charter.yaml': 'kind: Charter\nid: web\nteam: Web\nchange: []\n',
      '.team/retros/2026-11-30.retro.yaml': 'kind: Retrospective\nteam: web\ndate: 2026-11-30\n',
    });
    const result = cli(dir, 'score', '--today', '2026-12-01');
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /Team web \(Web\): 2 files/);
    assert.match(result.stdout, /^ {2}step +level +held by +score +checks passed$/m);
    assert.match(result.stdout, /^ {2}1\. Goals aligned with purpose +not yet +.*purpose-missing.* +\d+% +\d+\/\d+$/m);
    assert.match(result.stdout, /^ {2}4\. Leading by example through change +written +fewer than 3 retros +n\/a +0\/0$/m);
    assert.match(result.stdout, /^ {2}Team level \(its lowest step\) +not yet$/m);
    assert.match(result.stdout, /^ {2}Work on next: 1\. Goals aligned with purpose, not yet \(held by .*purpose-missing.*\)$/m);
  });

  it('a team with no charter has no score and no level: the table says so, the JSON has nulls', () => {
    const dir = tempWorkspace({ '.team/retros/2026-11-30.retro.yaml': 'kind: Retrospective\nteam: web\ndate: 2026-11-30\n' });
    const result = cli(dir, 'score');
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^ {2}3\. Growing future leaders +no charter +— +n\/a/m);
    assert.match(result.stdout, /^ {2}Overall score \(mean of the steps\) +no charter$/m);
    const [team] = JSON.parse(cli(dir, 'score', '--format', 'json').stdout).teams;
    assert.deepEqual(
      [team.overall, team.level, team.steps.every((step: { score: unknown; level: unknown }) => step.score === null && step.level === null)],
      [null, null, true],
    );
  });
});
