/**
 * Typing in the form, driven with a fake clock: when text is sent, what a save's
 * flush sends, text that cannot be written yet, and what replies (in any order)
 * and states make of a field.
 */
import { strict as assert } from 'node:assert';
import type { FormContext, Reply, YamlEdit, YamlPath } from '../../../src/shared/protocol.js';
import { EditGate } from '../../../webview/editGate.js';
import { DATE_DEBOUNCE_MS, DEBOUNCE_MS, FieldEditor, type FieldHost } from '../../../webview/fieldEditor.js';
import { charterModel, fieldsOf, retroModel, type FieldNode } from '../../../webview/formModel.js';
import { at } from '../../../webview/model/builders.js';
import { pathKey } from '../../../webview/paths.js';
import { FakeClock } from './fakeClock.js';
import { charterData, context, retroData } from './fixtures.js';

/** The form around the field editor: a document that only changes when the test says so. */
class FakeForm implements FieldHost {
  readonly clock = new FakeClock();
  readonly gate = new EditGate();
  readonly editor = new FieldEditor(this, this.clock);
  readOnly = false;
  posted: { id: number; edit: YamlEdit }[] = [];
  redraws = 0;
  version = 1;
  private fields = new Map<string, FieldNode>();

  constructor(
    private readonly kind: 'charter' | 'retro',
    public data: Record<string, unknown>,
    private readonly formContext: FormContext = context(),
  ) {
    this.show(data, 1);
  }

  /** The extension sends a state of the document. */
  show(data: Record<string, unknown>, version: number): void {
    this.data = data;
    this.version = version;
    const model = this.kind === 'charter' ? charterModel(data, this.formContext) : retroModel(data, this.formContext);
    this.fields = new Map(fieldsOf(model).map((f) => [f.key, f]));
    this.gate.shown(version);
    this.editor.stateShown(this.fields.values());
  }

  /** The extension answers a request. */
  reply(id: number, outcome: Reply['outcome'], version = this.version): void {
    const reply: Reply = { type: 'reply', id, outcome, version };
    this.gate.replied(reply);
    this.editor.replied(reply, this.version);
  }

  field(path: YamlPath | string): FieldNode {
    const found = this.fields.get(typeof path === 'string' ? path : pathKey(path));
    assert.ok(found, `no field ${JSON.stringify(path)}`);
    return found;
  }

  shown(path: YamlPath | string): string {
    return this.editor.shown(this.field(path));
  }

  latest(key: string): FieldNode | undefined {
    return this.fields.get(key);
  }

  valueAt(path: YamlPath): unknown {
    return at(this.data, ...path);
  }

  post(edit: YamlEdit): number {
    this.posted.push({ id: this.posted.length + 1, edit });
    return this.posted.length;
  }

  redraw(): void {
    this.redraws++;
  }
}

/** The charter with purpose.why set to `why`. */
function charterWith(why: string): Record<string, unknown> {
  const data = charterData();
  return { ...data, purpose: { ...(data.purpose as object), why } };
}

const WHY = ['purpose', 'why'];

describe('webview field editing: typing, flushing, invalid values, replies', () => {
  describe('when typed text is sent', () => {
    it('sends a burst of typing once, after a pause', () => {
      const form = new FakeForm('charter', charterData());
      const why = form.field(WHY);
      form.editor.focus(why);
      form.editor.input(why, 'D');
      form.clock.advance(100);
      form.editor.input(why, 'De');
      form.clock.advance(DEBOUNCE_MS - 1);
      form.editor.input(why, 'Deploys hurt');
      form.clock.advance(DEBOUNCE_MS - 1);
      assert.equal(form.posted.length, 0, 'nothing is sent while typing goes on');
      form.clock.advance(1);
      assert.deepEqual(form.posted, [{ id: 1, edit: { op: 'set', path: WHY, value: 'Deploys hurt' } }]);
      form.clock.advance(10_000);
      assert.equal(form.posted.length, 1, 'and only once');
    });

    it('waits longer in a date field (a year typed digit by digit is a valid date on the way)', () => {
      const form = new FakeForm('charter', charterData());
      const due = form.field(['goals', 0, 'due']);
      form.editor.input(due, '2027-04-30');
      form.clock.advance(DEBOUNCE_MS);
      assert.equal(form.posted.length, 0);
      form.clock.advance(DATE_DEBOUNCE_MS - DEBOUNCE_MS);
      assert.deepEqual(
        form.posted.map((p) => p.edit),
        [{ op: 'set', path: ['goals', 0, 'due'], value: '2027-04-30' }],
      );
    });

    it('a flush (before a save) sends typed text at once, and nothing is sent twice', () => {
      const form = new FakeForm('charter', charterData());
      const why = form.field(WHY);
      const measure = form.field(['goals', 1, 'measure']);
      form.editor.input(why, 'Deploys hurt');
      form.editor.input(measure, 'Builds under 5 minutes');
      form.clock.advance(DEBOUNCE_MS / 2);
      form.editor.flushAll(false);
      assert.deepEqual(
        form.posted.map((p) => p.edit),
        [
          { op: 'set', path: WHY, value: 'Deploys hurt' },
          { op: 'set', path: ['goals', 1, 'measure'], value: 'Builds under 5 minutes' },
        ],
      );
      assert.equal(form.clock.waiting, 0, 'no timer is left to send it again');
      form.clock.advance(10_000);
      assert.equal(form.posted.length, 2);
    });

    it('sends at once on change and when the field is left', () => {
      const form = new FakeForm('charter', charterData());
      const why = form.field(WHY);
      form.editor.commit(why, 'Deploys hurt');
      assert.equal(form.posted.length, 1);
      const tracking = form.field(['accountability', 'tracking']);
      form.editor.focus(tracking);
      form.editor.input(tracking, 'https://example.org/new-board');
      form.editor.blur(tracking);
      assert.deepEqual(form.posted[1].edit, { op: 'set', path: ['accountability', 'tracking'], value: 'https://example.org/new-board' });
    });

    it('sends nothing from a read-only form', () => {
      const form = new FakeForm('charter', charterData());
      form.readOnly = true;
      form.editor.input(form.field(WHY), 'x');
      form.editor.commit(form.field(WHY), 'x');
      form.editor.select(form.field(['goals', 0, 'owner']), 'dana');
      form.clock.advance(10_000);
      form.editor.flushAll(true);
      assert.equal(form.posted.length, 0);
    });

    it('a pick or a tick is sent at once', () => {
      const form = new FakeForm('charter', charterData());
      form.editor.select(form.field(['goals', 1, 'owner']), 'lee');
      form.editor.tick(form.field(['commitment', 'by']), 'lee', true);
      assert.deepEqual(
        form.posted.map((p) => p.edit),
        [
          { op: 'set', path: ['goals', 1, 'owner'], value: 'lee' },
          { op: 'append', path: ['commitment', 'by'], value: 'lee' },
        ],
      );
      assert.deepEqual(form.editor.shownList(form.field(['commitment', 'by'])), ['dana', 'lee']);
    });
  });

  describe('text that cannot be written yet', () => {
    it('holds an invalid cadence, says so once the user is done with the field, and sends it once it is valid', () => {
      const form = new FakeForm('charter', charterData());
      const checkIns = form.field(['accountability', 'checkIns']);
      form.editor.focus(checkIns);
      form.editor.input(checkIns, 'every 3');
      form.clock.advance(DEBOUNCE_MS);
      assert.equal(form.posted.length, 0);
      assert.equal(form.editor.invalidText(checkIns), undefined, 'no note while typing');
      form.editor.blur(checkIns);
      assert.match(form.editor.invalidText(checkIns) ?? '', /^Not saved yet: weekly, biweekly/);
      const redraws = form.redraws;
      form.editor.focus(checkIns);
      form.editor.input(checkIns, 'every 3 weeks');
      assert.equal(form.editor.invalidText(checkIns), undefined, 'the note goes as soon as the text is valid');
      assert.ok(form.redraws > redraws);
      form.clock.advance(DEBOUNCE_MS);
      assert.deepEqual(
        form.posted.map((p) => p.edit),
        [{ op: 'set', path: ['accountability', 'checkIns'], value: 'every 3 weeks' }],
      );
    });

    it('keeps the held text when another field changes, and shows the document again when that field changes elsewhere', () => {
      const form = new FakeForm('charter', charterData());
      const checkIns = form.field(['accountability', 'checkIns']);
      form.editor.focus(checkIns);
      form.editor.commit(checkIns, 'every 3');
      form.editor.blur(checkIns);
      form.show(charterWith('Deploys hurt'), 2);
      assert.equal(form.shown(['accountability', 'checkIns']), 'every 3');
      assert.ok(form.editor.invalidText(form.field(['accountability', 'checkIns'])));
      const data = charterData();
      form.show({ ...data, accountability: { checkIns: 'monthly' } }, 3);
      assert.equal(form.shown(['accountability', 'checkIns']), 'monthly');
      assert.equal(form.editor.invalidText(form.field(['accountability', 'checkIns'])), undefined);
    });

    it('never empties a required field', () => {
      const form = new FakeForm('charter', charterData());
      const id = form.field(['id']);
      form.editor.commit(id, '');
      assert.equal(form.posted.length, 0);
      assert.equal(form.editor.invalidText(id), 'Not saved yet: this field is required');
    });

    it('writes a date emptied in its input only when the field is left (while typed it reads as empty too)', () => {
      const form = new FakeForm('charter', charterData());
      const due = form.field(['goals', 0, 'due']);
      form.editor.focus(due);
      form.editor.input(due, '', true);
      form.clock.advance(DATE_DEBOUNCE_MS);
      form.editor.flushAll(false);
      assert.equal(form.posted.length, 0, 'a half-typed date is not an empty one');
      form.editor.blur(due);
      assert.deepEqual(
        form.posted.map((p) => p.edit),
        [{ op: 'set', path: ['goals', 0, 'due'], value: null }],
      );
    });
  });

  describe('replies and states', () => {
    it('keeps what is typed against older echoes, whatever order the replies come in', () => {
      const form = new FakeForm('charter', charterData());
      const why = form.field(WHY);
      form.editor.focus(why);
      form.editor.input(why, 'a');
      form.clock.advance(DEBOUNCE_MS);
      form.editor.input(why, 'ab');
      form.clock.advance(DEBOUNCE_MS);
      form.editor.blur(why);
      assert.deepEqual(
        form.posted.map((p) => p.id),
        [1, 2],
      );
      form.show(charterWith('a'), 2); // the echo of "a"
      assert.equal(form.shown(WHY), 'ab');
      form.reply(2, 'applied', 3); // the reply to "ab" before its state, and before the reply to "a"
      assert.equal(form.shown(WHY), 'ab', 'its state has not come yet: the field keeps its text');
      form.reply(1, 'applied', 2);
      assert.equal(form.shown(WHY), 'ab');
      form.show(charterWith('ab'), 3);
      assert.equal(form.shown(WHY), 'ab');
      form.show(charterWith('changed in the text editor'), 4);
      assert.equal(form.shown(WHY), 'changed in the text editor', 'settled: a change made elsewhere shows');
    });

    it('shows the document again at once when an edit is refused', () => {
      const form = new FakeForm('charter', charterWith('before'));
      const why = form.field(WHY);
      form.editor.commit(why, 'after');
      assert.equal(form.shown(WHY), 'after');
      form.show(charterWith('before'), 1); // new findings, same version: not the echo
      assert.equal(form.shown(WHY), 'after', 'waiting for the reply');
      form.reply(1, 'refused');
      assert.equal(form.shown(WHY), 'before');
    });

    it('an edit that changed nothing settles the field', () => {
      const form = new FakeForm('charter', charterWith('same'));
      const why = form.field(WHY);
      form.editor.commit(why, 'same ');
      form.editor.commit(why, 'same');
      form.reply(1, 'applied', 2);
      form.show(charterWith('same '), 2);
      assert.equal(form.shown(WHY), 'same', 'the second send is still in flight');
      form.reply(2, 'unchanged', 2);
      form.show(charterWith('same'), 3);
      assert.equal(form.shown(WHY), 'same');
      form.show(charterWith('undone'), 4);
      assert.equal(form.shown(WHY), 'undone');
    });
  });

  describe('reviewing an open action waits for the structural edit in flight', () => {
    const A6 = 'action:A-6:status';

    it('two quick choices list the action once: the second waits, then sets the listed entry', () => {
      const form = new FakeForm('retro', retroData());
      form.editor.select(form.field(A6), 'done');
      assert.deepEqual(
        form.posted.map((p) => p.edit),
        [{ op: 'append', path: ['previousActions'], value: { id: 'A-6', status: 'done' } }],
      );
      assert.equal(form.gate.busy, true, 'the append is a structural edit');
      form.editor.select(form.field(A6), 'carried');
      assert.equal(form.posted.length, 1, 'the second choice waits');
      assert.equal(form.editor.deferred, true);
      form.reply(1, 'applied', 2);
      assert.equal(form.posted.length, 1, 'the gate opens once the state shows the append');
      const data = retroData();
      form.show({ ...data, previousActions: [...(data.previousActions as object[]), { id: 'A-6', status: 'done' }] }, 2);
      assert.equal(form.editor.deferred, false);
      assert.deepEqual(form.posted[1].edit, { op: 'set', path: ['previousActions', 2, 'status'], value: 'carried' });
    });

    it('goes as soon as a refused structural edit is answered', () => {
      const form = new FakeForm('retro', retroData());
      form.gate.started(40);
      form.editor.select(form.field(A6), 'dropped');
      assert.equal(form.posted.length, 0);
      form.reply(40, 'refused');
      assert.deepEqual(
        form.posted.map((p) => p.edit),
        [{ op: 'append', path: ['previousActions'], value: { id: 'A-6', status: 'dropped' } }],
      );
    });
  });

  it('forgets the fields of a list whose positions a structural edit changed', () => {
    const form = new FakeForm('charter', charterData());
    form.editor.focus(form.field(['goals', 1, 'title']));
    form.editor.input(form.field(['goals', 1, 'title']), 'typed');
    form.editor.flushAll(true);
    form.editor.forgetUnder(['goals']);
    assert.equal(form.shown(['goals', 1, 'title']), 'Faster builds', 'the field shows what the document has at that position');
    assert.equal(form.shown(WHY), '', 'other fields are kept');
  });
});

describe('webview field editing: the pulse counters', () => {
  const count = (key: string, rating: number) => ['pulse', key, rating - 1];

  it('the first count of a step not rated yet writes its list of five; later counts change one number', () => {
    const form = new FakeForm('retro', retroData());
    const rated4 = form.field(count('accountability', 4));
    assert.equal(form.shown(count('accountability', 4)), '0', 'a step not rated shows 0s');
    form.editor.input(rated4, '3');
    form.clock.advance(DEBOUNCE_MS);
    assert.deepEqual(
      form.posted.map((p) => p.edit),
      [{ op: 'set', path: ['pulse', 'accountability'], value: [0, 0, 0, 3, 0] }],
    );
    form.show({ ...retroData(), pulse: { accountability: [0, 0, 0, 3, 0] } }, 2);
    form.reply(1, 'applied', 2);
    form.editor.input(form.field(count('accountability', 5)), '2');
    form.clock.advance(DEBOUNCE_MS);
    assert.deepEqual(form.posted[1].edit, { op: 'set', path: ['pulse', 'accountability', 4], value: 2 });
  });

  it('quick counts in a new list add up: the second carries the first before its echo comes', () => {
    const form = new FakeForm('retro', retroData());
    form.editor.input(form.field(count('goals', 3)), '1');
    form.clock.advance(DEBOUNCE_MS);
    form.editor.input(form.field(count('goals', 4)), '4');
    form.clock.advance(DEBOUNCE_MS);
    assert.deepEqual(
      form.posted.map((p) => p.edit),
      [
        { op: 'set', path: ['pulse', 'goals'], value: [0, 0, 1, 0, 0] },
        { op: 'set', path: ['pulse', 'goals'], value: [0, 0, 1, 4, 0] },
      ],
    );
  });

  it('a count that is not a whole number of 0 or more is held with "Not saved yet", and nothing is written', () => {
    for (const text of ['x', '-1', '2.5']) {
      const form = new FakeForm('retro', { ...retroData(), pulse: { responses: 6, goals: [0, 1, 2, 3, 0] } });
      const field = form.field(count('goals', 2));
      form.editor.focus(field);
      form.editor.input(field, text);
      form.editor.blur(field);
      assert.equal(form.editor.invalidText(field), 'Not saved yet: a whole number of 0 or more', text);
      assert.equal(form.posted.length, 0, text);
      assert.equal(form.shown(count('goals', 2)), text, 'the text stays as typed');
    }
  });

  it('more ratings than responses are held (the file would get a schema error and the form turn read-only)', () => {
    const form = new FakeForm('retro', { ...retroData(), pulse: { responses: 6, goals: [0, 1, 2, 3, 0] } });
    const field = form.field(count('goals', 5));
    form.editor.input(field, '1');
    form.editor.commit(field, '1');
    assert.equal(form.editor.invalidText(field), 'Not saved yet: that makes 7 ratings of step 1, more than the 6 responses');
    assert.equal(form.posted.length, 0);
    const responses = form.field(['pulse', 'responses']);
    form.editor.commit(responses, '5');
    assert.equal(form.editor.invalidText(responses), 'Not saved yet: 6 people rated step 1, more than 5');
    form.editor.commit(responses, '9');
    assert.deepEqual(
      form.posted.map((p) => p.edit),
      [{ op: 'set', path: ['pulse', 'responses'], value: 9 }],
      'responses is written as a number',
    );
  });
});

describe('webview field editing: the step of an action, who took a decision', () => {
  const STEP = ['actions', 0, 'step'];
  const withStep = (step: unknown) => ({ ...retroData(), actions: [{ id: 'A-8', title: 'Automate canaries', step }] });

  it('a step picked is written at once; "(none)" removes the key', () => {
    const form = new FakeForm('retro', retroData());
    form.editor.select(form.field(STEP), 'decisions');
    assert.deepEqual(form.posted[0].edit, { op: 'set', path: STEP, value: 'decisions' });
    form.show(withStep('decisions'), 2);
    form.reply(1, 'applied', 2);
    form.editor.select(form.field(STEP), '');
    assert.deepEqual(form.posted[1].edit, { op: 'delete', path: STEP });
    form.show(retroData(), 3);
    form.reply(2, 'applied', 3);
    assert.equal(form.shown(STEP), '');
  });

  it('a step written as a number shows as its choice, and another pick writes a number', () => {
    const form = new FakeForm('retro', withStep(5));
    assert.equal(form.shown(STEP), 'decisions');
    form.editor.select(form.field(STEP), 'decisions');
    assert.equal(form.posted.length, 0, 'the same step: nothing to write');
    form.editor.select(form.field(STEP), 'feedback');
    assert.deepEqual(form.posted[0].edit, { op: 'set', path: STEP, value: 6 });
  });

  it('who decided, typed on a plain decision, makes it { text, by } with the text as typed, even before the echo of the text', () => {
    const form = new FakeForm('retro', retroData());
    const text = form.field(['decisions', 0, 'text']);
    form.editor.focus(text);
    form.editor.input(text, 'Trunk-based development from January');
    form.editor.blur(text);
    const by = form.field(['decisions', 0, 'by']);
    form.editor.focus(by);
    form.editor.input(by, 'team');
    form.clock.advance(DEBOUNCE_MS);
    assert.deepEqual(
      form.posted.map((p) => p.edit),
      [
        { op: 'set', path: ['decisions', 0], value: 'Trunk-based development from January' },
        { op: 'set', path: ['decisions', 0], value: { text: 'Trunk-based development from January', by: 'team' } },
      ],
    );
    // The decision is a map now: its text field is the same field (same key), at the map's text.
    form.show({ ...retroData(), decisions: [{ text: 'Trunk-based development from January', by: 'team' }] }, 2);
    form.reply(1, 'applied', 2);
    form.reply(2, 'applied', 2);
    assert.equal(form.shown(['decisions', 0, 'text']), 'Trunk-based development from January');
    assert.equal(form.shown(['decisions', 0, 'by']), 'team');
    form.editor.commit(form.field(['decisions', 0, 'text']), 'Trunk-based development');
    assert.deepEqual(form.posted[2].edit, { op: 'set', path: ['decisions', 0, 'text'], value: 'Trunk-based development' });
  });

  it('clearing who decided removes by, leaving { text }', () => {
    const form = new FakeForm('retro', { ...retroData(), decisions: [{ text: 'Drop the Friday train', by: 'dana' }] });
    form.editor.commit(form.field(['decisions', 0, 'by']), '');
    assert.deepEqual(
      form.posted.map((p) => p.edit),
      [{ op: 'delete', path: ['decisions', 0, 'by'] }],
    );
  });
});
