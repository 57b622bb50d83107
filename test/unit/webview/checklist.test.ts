/** The checklist panel: steps with score and findings, the overall score, and where clicking a finding goes. */
import { strict as assert } from 'node:assert';
import type { FormStep } from '../../../src/shared/protocol.js';
import { checklist, scoreText } from '../../../webview/checklist.js';
import { anchorsOf, charterModel } from '../../../webview/formModel.js';
import { charterData, context, finding } from './fixtures.js';

const anchors = anchorsOf(charterModel(charterData(), context()));
const TITLES = [
  'Goals aligned with purpose',
  'Accountability and transparency',
  'Growing future leaders',
  'Leading by example through change',
  'Empowered decisions',
  'A feedback-driven environment',
  'Celebrating successes',
];

function steps(scores: (number | null)[], counts: number[]): FormStep[] {
  return scores.map((score, i) => ({ step: (i + 1) as FormStep['step'], title: TITLES[i], score, findings: counts[i] }));
}

describe('webview checklist view model', () => {
  it("shows the team's latest pulse beside a step's score, and says it after the score", () => {
    const withPulse = steps([90, 50, null, 100, 100, 90, 75], [0, 2, 0, 0, 0, 1, 1]);
    withPulse[0] = { ...withPulse[0], pulse: { mean: 2, percent: 25, responses: 6, date: '2026-11-30' } };
    const list = checklist({ steps: withPulse, overall: 80, findings: [] }, anchors);
    assert.equal(list.steps[0].scoreText, '90%');
    assert.equal(list.steps[0].pulseText, '2 out of 5 (25%, 6 people) on 2026-11-30');
    assert.equal(list.steps[0].summary, 'Step 1, Goals aligned with purpose: 90%, no findings; team pulse 2 out of 5 (25%, 6 people) on 2026-11-30');
    assert.equal(list.steps[1].pulseText, undefined, 'a step never rated shows no pulse');
  });

  it("shows the team's level for each step and what holds it, and says the level before the score", () => {
    const withLevels = steps([90, 50, null, 100, 100, 90, 75], [0, 2, 0, 0, 0, 1, 1]).map((step, i) => ({
      ...step,
      level: (i === 1 ? 0 : 2) as FormStep['level'],
      holding: i === 1 ? ['goal-no-owner'] : ['pulse'],
    }));
    const list = checklist({ steps: withLevels, overall: 80, findings: [] }, anchors);
    assert.deepEqual([list.steps[1].levelText, list.steps[1].holdingText], ['not yet', 'goal-no-owner']);
    assert.equal(list.steps[1].summary, 'Step 2, Accountability and transparency: team level not yet (held by goal-no-owner); this file: 50%, 2 findings');
    assert.deepEqual([list.steps[0].levelText, list.steps[0].holdingText], ['practised', 'no recent pulse of 3.5 or more']);
    // A team with no charter has no level: none is shown.
    const without = checklist({ steps: steps([null, null, null, null, null, null, null], [0, 0, 0, 0, 0, 0, 0]), overall: null, findings: [] }, anchors);
    assert.equal(without.steps[0].levelText, undefined);
  });

  it('formats scores as whole percentages, and n/a when no check applies', () => {
    assert.equal(scoreText(87.5), '88%');
    assert.equal(scoreText(100), '100%');
    assert.equal(scoreText(0), '0%');
    assert.equal(scoreText(null), 'n/a');
  });

  it('lists the seven steps in order with a tick when a step has no findings, else the count', () => {
    const list = checklist({ steps: steps([100, 50, null, 100, 100, 90, 75], [0, 2, 0, 0, 0, 1, 1]).reverse(), overall: 86.4, findings: [] }, anchors);
    assert.deepEqual(
      list.steps.map((s) => [s.step, s.scoreText, s.ok, s.count]),
      [
        [1, '100%', true, 0],
        [2, '50%', false, 2],
        [3, 'n/a', true, 0],
        [4, '100%', true, 0],
        [5, '100%', true, 0],
        [6, '90%', false, 1],
        [7, '75%', false, 1],
      ],
    );
    assert.equal(list.overallText, '86%');
    assert.equal(list.steps[1].summary, 'Step 2, Accountability and transparency: 50%, 2 findings');
    assert.equal(list.steps[2].summary, 'Step 3, Growing future leaders: no checks apply, no findings');
  });

  it('puts each finding under its step, most severe first, pointing at its field and section', () => {
    const list = checklist(
      {
        steps: steps([100, 50, 100, 100, 100, 100, 100], [0, 2, 0, 0, 0, 0, 0]),
        overall: null,
        findings: [
          finding(['goals', 1, 'due'], { rule: 'goal-no-due', severity: 'info', message: 'no due' }),
          finding(['goals', 1, 'measure'], { rule: 'goal-no-measure', severity: 'warning', message: 'no measure' }),
        ],
      },
      anchors,
    );
    const step2 = list.steps[1];
    assert.deepEqual(
      step2.findings.map((f) => [f.finding.message, f.targetId, f.section]),
      [
        ['no measure', 'field-goals-1-measure', 'step-1'],
        ['no due', 'field-goals-1-due', 'step-1'],
      ],
    );
    assert.equal(list.overallText, 'n/a');
  });

  it('lists structure findings (step 0) apart, pointing at the top of the form when they have no field', () => {
    const list = checklist(
      {
        steps: steps([100, 100, 100, 100, 100, 100, 100], [0, 0, 0, 0, 0, 0, 0]),
        overall: 100,
        findings: [finding(['kind'], { rule: 'schema', step: 0 }), finding(['goals', 1, 'id'], { rule: 'duplicate-id', step: 0, severity: 'error' })],
      },
      anchors,
    );
    assert.deepEqual(
      list.structure.map((f) => [f.finding.rule, f.targetId]),
      [
        ['duplicate-id', 'field-goals-1-id'],
        ['schema', 'field-root'],
      ],
    );
    assert.ok(list.steps.every((s) => s.findings.length === 0));
  });
});
