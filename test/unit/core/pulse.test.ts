/** The pulse statistics (src/core/format/pulse.ts) and the schema's word on a pulse. */
import { strict as assert } from 'node:assert';
import {
  countsProblem,
  describeReading,
  gapPoints,
  latestRatings,
  latestPulse,
  pulseDeclines,
  pulseKey,
  pulseMean,
  pulsePercent,
  pulseSeries,
  readPulse,
  stepOfPulseKey,
  stepsNeverRated,
  type DatedPulse,
} from '../../../src/core/format/pulse';
import { TeamFile } from '../../../src/core/format/teamFile';
import { Workspace } from '../../../src/core/engine/workspace';
import { TODAY, lineOf } from '../helpers';
import { RULES } from '../../../src/core/rules';

/** A dated pulse from counts per step key. */
function dated(date: string, fields: Record<string, unknown>): DatedPulse {
  const pulse = readPulse(fields);
  assert.ok(pulse, `the pulse of ${date} rates a step`);
  return { date, pulse };
}

describe('pulse statistics', () => {
  it('the mean is Σ(rating × count) / Σ count with two decimals, the percentage (mean − 1) / 4 × 100', () => {
    assert.equal(pulseMean([0, 0, 1, 3, 1]), 4);
    assert.equal(pulseMean([0, 2, 2, 1, 0]), 2.8);
    assert.equal(pulseMean([1, 0, 0, 0, 2]), 3.67);
    assert.equal(pulseMean([5, 0, 0, 0, 0]), 1);
    assert.equal(pulseMean([0, 0, 0, 0, 0]), undefined, 'nobody rated it: no mean, not 0');
    assert.equal(pulsePercent(1), 0);
    assert.equal(pulsePercent(5), 100);
    assert.equal(pulsePercent(2.8), 45);
    assert.equal(pulsePercent(3.67), 66.8);
  });

  it('keys and steps: goals is step 1, recognition step 7, anything else no step', () => {
    assert.equal(pulseKey(1), 'goals');
    assert.equal(pulseKey(6), 'feedback');
    assert.equal(stepOfPulseKey('recognition'), 7);
    assert.equal(stepOfPulseKey('accountability'), 2);
    assert.equal(stepOfPulseKey('responses'), undefined);
    assert.equal(stepOfPulseKey('feeback'), undefined);
  });

  it('a count list is five whole numbers of 0 or more, and says what is wrong otherwise', () => {
    assert.equal(countsProblem([0, 1, 2, 3, 4]), undefined);
    assert.equal(countsProblem([1, 2]), 'it has 2 counts');
    assert.equal(countsProblem([1, 2, 3, 4, 5, 6]), 'it has 6 counts');
    assert.equal(countsProblem([0, -1, 0, 0, 0]), '-1 is not a whole number of 0 or more');
    assert.equal(countsProblem([0, 1.5, 0, 0, 0]), '1.5 is not a whole number of 0 or more');
    assert.equal(countsProblem([0, '2', 0, 0, 0]), '"2" is not a whole number of 0 or more');
    assert.equal(countsProblem('0, 1, 2, 3, 4'), 'it is not a list');
  });

  it("reads a retro's pulse as plain values: rated steps in order, invalid and empty lists left out", () => {
    const pulse = readPulse({
      responses: 5,
      feedback: [0, 2, 2, 1, 0],
      goals: [0, 0, 1, 3, 1],
      growth: [0, 0, 0, 0, 0],
      change: [1, 2],
      decisions: null,
      note: 'kept',
    });
    assert.deepStrictEqual(pulse, {
      responses: 5,
      steps: [
        { step: 1, key: 'goals', counts: [0, 0, 1, 3, 1], mean: 4, percent: 75, responses: 5 },
        { step: 6, key: 'feedback', counts: [0, 2, 2, 1, 0], mean: 2.8, percent: 45, responses: 5 },
      ],
    });
    assert.equal(readPulse({ responses: 4 }), undefined, 'a pulse that rates no step is no pulse');
    assert.equal(readPulse([1, 2, 3]), undefined);
    assert.equal(readPulse(null), undefined);
    assert.equal(readPulse({ goals: [0, 0, 2, 0, 0] })?.responses, undefined, 'responses is optional');
    // The percentage comes from the exact mean (8 / 3), not from the rounded 2.67.
    assert.deepStrictEqual(
      readPulse({ feedback: [0, 1, 2, 0, 0] })?.steps.map((s) => [s.mean, s.percent]),
      [[2.67, 41.7]],
    );
  });

  const history = [
    dated('2026-10-01', { goals: [0, 0, 0, 2, 3], feedback: [0, 0, 1, 2, 2] }),
    dated('2026-10-15', { goals: [0, 0, 1, 2, 2], recognition: [0, 1, 1, 1, 1] }),
    dated('2026-10-29', { goals: [0, 1, 1, 2, 1], feedback: [0, 1, 1, 2, 1] }),
    dated('2026-11-12', { goals: [1, 1, 1, 1, 1], feedback: [0, 1, 1, 2, 1] }),
  ];

  it('per step, the latest rating with its date; a series per step; the steps never rated', () => {
    const latest = latestPulse(history);
    assert.deepStrictEqual(Object.keys(latest).map(Number), [1, 6, 7]);
    assert.deepStrictEqual(latest[1], { step: 1, mean: 3, percent: 50, responses: 5, date: '2026-11-12' });
    assert.deepStrictEqual(latest[7], { step: 7, mean: 3.5, percent: 62.5, responses: 4, date: '2026-10-15' });
    assert.deepStrictEqual(
      pulseSeries(history, 6).map((r) => [r.date, r.mean]),
      [
        ['2026-10-01', 4.2],
        ['2026-10-29', 3.6],
        ['2026-11-12', 3.6],
      ],
    );
    assert.deepStrictEqual(stepsNeverRated(history), [2, 3, 4, 5]);
    assert.deepStrictEqual(stepsNeverRated([]), [1, 2, 3, 4, 5, 6, 7]);
  });

  it('a decline is a mean that fell at each of the last 3 ratings of a step (4 ratings, strictly falling)', () => {
    const declines = pulseDeclines(history);
    assert.deepStrictEqual(
      declines.map((d) => [d.step, d.readings.map((r) => r.mean)]),
      [[1, [4.6, 4.2, 3.6, 3]]],
    );
    assert.deepStrictEqual(declines[0].pulses, history, 'the pulses of the run, oldest first');
    // Feedback fell once and then held: no decline. Three falls need four ratings.
    assert.deepStrictEqual(pulseDeclines(history.slice(1)), []);
    assert.deepStrictEqual(
      pulseDeclines(history.slice(1), 2).map((d) => d.step),
      [1],
    );
    // A retro that does not rate the step neither breaks nor makes a run.
    const withGap = [...history.slice(0, 2), dated('2026-10-22', { recognition: [0, 0, 0, 0, 4] }), ...history.slice(2)];
    assert.deepStrictEqual(
      pulseDeclines(withGap).map((d) => d.step),
      [1],
    );
  });

  it("each step's latest rating comes from the last pulse that rated it", () => {
    assert.deepStrictEqual(
      latestRatings(history).map(({ step, rating, pulse }) => [step, rating.mean, pulse.date]),
      [
        [1, 3, '2026-11-12'],
        [6, 3.6, '2026-11-12'],
        // Recognition was rated once, on 2026-10-15, and that rating stays the latest.
        [7, 3.5, '2026-10-15'],
      ],
    );
    assert.deepStrictEqual(latestRatings([]), []);
  });

  it('a gap is a score more than the points above the pulse percentage', () => {
    // 90.5 − 50 = 40.5 > 40; exactly 40 is not more than 40; a step that is n/a has no gap.
    assert.equal(gapPoints(90.5, { percent: 50 }), 40.5);
    assert.equal(gapPoints(90, { percent: 50 }), undefined);
    assert.equal(gapPoints(100, { percent: 65 }), undefined);
    assert.equal(gapPoints(100, { percent: 65 }, 30), 35);
    assert.equal(gapPoints(null, { percent: 0 }), undefined);
  });

  it('a reading in words', () => {
    assert.equal(describeReading({ mean: 2.8, percent: 45, responses: 5 }), '2.8 out of 5 (45%, 5 people)');
    assert.equal(describeReading({ mean: 4, percent: 75, responses: 1 }), '4 out of 5 (75%, 1 person)');
  });
});

describe('the schema on a pulse', () => {
  function schemaFindings(text: string) {
    const workspace = new Workspace({ today: TODAY, rules: RULES });
    const file = TeamFile.fromText('.team/retros/2026-11-30.retro.yaml', text);
    workspace.update(file);
    return workspace.lintFile(file.path)!.findings.filter((f) => f.rule === 'schema');
  }
  const retro = (...pulse: string[]) => ['kind: Retrospective', 'version: 1', 'team: platform', 'date: 2026-11-30', 'pulse:', ...pulse, ''].join('\n');

  it('a valid pulse, an empty one, and one that rates only some steps are fine', () => {
    assert.deepStrictEqual(schemaFindings(retro('  responses: 5', '  goals: [0, 0, 1, 3, 1]', '  feedback: [0, 2, 2, 1, 0]')), []);
    assert.deepStrictEqual(schemaFindings(retro('  responses: 5')), []);
    assert.deepStrictEqual(schemaFindings(retro('  goals: [0, 0, 1, 3, 1]', '  growth:')), [], 'no responses: nothing to compare the sums with');
    assert.deepStrictEqual(schemaFindings(retro('  responses: 5', '  goals: [0, 0, 0, 0, 0]')), []);
  });

  it('one finding at the list for a list that is not five non-negative whole numbers, saying what is wrong', () => {
    const text = retro(
      '  responses: 5',
      '  goals: [0, 0, 1, 3]',
      '  accountability: [0, -1, 1, 3, 1]',
      '  growth: [1, 1.5, 0, 0, 0]',
      '  change: [a, b, c, d, e]',
      '  decisions: 3',
    );
    const findings = schemaFindings(text);
    const at = (needle: string) => findings.filter((f) => f.range.line === lineOf(text, needle));
    const expect = (needle: string, message: RegExp) => {
      const found = at(needle);
      assert.equal(found.length, 1, `one finding on ${needle}`);
      assert.match(found[0].message, message);
      assert.deepStrictEqual(found[0].path, ['pulse', needle.replace(':', '').trim()]);
      // At the list (the value), not at one count.
      assert.equal(found[0].range.column, lineOf(text, needle) && text.split('\n')[lineOf(text, needle) - 1].indexOf(':') + 3);
    };
    expect('goals:', /^pulse\.goals: expected five counts .*it has 4 counts/);
    expect('accountability:', /^pulse\.accountability: .*-1 is not a whole number of 0 or more/);
    expect('growth:', /1\.5 is not a whole number/);
    expect('change:', /"a" is not a whole number/);
    expect('decisions:', /^pulse\.decisions: expected five counts .*found the number 3/);
    assert.equal(findings.length, 5);
  });

  it('counts that add up to more than responses: one finding at that list, even beside a broken one', () => {
    const text = retro('  responses: 4', '  goals: [0, 0, 1, 3, 1]', '  growth: [0, 0, 2, 2, 0]', '  change: [0, 0.5, 0, 0, 0]', '  feedback: [0, 1, 1, 1, 2]');
    const findings = schemaFindings(text);
    assert.deepStrictEqual(
      findings.map((f) => [f.range.line, f.message]),
      [
        [lineOf(text, 'goals:'), 'pulse.goals: the counts add up to 5, more than the 4 responses (each person rates a step at most once)'],
        [lineOf(text, 'change:'), 'pulse.change: expected five counts (how many rated the step 1, 2, 3, 4 and 5), but 0.5 is not a whole number of 0 or more'],
        [lineOf(text, 'feedback:'), 'pulse.feedback: the counts add up to 5, more than the 4 responses (each person rates a step at most once)'],
      ],
    );
  });

  it('responses must be a whole number of 0 or more; a pulse must be a map', () => {
    assert.match(schemaFindings(retro('  responses: many'))[0].message, /^pulse\.responses: expected a number, found "many"/);
    const list = schemaFindings(['kind: Retrospective', 'team: platform', 'date: 2026-11-30', 'pulse: [1, 2, 3]', ''].join('\n'));
    assert.equal(list.length, 1);
    assert.match(list[0].message, /^pulse: expected a map of fields, found a list/);
  });
});
