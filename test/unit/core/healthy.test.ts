/** A complete, healthy charter with four retros: nothing to report, every step at 100%. */
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { loadWorkspace } from '../../../src/cli/files';
import { stepScores } from '../../../src/core/engine/score';
import { teamScore } from '../../../src/core/insights/teamScore';
import { HEALTHY, TODAY, allFindings, markKeys, marksOf } from '../helpers';

describe('healthy team', () => {
  const load = () => loadWorkspace([HEALTHY], { today: TODAY }).workspace;

  it('gives zero findings of any rule on 2026-11-30', () => {
    const results = load().lintAll();
    assert.equal(results.size, 5, 'one charter and four retros');
    const findings = allFindings(results).map((f) => ({ ...f, file: path.relative(HEALTHY, f.file) }));
    assert.deepStrictEqual(markKeys(marksOf(findings)), []);
  });

  it('has a score of 100 in every step, for the team and for each file that has checks', () => {
    const workspace = load();
    const team = workspace.team('platform');
    assert.ok(team, 'the platform team is indexed');
    assert.equal(team.charters.length, 1);
    assert.equal(team.retros.length, 4);
    for (const result of workspace.lintAll().values()) {
      assert.equal(result.team, 'platform');
      for (const step of stepScores(result.tally)) {
        assert.ok(step.score === null || step.score === 100, `${result.file} step ${step.step}: ${step.score}`);
      }
    }
    const score = teamScore(workspace, 'platform')!;
    assert.deepStrictEqual(
      score.steps.map((s) => [s.step, s.score, s.failed]),
      [1, 2, 3, 4, 5, 6, 7].map((step) => [step, 100, 0]),
    );
    for (const step of score.steps) assert.ok(step.passed > 0, `step ${step.step} has checks`);
    assert.equal(score.overall, 100);
    assert.deepStrictEqual([score.off, score.suppressed], [[], 0]);
  });

  it('starts reporting once time moves on without a retro (the same files, a later today)', () => {
    const { workspace } = loadWorkspace([HEALTHY], { today: '2027-01-15' });
    const rules = new Set(allFindings(workspace.lintAll()).map((f) => f.rule));
    assert.ok(rules.has('retro-overdue'), 'no retro for 46 days with a biweekly cadence');
    assert.ok(rules.has('action-overdue'), 'A-4 and A-5 were due in December, and A-6 was deferred only until 2027-01-11');
  });
});
