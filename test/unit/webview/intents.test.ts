/** UI actions become YAML edits. */
import { strict as assert } from 'node:assert';
import { PLACEHOLDER, isPlaceholder } from '../../../src/core/format/placeholders.js';
import { nextActionId } from '../../../src/core/format/membersAndActions.js';
import { addColumn, addItem, moveItem, newItem, nextId, removeColumn, removeItem, reviewAction, setField, tickName } from '../../../webview/intents.js';
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
