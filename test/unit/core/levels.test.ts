/** Levels (docs/rules.md "Levels"): a step climbs only when everything below holds. */
import { strict as assert } from 'node:assert';
import type { Finding } from '../../../src/core/base/types';
import type { PulseReading, PulseStep } from '../../../src/core/format/pulse';
import { CONFIRMED_RULES, PRACTISED_RULES, teamLevels, type LevelInputs } from '../../../src/core/insights/levels';
import { levelName, nextStepSentence } from '../../../src/core/insights/scoreWords';
import { RULES } from '../../../src/core/rules';

const TODAY = '2026-12-06';

function finding(rule: string, step: PulseStep): Finding {
  return { file: 'x', rule, step, severity: 'warning', message: '', range: { line: 1, column: 1, endLine: 1, endColumn: 1 } };
}

function pulse(step: PulseStep, mean: number, responses: number, date = '2026-11-30'): PulseReading {
  return { step, mean, percent: ((mean - 1) / 4) * 100, responses, date };
}

/** A team with a long enough history and a confirming pulse on every step, changed by `change`. */
function levels(change: Partial<LevelInputs> = {}) {
  const latestPulse = Object.fromEntries(([1, 2, 3, 4, 5, 6, 7] as PulseStep[]).map((step) => [step, pulse(step, 4, 5)]));
  return teamLevels({ findings: [], datedRetros: 5, latestPulse, members: 6, today: TODAY, ...change });
}

describe('levels', () => {
  it('a step with no finding, a history of 3 retros and a recent pulse of 3.5 or more by enough people is confirmed', () => {
    const result = levels();
    assert.equal(result.level, 3);
    assert.deepEqual(
      result.steps.map((s) => [s.step, s.level, s.holding]),
      [1, 2, 3, 4, 5, 6, 7].map((step) => [step, 3, []]),
    );
  });

  it('a written finding holds its step at not yet, whatever else holds; the team is at its lowest step', () => {
    const result = levels({
      findings: [finding('member-no-growth', 3), finding('action-carried-too-long', 3), finding('pulse-low', 3), finding('goal-overdue', 2)],
    });
    assert.deepEqual(result.steps[2], { step: 3, level: 0, holding: ['member-no-growth'] });
    assert.deepEqual(result.steps[1], { step: 2, level: 1, holding: ['goal-overdue'] }, 'a practised finding holds at written');
    assert.equal(result.level, 0);
  });

  it('too short a history holds every step at written ("history"); a practised finding is named beside it', () => {
    const result = levels({ datedRetros: 2, findings: [finding('retro-overdue', 6)] });
    assert.deepEqual(result.steps[5], { step: 6, level: 1, holding: ['retro-overdue', 'history'] });
    assert.deepEqual(result.steps[0], { step: 1, level: 1, holding: ['history'] });
  });

  it('the pulse confirms a step only when recent, given by at least 3 and half the members, with a mean of 3.5 or more', () => {
    const at = (reading: PulseReading | undefined, members = 6) => levels({ latestPulse: { 5: reading }, members }).steps[4];
    assert.equal(at(pulse(5, 3.5, 3)).level, 3);
    assert.deepEqual(at(pulse(5, 3.4, 5)), { step: 5, level: 2, holding: ['pulse'] }, 'mean below 3.5');
    assert.equal(at(pulse(5, 4, 2)).level, 2, 'fewer than 3 people');
    assert.equal(at(pulse(5, 4, 3), 7).level, 2, 'fewer than half of 7 members');
    assert.equal(at(pulse(5, 4, 4), 7).level, 3, 'at least half of 7 members');
    assert.equal(at(pulse(5, 4, 5, '2026-08-08')).level, 3, '120 days old');
    assert.equal(at(pulse(5, 4, 5, '2026-08-07')).level, 2, '121 days old');
    assert.equal(at(undefined).level, 2, 'never rated');
    // A confirmed finding (the pulse disagrees with the files) holds it at practised too.
    assert.deepEqual(levels({ findings: [finding('pulse-gap', 5)] }).steps[4], { step: 5, level: 2, holding: ['pulse-gap'] });
  });

  it('names and the step to work on next read as a person would say them', () => {
    assert.deepEqual(
      [0, 1, 2, 3, null].map((l) => levelName(l as 0 | 1 | 2 | 3 | null)),
      ['not yet', 'written', 'practised', 'confirmed', 'no charter'],
    );
    const result = levels({ findings: [finding('no-coaching', 3)], datedRetros: 2 });
    const steps = result.steps.map((s) => ({ ...s, score: 100, passed: 1, failed: 0 }));
    assert.equal(nextStepSentence(steps), 'Work on next: 3. Growing future leaders, not yet (held by no-coaching)');
    assert.equal(nextStepSentence(levels().steps.map((s) => ({ ...s, score: 100, passed: 1, failed: 0 }))), undefined, 'nothing left when all are confirmed');
  });

  it('every rule of steps 1-7 is at one level: the practised and confirmed lists name rules that exist', () => {
    const ids = new Set(RULES.map((rule) => rule.id));
    for (const id of [...PRACTISED_RULES, ...CONFIRMED_RULES]) assert.ok(ids.has(id), `${id} is no rule`);
    for (const id of CONFIRMED_RULES) assert.ok(!PRACTISED_RULES.has(id));
  });
});
