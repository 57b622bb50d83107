/** UI actions become YAML edits. */
import { strict as assert } from 'node:assert';
import { PLACEHOLDER, isPlaceholder } from '../../../src/core/format/placeholders.js';
import { nextActionId } from '../../../src/core/format/membersAndActions.js';
import {
  addColumn,
  addItem,
  moveItem,
  newItem,
  nextId,
  removeColumn,
  removeItem,
  reviewAction,
  setDecision,
  setField,
  setStep,
  tickName,
} from '../../../webview/intents.js';
import { parseFieldText } from '../../../webview/values.js';

const goals = [{ id: 'G1' }, { id: 'G2' }, { id: 'G4', title: 'x' }];

describe('webview intents: UI actions as YAML edits', () => {
  it('adds a goal with the next id after the highest one', () => {
    const value = newItem('goals', goals);
    assert.deepEqual(value, { id: 'G5', title: PLACEHOLDER.goalTitle });
    assert.deepEqual(addItem(['goals'], value), { op: 'append', path: ['goals'], value: { id: 'G5', title: '<what the team wants to achieve>' } });
  });

  it('starts numbering at 1 and ignores ids in other schemes', () => {
    assert.equal(nextId('G', undefined), 'G1');
    assert.equal(nextId('G', [{ id: 'growth' }, { id: 'G-3' }, 'G9', null]), 'G1');
    assert.equal(nextId('P', [{ id: 'P2' }, { id: 'P10' }]), 'P11');
  });

  it('prefills a new retro action with the team next id, past any id this retro already uses', () => {
    assert.deepEqual(newItem('actions', [], 'A-9'), { id: 'A-9', title: PLACEHOLDER.actionTitle });
    assert.deepEqual(newItem('actions', [{ id: 'A-9' }, { id: 'A-10' }], 'A-9'), { id: 'A-11', title: PLACEHOLDER.actionTitle });
    assert.equal(nextActionId(['A-9'], 'A-9'), 'A-10');
    assert.equal(nextActionId(['A-9', 'A-10'], 'A-9'), 'A-11');
    assert.equal(nextActionId(['A-14'], 'A-9'), 'A-15');
    assert.equal(nextActionId([], ''), 'A-1');
  });

  it("new items of other lists start with the key that names them, as the project's placeholder", () => {
    assert.deepEqual(newItem('members', []), { name: '<name>' });
    assert.deepEqual(newItem('priorities', [{ id: 'P1' }]), { id: 'P2', title: PLACEHOLDER.priorityTitle });
    assert.deepEqual(newItem('wins', []), { text: PLACEHOLDER.winText });
    assert.deepEqual(newItem('change', []), { title: PLACEHOLDER.changeTitle });
    assert.deepEqual(newItem('rights', []), { area: PLACEHOLDER.area });
    assert.deepEqual(newItem('growth', []), { who: PLACEHOLDER.name, note: PLACEHOLDER.growthNote });
    assert.equal(newItem('text', ['a norm']), '');
  });

  it('a new item, left as it was added, says nothing yet: every value but its id is a placeholder in angle brackets', () => {
    for (const kind of ['priorities', 'goals', 'members', 'change', 'rights', 'wins', 'actions', 'growth', 'text'] as const) {
      const item = newItem(kind, []);
      assert.ok(isPlaceholder(item), `${kind}: ${JSON.stringify(item)}`);
      if (typeof item !== 'object' || item === null) continue;
      for (const [key, value] of Object.entries(item)) if (key !== 'id') assert.match(String(value), /^<.+>$/, `${kind}.${key}`);
    }
  });

  it('removes a member by index', () => {
    assert.deepEqual(removeItem(['members'], 2), { op: 'delete', path: ['members', 2] });
  });

  it('moves an item up or down, and not past either end', () => {
    assert.deepEqual(moveItem(['goals'], 3, 1, -1), { op: 'move', path: ['goals'], from: 1, to: 0 });
    assert.deepEqual(moveItem(['feedback', 'norms'], 3, 1, 1), { op: 'move', path: ['feedback', 'norms'], from: 1, to: 2 });
    assert.equal(moveItem(['goals'], 3, 0, -1), undefined);
    assert.equal(moveItem(['goals'], 3, 2, 1), undefined);
  });

  it('clears a field with null, and sets typed text as it is', () => {
    const cleared = parseFieldText('');
    assert.ok(cleared.ok);
    assert.deepEqual(setField(['goals', 0, 'measure'], cleared.value), { op: 'set', path: ['goals', 0, 'measure'], value: null });
    const typed = parseFieldText('  spaced  ');
    assert.ok(typed.ok);
    assert.deepEqual(setField(['purpose', 'why'], typed.value), { op: 'set', path: ['purpose', 'why'], value: '  spaced  ' });
  });

  describe('reviewing an open action', () => {
    const previous = [{ id: 'A-6', status: 'carried' }, { id: 'A-7' }];

    it('appends {id, status} for an action not listed yet', () => {
      assert.deepEqual(reviewAction(previous, 'A-8', 'status', 'done'), { op: 'append', path: ['previousActions'], value: { id: 'A-8', status: 'done' } });
      assert.deepEqual(reviewAction(undefined, 'A-1', 'status', 'dropped'), {
        op: 'append',
        path: ['previousActions'],
        value: { id: 'A-1', status: 'dropped' },
      });
    });

    it('sets the status of an action already listed', () => {
      assert.deepEqual(reviewAction(previous, 'A-7', 'status', 'in-progress'), { op: 'set', path: ['previousActions', 1, 'status'], value: 'in-progress' });
      assert.deepEqual(reviewAction(previous, 'A-6', 'status', null), { op: 'set', path: ['previousActions', 0, 'status'], value: null });
    });

    it('sets the note of a listed action, and writes no note for an unlisted one (listing takes a status)', () => {
      assert.deepEqual(reviewAction(previous, 'A-6', 'note', 'Waiting on runners'), {
        op: 'set',
        path: ['previousActions', 0, 'note'],
        value: 'Waiting on runners',
      });
      assert.equal(reviewAction(previous, 'A-8', 'note', 'text'), undefined);
      assert.equal(reviewAction(previous, 'A-8', 'status', null), undefined);
    });
  });

  describe("a retro action's step", () => {
    const path = ['actions', 0, 'step'];

    it('writes the pulse key picked, or its number where the file names the step by number', () => {
      assert.deepEqual(setStep(path, undefined, 'decisions'), { op: 'set', path, value: 'decisions' });
      assert.deepEqual(setStep(path, 'goals', 'decisions'), { op: 'set', path, value: 'decisions' });
      assert.deepEqual(setStep(path, 2, 'decisions'), { op: 'set', path, value: 5 });
    });

    it('"(none)" removes the key', () => {
      assert.deepEqual(setStep(path, 'growth', null), { op: 'delete', path });
      assert.deepEqual(setStep(path, 3, null), { op: 'delete', path });
    });
  });

  describe('a retro decision and who took it', () => {
    const decisions = ['Adopt trunk', { text: 'Drop the train', by: 'raj' }, { text: 'Pin Node 22' }, null, '<what is decided>'];

    it('a plain decision stays plain text while nobody is named', () => {
      assert.deepEqual(setDecision(decisions, 0, 'text', 'Adopt trunk-based development', ''), {
        op: 'set',
        path: ['decisions', 0],
        value: 'Adopt trunk-based development',
      });
      assert.deepEqual(setDecision(decisions, 0, 'text', null, ''), { op: 'set', path: ['decisions', 0], value: null });
      assert.equal(setDecision(decisions, 0, 'by', null, 'Adopt trunk'), undefined, 'nobody to clear');
    });

    it('naming who took a plain decision makes it { text, by }, with its text as the form shows it', () => {
      assert.deepEqual(setDecision(decisions, 0, 'by', 'team', 'Adopt trunk'), {
        op: 'set',
        path: ['decisions', 0],
        value: { text: 'Adopt trunk', by: 'team' },
      });
      assert.deepEqual(setDecision(decisions, 0, 'by', 'team', 'Adopt trunk, typed further'), {
        op: 'set',
        path: ['decisions', 0],
        value: { text: 'Adopt trunk, typed further', by: 'team' },
      });
      assert.deepEqual(setDecision(decisions, 3, 'by', 'dana', ''), { op: 'set', path: ['decisions', 3], value: { text: '', by: 'dana' } });
      // The text shows empty because it is the project's placeholder: the placeholder goes with it.
      assert.deepEqual(setDecision(decisions, 4, 'by', 'dana', ''), { op: 'set', path: ['decisions', 4], value: { text: '<what is decided>', by: 'dana' } });
    });

    it('text typed while who took it is on its way carries it', () => {
      assert.deepEqual(setDecision(decisions, 0, 'text', 'Adopt trunk now', 'team'), {
        op: 'set',
        path: ['decisions', 0],
        value: { text: 'Adopt trunk now', by: 'team' },
      });
    });

    it('a { text, by } decision changes part by part', () => {
      assert.deepEqual(setDecision(decisions, 1, 'text', 'Drop the Friday train', 'raj'), {
        op: 'set',
        path: ['decisions', 1, 'text'],
        value: 'Drop the Friday train',
      });
      assert.deepEqual(setDecision(decisions, 1, 'by', 'the release captain', 'x'), { op: 'set', path: ['decisions', 1, 'by'], value: 'the release captain' });
      assert.deepEqual(setDecision(decisions, 2, 'by', 'team', 'x'), { op: 'set', path: ['decisions', 2, 'by'], value: 'team' });
    });

    it('clearing who took it removes `by` and leaves { text }', () => {
      assert.deepEqual(setDecision(decisions, 1, 'by', null, 'Drop the train'), { op: 'delete', path: ['decisions', 1, 'by'] });
      assert.equal(setDecision(decisions, 2, 'by', null, 'Pin Node 22'), undefined, 'no by to remove');
    });

    it('nothing for a decision that is not there any more', () => {
      assert.equal(setDecision(decisions, 9, 'by', 'team', 'x'), undefined);
      assert.equal(setDecision(undefined, 0, 'text', 'x'), undefined);
    });
  });

  describe('ticking names', () => {
    it('appends a ticked name', () => {
      assert.deepEqual(tickName(['commitment', 'by'], ['dana'], 'lee', true), { op: 'append', path: ['commitment', 'by'], value: 'lee' });
      assert.equal(tickName(['commitment', 'by'], ['dana'], 'dana', true), undefined);
    });

    it('deletes an unticked name in place when the list shown is the document', () => {
      assert.deepEqual(tickName(['attendees'], ['dana', 'lee', 'sam'], 'lee', false, true), { op: 'delete', path: ['attendees', 1] });
    });

    it('sets the whole list when edits of it are still on their way', () => {
      assert.deepEqual(tickName(['attendees'], ['dana', 'lee', 'sam'], 'lee', false, false), { op: 'set', path: ['attendees'], value: ['dana', 'sam'] });
    });

    it('clears the field when the last name is unticked', () => {
      assert.deepEqual(tickName(['attendees'], ['dana'], 'dana', false, true), { op: 'set', path: ['attendees'], value: null });
    });
  });

  describe('custom retro columns', () => {
    it('adds a column as an empty list', () => {
      assert.deepEqual(addColumn({ kudos: ['x'] }, ' puzzles '), { ok: true, edit: { op: 'set', path: ['items', 'puzzles'], value: [] } });
    });

    it('refuses an empty or existing name', () => {
      assert.equal(addColumn({}, '  ').ok, false);
      const dup = addColumn({ kudos: [] }, 'kudos');
      assert.ok(!dup.ok && dup.message.includes('kudos'));
    });

    it('removes a column', () => {
      assert.deepEqual(removeColumn('kudos'), { op: 'delete', path: ['items', 'kudos'] });
    });
  });
});
