/** What a state draws: the form tree, where findings show and how many per section, the checklist, the fields by key. */
import { strict as assert } from 'node:assert';
import type { FormState } from '../../../src/shared/protocol.js';
import { stateView } from '../../../webview/stateView.js';
import { charterData, context, finding } from './fixtures.js';

function state(overrides: Partial<FormState> = {}): FormState {
  return {
    version: 2,
    fileName: 'platform.charter.yaml',
    kind: 'charter',
    data: charterData(),
    problem: null,
    schemaErrors: [],
    findings: [
      finding(['purpose', 'why'], { step: 1 }),
      finding(['goals', 1, 'measure'], { step: 2 }),
      finding(['members', 1], { step: 3, rule: 'member-no-growth' }),
    ],
    steps: [1, 2, 3, 4, 5, 6, 7].map((step) => ({ step: step as 1, title: `Step ${step} title`, score: 50, findings: 0 })),
    overall: 50,
    context: context(),
    ...overrides,
  };
}

describe('webview state view: derived once per state', () => {
  it('draws nothing but a banner for a file that could not be read', () => {
    assert.equal(stateView(state({ data: null, problem: { message: 'bad YAML', line: 3 } })), undefined);
  });

  it('builds the form of the file kind, titled with the checklist steps', () => {
    const view = stateView(state())!;
    assert.equal(view.model.title, 'Charter: Platform Team');
    assert.equal(view.model.sections[1].subtitle, 'Step 1 title');
    const retro = stateView(state({ kind: 'retro', data: { kind: 'Retrospective', team: 'platform', date: '2026-11-30' } }))!;
    assert.equal(retro.model.title, 'Retrospective 2026-11-30');
  });

  it('places each finding at its field and counts them per section', () => {
    const view = stateView(state())!;
    assert.equal(view.placed.get(JSON.stringify(['purpose', 'why']))?.length, 1);
    assert.equal(view.placed.get(JSON.stringify(['members', 1]))?.[0].rule, 'member-no-growth');
    assert.deepEqual(Object.fromEntries(view.sectionCounts), { 'step-1': 2, 'step-3': 1 });
    assert.deepEqual(
      view.check.steps.map((s) => s.findings.length),
      [1, 1, 1, 0, 0, 0, 0],
    );
  });

  it('finds every field by its key', () => {
    const view = stateView(state())!;
    assert.equal(view.fieldsByKey.get(JSON.stringify(['goals', 0, 'owner']))?.label, 'Owner');
    assert.equal(view.fieldsByKey.get(JSON.stringify(['purpose', 'statement']))?.value, 'Make every deploy boring.');
  });
});
