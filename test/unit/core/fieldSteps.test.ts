/**
 * A rule of step 'field' (text-vague) judges fields of several steps: each of
 * its findings and passes names the step of its field, counts in that step's
 * score, and the finding says that step. Config severities and suppression
 * comments apply to it as to any rule.
 */
import { strict as assert } from 'node:assert';
import { parseConfig } from '../../../src/core/engine/config';
import { defineRule, type Rule } from '../../../src/core/engine/rule';
import { Workspace } from '../../../src/core/engine/workspace';
import type { Tally } from '../../../src/core/engine/score';
import { TeamFile } from '../../../src/core/format/teamFile';
import { TODAY } from '../helpers';

/** Passes purpose.statement at step 1, fails purpose.why at step 1 and each norm at step 6. */
const probe = defineRule({
  id: 'probe-field',
  step: 'field',
  severity: 'warning',
  on: ['C'],
  kinds: ['charter'],
  docs: { summary: '', rationale: '', howToFix: '', example: '' },
  checkFile({ data, report, pass }) {
    pass(1, 1);
    report({ path: ['purpose', 'why'], step: 1, message: 'why at step 1' });
    const norms = (data.feedback as { norms?: unknown[] } | undefined)?.norms ?? [];
    norms.forEach((_, index) => report({ path: ['feedback', 'norms', index], step: 6, message: 'a norm at step 6' }));
    pass(2, 6);
  },
});

/** Fails once without saying a step: a rule's slip, which counts nowhere rather than at a guessed step. */
const careless = defineRule({
  id: 'probe-careless',
  step: 'field',
  severity: 'warning',
  on: ['C'],
  kinds: ['charter'],
  docs: { summary: '', rationale: '', howToFix: '', example: '' },
  checkFile({ report, pass }) {
    pass();
    report({ path: ['purpose'], message: 'no step' });
  },
});

const CHARTER = `kind: Charter
version: 1
id: platform
team: Platform
purpose:
  statement: Make every deploy boring.
  why: Quality.
feedback:
  norms:
    # teamcharter-disable-next-line probe-field
    - Be transparent
    - Be open
`;

function lint(rules: Rule[], config = '') {
  const parsed = parseConfig('teamcharter.config.yaml', config, rules);
  const workspace = new Workspace({ today: TODAY, rules, configFor: () => parsed });
  workspace.update(TeamFile.fromText('.team/platform.charter.yaml', CHARTER));
  return workspace.lintFile('.team/platform.charter.yaml')!;
}

/** [passed, failed, passedWeight, failedWeight] per step 1..7. */
function counts(tally: Tally): number[][] {
  return ([1, 2, 3, 4, 5, 6, 7] as const).map((step) => [tally[step].passed, tally[step].failed, tally[step].passedWeight, tally[step].failedWeight]);
}

describe("rules of step 'field': a step per finding and per pass", () => {
  it('counts each finding and pass in the step it names, weighed by the rule severity', () => {
    const result = lint([probe]);
    assert.deepStrictEqual(counts(result.tally), [
      // purpose.statement passed, purpose.why failed
      [1, 1, 2, 2],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
      // two passes; two norms failed, one of them suppressed (and so not counted)
      [2, 1, 4, 2],
      [0, 0, 0, 0],
    ]);
    assert.equal(result.suppressed, 1);
    assert.deepStrictEqual(
      result.findings.map((f) => [f.rule, f.step, f.severity, f.message]),
      [
        ['probe-field', 1, 'warning', 'why at step 1'],
        ['probe-field', 6, 'warning', 'a norm at step 6'],
      ],
    );
  });

  it('takes the severity and the off switch from the config, by the rule id', () => {
    const info = lint([probe], 'rules:\n  probe-field: info\n');
    assert.deepStrictEqual(counts(info.tally)[0], [1, 1, 1, 1]);
    assert.deepStrictEqual(
      info.findings.map((f) => f.severity),
      ['info', 'info'],
    );
    const off = lint([probe], 'rules:\n  probe-field: off\n');
    assert.deepStrictEqual(off.findings, []);
    assert.ok(counts(off.tally).every((row) => row.every((n) => n === 0)));
  });

  it('a finding or pass that names no step counts in no score, and the finding says step 0', () => {
    const result = lint([careless]);
    assert.ok(counts(result.tally).every((row) => row.every((n) => n === 0)));
    assert.deepStrictEqual(
      result.findings.map((f) => [f.rule, f.step]),
      [['probe-careless', 0]],
    );
  });
});
