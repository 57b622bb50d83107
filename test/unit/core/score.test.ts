/** Scores per step: share of applicable checks passed; N findings are N failed checks; no checks is n/a. */
import { strict as assert } from 'node:assert';
import { addTally, emptyTally, overallScore, stepScores, type Tally } from '../../../src/core/score';
import { charterYaml, workspaceOf } from '../helpers';

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

function scores(tally: Tally): (number | null)[] {
  return stepScores(tally).map((s) => s.score);
}

describe('scores', () => {
  describe('a charter on its own', () => {
    const result = () => workspaceOf({ [CHARTER_PATH]: CHARTER }).lintFile(CHARTER_PATH)!;

    it('counts every check by hand', () => {
      assert.deepStrictEqual(counts(result().tally), [
        // 1: purpose-missing ✓, purpose-why-missing ✗, goal-no-priority ✓✗, goal-unknown-priority P1 ✓ P9 ✗,
        //    priority-no-goal P1 ✓ P2 ✗, commitment-missing: commitment ✓ dana ✓ sam ✗
        [6, 5],
        // 2: goal-no-owner ✓✓, owner-not-member dana ✓ alex ✗, goal-no-measure ✓✗, goal-no-due ✓✗, checkins-missing ✓, tracking-missing ✗
        [6, 4],
        // 3: member-no-growth dana ✓ sam ✗, no-stretch ✓, no-coaching ✗
        [2, 2],
        // 4: no change under way: nothing to check
        [0, 0],
        // 5: decision-rights-missing ✓, decision-framework-missing ✓, decisions-centralised ✗ (both rights with dana)
        [2, 1],
        // 6: feedback-cadence-missing ✓✓, norms-missing ✓ (retro-overdue: no retro yet, no check)
        [3, 0],
        // 7: recognition-missing ✓
        [1, 0],
      ]);
    });

    it('scores are the share of passed checks, n/a without checks, overall the mean of the applicable steps', () => {
      const tally = result().tally;
      assert.deepStrictEqual(scores(tally), [54.5, 60, 50, null, 66.7, 100, 100]);
      // (54.5 + 60 + 50 + 66.7 + 100 + 100) / 6 = 71.87
      assert.equal(overallScore(tally), 71.9);
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
    // member-no-growth ✗✗✗, no-stretch ✗, no-coaching ✗
    assert.deepStrictEqual(three.tally[3], { passed: 0, failed: 5 });
    assert.equal(stepScores(three.tally)[2].score, 0);
    const one = workspaceOf({ [CHARTER_PATH]: charterYaml('platform', { members: ['dana'] }) }).lintFile(CHARTER_PATH)!;
    assert.deepStrictEqual(one.tally[3], { passed: 0, failed: 3 });
  });

  describe('a team: its charter and its retros', () => {
    const workspace = () => workspaceOf({ [CHARTER_PATH]: CHARTER, [RETRO_PATH]: RETRO });

    it('a retro has its own checks, and the cross-file checks count where they are reported', () => {
      const ws = workspace();
      const retro = ws.lintFile(RETRO_PATH)!;
      assert.deepStrictEqual(counts(retro.tally), [
        // 1: action-unknown-goal G1 ✓ G7 ✗, retro-unknown-team ✓
        [2, 1],
        // 2: action-no-owner ✓✓, action-no-due ✓✗, owner-not-member dana ✓ priya ✗, action-overdue A-1 ✗ (A-2 has no date)
        [4, 3],
        [0, 0],
        [0, 0],
        [0, 0],
        // 6: retro-no-actions ✓, action-carried-too-long A-1 ✓ A-2 ✓ (nothing open before it: no previous-actions check)
        [3, 0],
        // 7: retro-no-wins ✓, win-no-credit ✓✗
        [2, 1],
      ]);
      assert.deepStrictEqual(scores(retro.tally), [66.7, 57.1, null, null, null, 100, 66.7]);
      assert.equal(overallScore(retro.tally), 72.6);
      // retro-overdue is checked on the charter once there is a retro: 14 days ago, within 1.5 × biweekly.
      assert.deepStrictEqual(ws.lintFile(CHARTER_PATH)!.tally[6], { passed: 4, failed: 0 });
    });

    it("the team's score is the same share over all its files", () => {
      const team = emptyTally();
      for (const result of workspace().lintAll().values()) addTally(team, result.tally);
      assert.deepStrictEqual(counts(team), [
        [8, 6],
        [10, 7],
        [2, 2],
        [0, 0],
        [2, 1],
        [7, 0],
        [3, 1],
      ]);
      assert.deepStrictEqual(scores(team), [57.1, 58.8, 50, null, 66.7, 100, 75]);
      // (57.1 + 58.8 + 50 + 66.7 + 100 + 75) / 6 = 67.93
      assert.equal(overallScore(team), 67.9);
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
      tally[1] = { passed: 1, failed: 0 };
      tally[4] = { passed: 0, failed: 9 };
      tally[7] = { passed: 1, failed: 1 };
      assert.deepStrictEqual(scores(tally), [100, null, null, 0, null, null, 50]);
      assert.equal(overallScore(tally), 50);
    });

    it('addTally adds step by step', () => {
      const a = emptyTally();
      a[2] = { passed: 2, failed: 1 };
      const b = emptyTally();
      b[2] = { passed: 1, failed: 3 };
      b[5] = { passed: 1, failed: 0 };
      addTally(a, b);
      assert.deepStrictEqual([a[2], a[5]], [{ passed: 3, failed: 4 }, { passed: 1, failed: 0 }]);
    });
  });
});
