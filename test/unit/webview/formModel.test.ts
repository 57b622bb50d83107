/** The form as data: sections in step order, ids from paths, pickers, button labels, new items. */
import { strict as assert } from 'node:assert';
import {
  charterModel,
  fieldsOf,
  multiChoices,
  retroColumns,
  retroModel,
  selectChoices,
  type FieldNode,
  type FormModel,
  type FormNode,
  type ListNode,
} from '../../../webview/formModel.js';
import { pathKey } from '../../../webview/paths.js';
import { charterData, context, retroData } from './fixtures.js';

function fieldAt(model: FormModel, path: (string | number)[]): FieldNode {
  const found = fieldsOf(model).find((f) => f.path && pathKey(f.path) === pathKey(path));
  assert.ok(found, `no field at ${path.join('.')}`);
  return found;
}

function listAt(model: FormModel, path: (string | number)[]): ListNode {
  let found: ListNode | undefined;
  const walk = (node: FormNode) => {
    if (node.type === 'list' && pathKey(node.path) === pathKey(path)) found = node;
    if (node.type === 'list') node.items.forEach(walk);
    if (node.type === 'item' || node.type === 'group') node.children.forEach(walk);
    if (node.type === 'columns') node.lists.forEach(walk);
  };
  model.sections.forEach((s) => s.children.forEach(walk));
  assert.ok(found, `no list at ${path.join('.')}`);
  return found;
}

describe('webview form model', () => {
  describe('charter', () => {
    const model = charterModel(charterData(), context(), { 1: 'Goals aligned with purpose' });

    it('has the header, then one section per step, in order, titled with the step', () => {
      assert.deepEqual(
        model.sections.map((s) => [s.step, s.title]),
        [
          [undefined, 'Charter'],
          [1, 'Purpose and priorities'],
          [2, 'Accountability'],
          [3, 'Members'],
          [4, 'Change'],
          [5, 'Decision rights'],
          [6, 'Feedback'],
          [7, 'Recognition'],
        ],
      );
      assert.equal(model.sections[1].subtitle, 'Goals aligned with purpose');
      assert.equal(model.title, 'Charter: Platform Team');
    });

    it('never lets the team id be written empty (the schema requires it)', () => {
      assert.equal(fieldAt(model, ['id']).required, true);
      assert.equal(fieldAt(model, ['id']).validation, 'slug');
      assert.equal(fieldAt(model, ['team']).required, undefined);
    });

    it('gives every field an id and a key derived from its YAML path', () => {
      const owner = fieldAt(model, ['goals', 0, 'owner']);
      assert.equal(owner.id, 'field-goals-0-owner');
      assert.equal(owner.key, '["goals",0,"owner"]');
      assert.equal(owner.name, 'Owner of goal G1');
      const ids = fieldsOf(model).map((f) => f.id);
      assert.equal(new Set(ids).size, ids.length, 'ids are unique');
    });

    it('draws fields that are missing from the file, empty, so their findings have a place', () => {
      const measure = fieldAt(model, ['goals', 1, 'measure']);
      assert.equal(measure.value, '');
      assert.equal(fieldAt(model, ['purpose', 'why']).value, '');
      assert.equal(fieldAt(model, ['accountability', 'progressReview']).validation, 'cadence');
    });

    it('offers the members as goal owners, and keeps an owner who is not a member visible', () => {
      const g1 = fieldAt(model, ['goals', 0, 'owner']).widget;
      assert.equal(g1.kind, 'select');
      assert.deepEqual(g1.kind === 'select' && g1.options.map((o) => o.value), ['', 'dana', 'lee']);
      const g2 = fieldAt(model, ['goals', 1, 'owner']).widget;
      assert.deepEqual(g2.kind === 'select' && g2.options.at(-1), { value: 'alex', label: 'alex (not a member)', unknown: true });
    });

    it('offers the priorities for supports, keeping an unknown one', () => {
      const supports = fieldAt(model, ['goals', 0, 'supports']);
      assert.deepEqual(supports.value, ['P1', 'P9']);
      assert.deepEqual(supports.widget.kind === 'multi' && supports.widget.options.map((o) => o.label), [
        'P1 — Halve lead time',
        'P2 — Fewer incidents',
        'P9 (not a priority)',
      ]);
    });

    it('offers every member a checkbox under commitment.by', () => {
      const by = fieldAt(model, ['commitment', 'by']);
      assert.equal(by.widget.kind, 'checks');
      assert.deepEqual(by.value, ['dana']);
      assert.deepEqual(by.widget.kind === 'checks' && by.widget.options.map((o) => o.value), ['dana', 'lee']);
    });

    it('suggests team and the members for decidedBy, and other members as coach', () => {
      const decidedBy = fieldAt(model, ['decisions', 'rights', 0, 'decidedBy']).widget;
      assert.deepEqual(decidedBy.kind === 'suggest' && decidedBy.suggestions, ['team', 'dana', 'lee']);
      const coach = fieldAt(model, ['members', 0, 'growth', 'coach']).widget;
      assert.deepEqual(coach.kind === 'suggest' && coach.suggestions, ['lee']);
    });

    it('names list items for their buttons, and prepares the next item', () => {
      const goals = listAt(model, ['goals']);
      assert.deepEqual(
        goals.items.map((i) => i.label),
        ['goal G1', 'goal G2'],
      );
      assert.deepEqual(goals.add.value, { id: 'G3', title: '<what the team wants to achieve>' });
      assert.equal(goals.add.focus, 'title');
      assert.deepEqual(
        listAt(model, ['members']).items.map((i) => i.label),
        ['member dana', 'member lee'],
      );
      const norms = listAt(model, ['feedback', 'norms']);
      assert.equal(norms.items[0].label, 'norm 1');
      assert.equal(norms.items[0].inline, true);
      assert.equal(listAt(model, ['change', 0, 'leaderCommitments']).items[0].label, 'leader commitment 1 of change 1');
    });

    it('offers proposed among the goal statuses, first: an idea, not yet committed', () => {
      const status = fieldAt(model, ['goals', 0, 'status']).widget;
      assert.deepEqual(status.kind === 'select' && status.options.map((o) => o.value), [
        '',
        'proposed',
        'not-started',
        'on-track',
        'at-risk',
        'off-track',
        'done',
      ]);
      const proposed = charterData();
      proposed.goals = [{ id: 'G1', title: 'Self-service previews', status: 'proposed' }];
      const field = fieldAt(charterModel(proposed, context()), ['goals', 0, 'status']);
      assert.equal(field.value, 'proposed');
      assert.ok(field.widget.kind === 'select' && !field.widget.options.some((o) => o.unknown), 'a known status, not "not a status"');
    });

    it('shows the scope under the purpose: what the team owns and what it does not, as lists of texts', () => {
      const data = charterData();
      data.scope = { in: ['Deploy pipeline', 'Rollback tooling'], out: ['Application code'] };
      const m = charterModel(data, context());
      const scope = m.sections[1].children.find((c) => c.type === 'group' && c.label === 'Scope');
      assert.ok(scope && scope.type === 'group');
      assert.equal(scope.id, 'field-scope');
      const inScope = listAt(m, ['scope', 'in']);
      const outScope = listAt(m, ['scope', 'out']);
      assert.deepEqual(
        [inScope.label, inScope.noun, outScope.label, outScope.noun],
        ['In scope: what the team owns', 'in-scope item', 'Out of scope: what it does not', 'out-of-scope item'],
      );
      assert.deepEqual(
        inScope.items.map((i) => [i.label, i.inline, i.id]),
        [
          ['in-scope item 1', true, 'field-scope-in-0'],
          ['in-scope item 2', true, 'field-scope-in-1'],
        ],
      );
      const item = fieldAt(m, ['scope', 'out', 0]);
      assert.deepEqual([item.id, item.name, item.value], ['field-scope-out-0', 'Out-of-scope item 1', 'Application code']);
      assert.equal(inScope.add.value, '', 'a new item starts empty, as in every list of texts');
      const order = fieldsOf(m).map((f) => f.id);
      assert.ok(order.indexOf('field-purpose-why') < order.indexOf('field-scope-in-0'));
      assert.ok(order.indexOf('field-scope-out-0') < order.indexOf('field-priorities-0-id'));
    });

    it('a charter without a scope shows both lists empty, ready to add to', () => {
      const inScope = listAt(model, ['scope', 'in']);
      assert.deepEqual([inScope.items.length, listAt(model, ['scope', 'out']).items.length], [0, 0]);
      assert.equal(inScope.id, 'field-scope-in');
    });

    it('lists fields in form order (the tab order)', () => {
      const order = fieldsOf(model).map((f) => f.id);
      assert.ok(order.indexOf('field-purpose-statement') < order.indexOf('field-goals-0-title'));
      assert.ok(order.indexOf('field-goals-1-status') < order.indexOf('field-commitment-agreed'));
      assert.ok(order.indexOf('field-commitment-by') < order.indexOf('field-accountability-checkIns'));
      assert.ok(order.indexOf('field-recognition-practices-0') > order.indexOf('field-feedback-norms-0'));
    });

    it('passes text through untouched (it is rendered as text, never as markup)', () => {
      const data = charterData();
      data.team = '<img src=x onerror=alert(1)>';
      data.purpose = { statement: "{{constructor.constructor('alert(1)')()}}" };
      const m = charterModel(data, context());
      assert.equal(fieldAt(m, ['team']).value, '<img src=x onerror=alert(1)>');
      assert.equal(fieldAt(m, ['purpose', 'statement']).value, "{{constructor.constructor('alert(1)')()}}");
    });

    it('shows numbers as text and ignores values a text field cannot show', () => {
      const data = charterData();
      data.goals = [{ id: 7, title: { nested: true } }];
      const m = charterModel(data, context());
      assert.equal(fieldAt(m, ['goals', 0, 'id']).value, '7');
      assert.equal(fieldAt(m, ['goals', 0, 'title']).value, '');
    });
  });

  describe('retrospective', () => {
    const model = retroModel(retroData(), context());

    it('has the header, the review, wins, discussion, actions, growth, decisions, change and the pulse', () => {
      assert.deepEqual(
        model.sections.map((s) => s.key),
        ['header', 'previous', 'wins', 'items', 'actions', 'growth', 'decisions', 'change', 'pulse'],
      );
      assert.equal(model.title, 'Retrospective 2026-11-30');
    });

    it('picks the team from the teams with a charter (no "none": it is required), and formats from the fixed list', () => {
      const team = fieldAt(model, ['team']);
      assert.deepEqual(team.widget.kind === 'select' && team.widget.options.map((o) => o.value), ['platform', 'web']);
      assert.equal(team.required, true);
      assert.equal(fieldAt(model, ['date']).required, true);
      const unknown = fieldAt(retroModel({ ...retroData(), team: 'gone' }, context()), ['team']).widget;
      assert.deepEqual(unknown.kind === 'select' && unknown.options.map((o) => o.label), ['platform', 'web', 'gone (no charter has this id)']);
      const format = fieldAt(model, ['format']).widget;
      assert.deepEqual(format.kind === 'select' && format.options.map((o) => o.value), [
        '',
        'start-stop-continue',
        '4ls',
        'mad-sad-glad',
        'sailboat',
        'went-well-improve',
        'custom',
      ]);
    });

    it('shows the format columns, then other keys of items marked as extra', () => {
      const columns = retroColumns('sailboat', { wind: [], kudos: [] });
      assert.deepEqual(columns, [
        { key: 'wind', extra: false },
        { key: 'anchors', extra: false },
        { key: 'rocks', extra: false },
        { key: 'island', extra: false },
        { key: 'kudos', extra: true },
      ]);
      assert.deepEqual(retroColumns('custom', { a: [], b: null }), [
        { key: 'a', extra: false },
        { key: 'b', extra: false },
      ]);
      assert.deepEqual(
        retroColumns('start-stop-continue', undefined).map((c) => c.key),
        ['start', 'stop', 'continue'],
      );
    });

    it('offers "add column" only for a custom format (or none)', () => {
      const columns = (m: FormModel) => m.sections.find((s) => s.key === 'items')!.children[0];
      const sailboat = columns(model);
      assert.ok(sailboat.type === 'columns' && !sailboat.canAddColumn);
      assert.ok(sailboat.type === 'columns' && sailboat.lists.find((l) => l.label === 'Kudos')?.removableColumn === 'kudos');
      const custom = columns(retroModel({ ...retroData(), format: 'custom' }, context()));
      assert.ok(custom.type === 'columns' && custom.canAddColumn);
    });

    it('prefills a new action with the team next free id', () => {
      assert.deepEqual(listAt(model, ['actions']).add.value, { id: 'A-9', title: '<what the team will do>' });
      const m = retroModel({ ...retroData(), actions: [{ id: 'A-9' }] }, context());
      assert.deepEqual(listAt(m, ['actions']).add.value, { id: 'A-10', title: '<what the team will do>' });
    });

    it('picks an action goal from the charter goals', () => {
      const goal = fieldAt(model, ['actions', 0, 'goal']).widget;
      assert.deepEqual(goal.kind === 'select' && goal.options.map((o) => o.label), ['(none)', 'G1 — One-click rollback', 'G2']);
    });

    it('picks the step an action improves by its name, and removes it with "(none)"', () => {
      const step = fieldAt(model, ['actions', 0, 'step']);
      assert.equal(step.id, 'field-actions-0-step');
      assert.equal(step.label, 'Step');
      assert.equal(step.name, 'Step of action A-8');
      assert.equal(step.value, '', 'no step yet');
      assert.deepEqual(step.write, { kind: 'step' });
      assert.deepEqual(step.widget.kind === 'select' && step.widget.options.map((o) => [o.value, o.label]), [
        ['', '(none)'],
        ['goals', '1. Goals aligned with purpose'],
        ['accountability', '2. Accountability and transparency'],
        ['growth', '3. Growing future leaders'],
        ['change', '4. Leading by example through change'],
        ['decisions', '5. Empowered decisions'],
        ['feedback', '6. A feedback-driven environment'],
        ['recognition', '7. Celebrating successes'],
      ]);
      const order = fieldsOf(model).map((f) => f.id);
      assert.equal(order.indexOf('field-actions-0-step'), order.indexOf('field-actions-0-goal') + 1, 'after the goal');
    });

    it('shows a step written as a key or as its number as the same choice', () => {
      const stepOf = (step: unknown) => fieldAt(retroModel({ ...retroData(), actions: [{ id: 'A-8', title: 'x', step }] }, context()), ['actions', 0, 'step']);
      assert.equal(stepOf('decisions').value, 'decisions');
      assert.equal(stepOf(5).value, 'decisions');
      assert.equal(stepOf(1).value, 'goals');
      const unknown = stepOf(9).widget;
      assert.deepEqual(unknown.kind === 'select' && unknown.options.at(-1), { value: '9', label: '9 (not a step)', unknown: true });
    });

    it('shows each decision with who decided: plain text as it is, { text, by } by its parts', () => {
      const m = retroModel(
        { ...retroData(), decisions: ['Trunk-based development', { text: 'Drop the Friday train', by: 'team' }, { text: 'Pin Node 22' }] },
        context(),
      );
      const decisions = listAt(m, ['decisions']);
      assert.deepEqual(
        decisions.items.map((i) => [i.label, i.inline, i.id]),
        [
          ['decision 1', false, 'field-decisions-0'],
          ['decision 2', false, 'field-decisions-1'],
          ['decision 3', false, 'field-decisions-2'],
        ],
      );
      const fields = (index: number) => decisions.items[index].children.map((c) => (c.type === 'field' ? [c.label, c.name, c.id, c.path, c.value] : c.type));
      assert.deepEqual(fields(0), [
        ['Decision', 'Decision 1', 'field-decisions-0-text', ['decisions', 0], 'Trunk-based development'],
        ['Who decided', 'Who decided decision 1', 'field-decisions-0-by', ['decisions', 0, 'by'], ''],
      ]);
      assert.deepEqual(fields(1), [
        ['Decision', 'Decision 2', 'field-decisions-1-text', ['decisions', 1, 'text'], 'Drop the Friday train'],
        ['Who decided', 'Who decided decision 2', 'field-decisions-1-by', ['decisions', 1, 'by'], 'team'],
      ]);
      assert.deepEqual(fields(2)[1], ['Who decided', 'Who decided decision 3', 'field-decisions-2-by', ['decisions', 2, 'by'], '']);
      const by = fieldAt(m, ['decisions', 1, 'by']);
      assert.deepEqual(by.widget.kind === 'suggest' && by.widget.suggestions, ['team', 'dana', 'lee']);
      assert.deepEqual(by.write, { kind: 'decision', index: 1, part: 'by', sibling: '["decisions",1,"text"]' });
      assert.deepEqual(fieldAt(m, ['decisions', 0]).write, { kind: 'decision', index: 0, part: 'text', sibling: '["decisions",0,"by"]' });
      assert.deepEqual(decisions.add, { value: '', focus: 'text' }, 'a new decision is plain text, its text field focused');
    });

    it("a decision's text field keeps its key when the decision changes shape, so what is typed in it stays", () => {
      const plain = fieldAt(model, ['decisions', 0]);
      const map = fieldAt(retroModel({ ...retroData(), decisions: [{ text: 'Trunk-based development', by: 'team' }] }, context()), ['decisions', 0, 'text']);
      assert.equal(plain.key, map.key);
      assert.equal(plain.id, map.id);
    });

    it('has review fields for unlisted open actions that write through the review intent', () => {
      const review = model.sections.find((s) => s.key === 'previous')!.children[0];
      assert.ok(review.type === 'review');
      const a6 = review.rows.find((r) => r.row.id === 'A-6')!;
      assert.equal(a6.status.path, null);
      assert.deepEqual(a6.status.write, { kind: 'review', actionId: 'A-6', field: 'status' });
      assert.equal(a6.note.disabledReason, 'Choose a status first');
      const a7 = review.rows.find((r) => r.row.id === 'A-7')!;
      assert.deepEqual(a7.status.path, ['previousActions', 0, 'status']);
      assert.equal(a7.status.id, 'field-previousActions-0-status');
      assert.equal(a7.note.disabledReason, undefined);
      const statuses = a6.status.widget;
      assert.deepEqual(statuses.kind === 'select' && statuses.options.map((o) => o.label), [
        '(not reviewed)',
        'done',
        'in-progress',
        'carried',
        'blocked',
        'deferred',
        'dropped',
      ]);
    });
  });

  describe('the review of an open action', () => {
    const rowOf = (previousActions: unknown[], id: string) => {
      const review = retroModel({ ...retroData(), previousActions }, context()).sections.find((s) => s.key === 'previous')!.children[0];
      assert.ok(review.type === 'review');
      return review.rows.find((r) => r.row.id === id)!;
    };

    it('asks "Deferred until" once the action is deferred, as a date written on its entry, and not before', () => {
      const deferred = rowOf([{ id: 'A-6', status: 'deferred' }], 'A-6');
      assert.ok(deferred.until);
      assert.equal(deferred.until.label, 'Deferred until');
      assert.equal(deferred.until.name, 'Action A-6 deferred until');
      assert.equal(deferred.until.widget.kind, 'date');
      assert.equal(deferred.until.validation, 'date');
      assert.deepEqual(deferred.until.path, ['previousActions', 0, 'until']);
      assert.deepEqual(deferred.until.write, { kind: 'review', actionId: 'A-6', field: 'until' });
      assert.equal(deferred.status.name, 'Status of action A-6');
      assert.equal(deferred.note.name, 'Note on action A-6');
      assert.equal(rowOf([{ id: 'A-6', status: 'carried' }], 'A-6').until, undefined);
      assert.equal(rowOf([], 'A-6').until, undefined, 'not listed yet: a status comes first');
      // A date in the file stays in view whatever the status says now.
      assert.equal(rowOf([{ id: 'A-6', status: 'carried', until: '2027-01-10' }], 'A-6').until?.value, '2027-01-10');
    });

    it('the form walks the until field with the others, in order: status, until, note', () => {
      const model = retroModel(
        { ...retroData(), previousActions: [{ id: 'A-6', status: 'deferred', until: '2027-01-10', note: 'After the freeze' }] },
        context(),
      );
      const keys = fieldsOf(model)
        .filter((f) => f.write.kind === 'review' && f.write.actionId === 'A-6')
        .map((f) => f.write.kind === 'review' && f.write.field);
      assert.deepEqual(keys, ['status', 'until', 'note']);
    });

    it('a new retro lists the open actions with no status: the form shows each as not reviewed yet, ready for a status', () => {
      const row = rowOf([{ id: 'A-6' }], 'A-6');
      assert.deepEqual(row.status.path, ['previousActions', 0, 'status']);
      assert.equal(row.status.value, '');
      const picker = row.status.widget;
      assert.equal(picker.kind === 'select' && picker.options.find((o) => o.value === '')?.label, '(not reviewed)');
      assert.equal(row.until, undefined);
    });

    it('shows the placeholders a quick fix wrote as hints to type over', () => {
      const row = rowOf([{ id: 'A-6', status: 'deferred', until: '<YYYY-MM-DD>', note: '<why, or what happened>' }], 'A-6');
      assert.deepEqual([row.until?.value, row.until?.placeholder], ['', '<YYYY-MM-DD>']);
      assert.deepEqual([row.note.value, row.note.placeholder], ['', '<why, or what happened>']);
    });
  });

  describe('placeholders', () => {
    it("the project's own placeholders show as the field's hint, with the field empty so that typing replaces them", () => {
      const data = charterData();
      data.purpose = { statement: 'Make deploys boring', why: '<why this purpose matters>' };
      const why = fieldAt(charterModel(data, context()), ['purpose', 'why']);
      assert.equal(why.value, '');
      assert.equal(why.placeholder, '<why this purpose matters>');
    });

    it("other text in angle brackets is the user's own, and shows as it is", () => {
      const data = charterData();
      data.purpose = { statement: 'Make deploys boring', why: '<ask dana>' };
      const why = fieldAt(charterModel(data, context()), ['purpose', 'why']);
      assert.equal(why.value, '<ask dana>');
    });

    it('a member added and not named yet is nobody to pick as an owner or to tick as agreeing', () => {
      const data = charterData();
      data.members = [{ name: 'dana' }, { name: '<name>' }];
      const model = charterModel(data, context());
      const owner = fieldAt(model, ['goals', 0, 'owner']).widget;
      assert.ok(owner.kind === 'select');
      assert.ok(!owner.options.some((o) => o.value === '<name>'), owner.options.map((o) => o.label).join());
      const by = fieldAt(model, ['commitment', 'by']).widget;
      assert.ok(by.kind === 'checks' && !by.options.some((o) => o.value === '<name>'));
    });

    it('a picker whose value is still a placeholder says it is to fill in', () => {
      assert.deepEqual(selectChoices(['dana'], '<name>', 'not a member').at(-1), { value: '<name>', label: '<name> (to fill in)', unknown: true });
    });
  });

  describe('pickers', () => {
    it('single choice: none first, then the choices, then an unknown current value', () => {
      assert.deepEqual(selectChoices(['a', 'b'], 'b'), [
        { value: '', label: '(none)' },
        { value: 'a', label: 'a' },
        { value: 'b', label: 'b' },
      ]);
      assert.deepEqual(selectChoices(['a'], 'z', 'not a member').at(-1), { value: 'z', label: 'z (not a member)', unknown: true });
    });

    it('multiple choice: the choices, then unknown current values', () => {
      assert.deepEqual(
        multiChoices(['a'], ['x', 'a']).map((c) => c.value),
        ['a', 'x'],
      );
    });
  });
});
