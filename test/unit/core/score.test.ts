/** Scores per step: the severity-weighted share of applicable checks passed; N findings are N failed checks; no checks is n/a. */
import { strict as assert } from 'node:assert';
import { parseConfig } from '../../../src/core/engine/config';
import { addTally, emptyTally, overallScore, stepScores, tallyCheck, type Tally } from '../../../src/core/engine/score';
import { teamScore } from '../../../src/core/insights/teamScore';
import { charterYaml, workspaceOf } from '../helpers';
import { RULES } from '../../../src/core/rules';

const CHARTER_PATH = '.team/platform.charter.yaml';
const RETRO_PATH = '.team/retros/2026-11-16.retro.yaml';

const CHARTER = `kind: Charter
version: 1
id: platform
team: Platform Team
purpose:
  statement: Make every deploy boring.
priorities:
  - id: P1
    title: Halve lead time
  - id: P2
    title: Fewer incidents
goals:
  - id: G1
    title: One-click rollback
    supports: [P1, P9]
    owner: dana
    measure: Rollback in 5 minutes
    due: 2027-03-31
  - id: G2
    title: Faster builds
    owner: alex
commitment:
  agreed: 2026-11-30
  by: [dana]
members:
  - name: dana
    growth:
      stretch: Run Q1 planning
  - name: sam
accountability:
  checkIns: weekly
decisions:
  framework: consent
  rights:
    - area: Tooling
      decidedBy: dana
    - area: Hiring
      decidedBy: dana
feedback:
  retrospectives: biweekly
  oneOnOnes: weekly
  norms: [Disagree in the room, commit outside it]
recognition:
  practices: [Wins open every retrospective]
`;

const RETRO = `kind: Retrospective
version: 1
team: platform
date: 2026-11-16
wins:
  - text: Rollback works for ten services
    who: [sam]
  - text: Zero pages this sprint
actions:
  - id: A-1
    title: Write the rollback runbook
    owner: dana
    due: 2026-11-20
    goal: G1
  - id: A-2
    title: Cache dependencies in CI
    owner: priya
    goal: G7
`;

/** [passed, failed] for steps 1..7. */
function counts(tally: Tally): [number, number][] {
  return ([1, 2, 3, 4, 5, 6, 7] as const).map((step) => [tally[step].passed, tally[step].failed]);
}

/** [passed, failed] weights (error 3, warning 2, info 1) for steps 1..7. */
function weights(tally: Tally): [number, number][] {
  return ([1, 2, 3, 4, 5, 6, 7] as const).map((step) => [tally[step].passedWeight, tally[step].failedWeight]);
}

function scores(tally: Tally): (number | null)[] {
  return stepScores(tally).map((s) => s.score);
}

describe('scores', () => {
  describe('a charter on its own', () => {
    const result = () => workspaceOf({ [CHARTER_PATH]: CHARTER }).lintFile(CHARTER_PATH)!;

    it('counts every check by hand, and weighs it by its severity', () => {
      assert.deepStrictEqual(counts(result().tally), [
        // 1: purpose-missing (error) ✓, purpose-why-missing (warning) ✗, goals-missing (warning) ✓, goal-no-priority (warning) ✓✗,
        //    goal-unknown-priority (error) P1 ✓ P9 ✗, priority-no-goal (info) P1 ✓ P2 ✗,
        //    commitment-missing (warning): commitment ✓ dana ✓ sam ✗, member-no-goal (info) dana ✓ sam ✗,
        //    text-vague (warning): the purpose ✓, G1's and G2's titles ✓✓
        //    (commitment-stale: no updated date, no check)
        [11, 6],
        // 2: goal-no-owner (w) ✓✓, owner-not-member (w) dana ✓ alex ✗, goal-no-measure (w) ✓✗, goal-no-due (i) ✓✗,
        //    goal-overdue (w) G1 ✓ (G2 has no date), checkins-missing (w) ✓, tracking-missing (i) ✗,
        //    measure-not-measurable (w) G1 ✓ (G2 has no measure)
        [8, 4],
        // 3: member-no-growth (w) dana ✓ sam ✗, no-stretch (i) ✓, no-coaching (i) ✗, text-vague (w) dana's stretch ✓
        [3, 2],
        // 4: no change under way: nothing to check
        [0, 0],
        // 5: decision-rights-missing (w) ✓, decision-framework-missing (i) ✓, decisions-centralised (w) ✗ (both rights with dana)
        [2, 1],
        // 6: feedback-cadence-missing (w) ✓✓, norms-missing (i) ✓, text-vague (w) both norms ✓✓ (retro-overdue: no retro yet, no check)
        [5, 0],
        // 7: recognition-missing (w) ✓, text-vague (w) the practice ✓
        [2, 0],
      ]);
      assert.deepStrictEqual(weights(result().tally), [
        [3 + 2 + 2 + 3 + 1 + 2 + 2 + 1 + 2 * 3, 2 + 2 + 3 + 1 + 2 + 1],
        [2 + 2 + 2 + 2 + 1 + 2 + 2 + 2, 2 + 2 + 1 + 1],
        [2 + 1 + 2, 2 + 1],
        [0, 0],
        [2 + 1, 2],
        [2 + 2 + 1 + 2 * 2, 0],
        [2 + 2, 0],
      ]);
    });

    it('scores are the weighted share of passed checks, n/a without checks, overall the mean of the applicable steps', () => {
      const tally = result().tally;
      // 22/33, 15/21, 5/8, n/a, 3/5, 9/9, 4/4
      assert.deepStrictEqual(scores(tally), [66.7, 71.4, 62.5, null, 60, 100, 100]);
      // (66.7 + 71.4 + 62.5 + 60 + 100 + 100) / 6 = 76.77
      assert.equal(overallScore(tally), 76.8);
    });

    it('a check weighs by the severity the config gives its rule', () => {
      const config = parseConfig('teamcharter.config.yaml', 'rules:\n  tracking-missing: error\n  goal-no-due: warning\n', RULES);
      const tally = workspaceOf({ [CHARTER_PATH]: CHARTER }, { configFor: () => config }).lintFile(CHARTER_PATH)!.tally;
      // Step 2 as above, with goal-no-due ✓✗ at 2 each and tracking-missing ✗ at 3: 16/25.
      assert.deepStrictEqual(weights(tally)[1], [16, 2 + 2 + 2 + 3]);
      assert.equal(stepScores(tally)[1].score, 64);
    });

    it('the failures match the findings: one failed check per finding', () => {
      const { findings, tally } = result();
      const failed = ([1, 2, 3, 4, 5, 6, 7] as const).reduce((sum, step) => sum + tally[step].failed, 0);
      assert.equal(findings.filter((f) => f.step !== 0).length, failed);
    });
  });

  it('a rule firing N times counts N failures', () => {
    const three = workspaceOf({ [CHARTER_PATH]: charterYaml('platform', { members: ['dana', 'lee', 'sam'] }) }).lintFile(CHARTER_PATH)!;
    assert.equal(three.findings.filter((f) => f.rule === 'member-no-growth').length, 3);
    // member-no-growth (warning) ✗✗✗, no-stretch (info) ✗, no-coaching (info) ✗
    assert.deepStrictEqual(three.tally[3], { passed: 0, failed: 5, passedWeight: 0, failedWeight: 8 });
    assert.equal(stepScores(three.tally)[2].score, 0);
    const one = workspaceOf({ [CHARTER_PATH]: charterYaml('platform', { members: ['dana'] }) }).lintFile(CHARTER_PATH)!;
    assert.deepStrictEqual(one.tally[3], { passed: 0, failed: 3, passedWeight: 0, failedWeight: 4 });
  });

  describe('a team: its charter and its retros', () => {
    const workspace = () => workspaceOf({ [CHARTER_PATH]: CHARTER, [RETRO_PATH]: RETRO });

    it('a retro has its own checks, and the cross-file checks count where they are reported', () => {
      const ws = workspace();
      const retro = ws.lintFile(RETRO_PATH)!;
      assert.deepStrictEqual(counts(retro.tally), [
        // 1: action-unknown-goal G1 ✓ G7 ✗, retro-unknown-team ✓
        [2, 1],
        // 2: action-no-owner ✓✓, owner-not-member dana ✓ priya ✗, action-overdue A-1 ✓ (due 2026-11-20: the team
        //    has not met since) A-2 ✓ (due by the next retro); action-no-due is off by default
        [4, 1],
        [0, 0],
        [0, 0],
        [0, 0],
        // 6: retro-no-actions ✓, action-carried-too-long A-1 ✓ A-2 ✓, action-recurring A-1 ✓ A-2 ✓
        //    (nothing open before it: no previous-actions check)
        [5, 0],
        // 7: retro-no-wins (warning) ✓, win-no-credit (info) ✓✗ (recognition-unbalanced: one retro, no check)
        [2, 1],
      ]);
      // 1: 6/9 (errors), 2: 8/10 (warnings), 7: 3/4
      assert.deepStrictEqual(scores(retro.tally), [66.7, 80, null, null, null, 100, 75]);
      assert.equal(overallScore(retro.tally), 80.4);
      // retro-overdue (info) is checked on the charter once there is a retro: 14 days ago, within 1.5 × biweekly.
      assert.deepStrictEqual(ws.lintFile(CHARTER_PATH)!.tally[6], { passed: 6, failed: 0, passedWeight: 10, failedWeight: 0 });
    });

    it("the team's score is the same weighted share over the charter and its (recent) retro", () => {
      const score = teamScore(workspace(), 'platform')!;
      assert.deepStrictEqual(
        score.steps.map((s) => [s.passed, s.failed]),
        [
          [13, 7],
          [12, 5],
          [3, 2],
          [0, 0],
          [2, 1],
          [11, 0],
          [4, 1],
        ],
      );
      // 1: 28/42, 2: 23/31, 7: 7/8
      assert.deepStrictEqual(
        score.steps.map((s) => s.score),
        [66.7, 74.2, 62.5, null, 60, 100, 87.5],
      );
      // (66.67 + 74.19 + 62.5 + 60 + 100 + 87.5) / 6 = 75.14
      assert.equal(score.overall, 75.1);
      assert.deepStrictEqual([score.off, score.suppressed], [[], 0]);
    });
  });

  describe('score arithmetic', () => {
    it('n/a (null) for steps with no checks, and no overall when nothing applies', () => {
      const tally = emptyTally();
      assert.deepStrictEqual(scores(tally), [null, null, null, null, null, null, null]);
      assert.equal(overallScore(tally), null);
    });

    it('each applicable step weighs the same in the overall score', () => {
      const tally = emptyTally();
      tallyCheck(tally, 1, 'passed', 'info');
      tallyCheck(tally, 4, 'failed', 'error', 9);
      tallyCheck(tally, 7, 'passed', 'warning');
      tallyCheck(tally, 7, 'failed', 'warning');
      assert.deepStrictEqual(scores(tally), [100, null, null, 0, null, null, 50]);
      assert.equal(overallScore(tally), 50);
    });

    it('an error weighs three infos, a warning two', () => {
      const tally = emptyTally();
      tallyCheck(tally, 2, 'passed', 'error');
      tallyCheck(tally, 2, 'failed', 'info', 3);
      tallyCheck(tally, 3, 'passed', 'info', 2);
      tallyCheck(tally, 3, 'failed', 'warning');
      assert.deepStrictEqual(scores(tally).slice(1, 3), [50, 50]);
      assert.deepStrictEqual([tally[2].passed, tally[2].failed], [1, 3]);
    });

    it('addTally adds step by step', () => {
      const a = emptyTally();
      tallyCheck(a, 2, 'passed', 'warning', 2);
      tallyCheck(a, 2, 'failed', 'info');
      const b = emptyTally();
      tallyCheck(b, 2, 'passed', 'error');
      tallyCheck(b, 2, 'failed', 'info', 3);
      tallyCheck(b, 5, 'passed', 'info');
      addTally(a, b);
      assert.deepStrictEqual(
        [a[2], a[5]],
        [
          { passed: 3, failed: 4, passedWeight: 7, failedWeight: 4 },
          { passed: 1, failed: 0, passedWeight: 1, failedWeight: 0 },
        ],
      );
    });
  });
});
