/** One structural edit at a time: the gate opens on the edit's reply and, when it changed the document, on its state. */
import { strict as assert } from 'node:assert';
import type { Reply } from '../../../src/shared/protocol.js';
import { EditGate } from '../../../webview/editGate.js';

const reply = (id: number, outcome: Reply['outcome'], version: number): Reply => ({ type: 'reply', id, outcome, version });

describe('webview edit gate: structural edits one at a time, no timer', () => {
  it('is open until a structural edit is sent', () => {
    const gate = new EditGate();
    assert.equal(gate.busy, false);
    gate.started(1);
    assert.equal(gate.busy, true);
  });

  it('stays shut for replies to other requests, however long they take', () => {
    const gate = new EditGate();
    gate.shown(3);
    gate.started(5);
    gate.replied(reply(4, 'applied', 4));
    gate.shown(4);
    assert.equal(gate.busy, true);
    gate.replied(reply(6, 'refused', 4));
    assert.equal(gate.busy, true);
  });

  it('opens on the reply when the state of the edit was shown first (the usual order)', () => {
    const gate = new EditGate();
    gate.shown(3);
    gate.started(1);
    gate.shown(4);
    gate.replied(reply(1, 'applied', 4));
    assert.equal(gate.busy, false);
  });

  it('after an applied reply that comes first, waits for a state of that version', () => {
    const gate = new EditGate();
    gate.shown(3);
    gate.started(1);
    gate.replied(reply(1, 'applied', 4));
    assert.equal(gate.busy, true, 'the form still shows the list before the edit');
    gate.shown(3);
    assert.equal(gate.busy, true, 'new findings for the old version are not it');
    gate.shown(4);
    assert.equal(gate.busy, false);
  });

  it('opens on a refusal or an edit that changed nothing (no state follows those)', () => {
    for (const outcome of ['refused', 'unchanged'] as const) {
      const gate = new EditGate();
      gate.shown(3);
      gate.started(1);
      gate.replied(reply(1, outcome, 3));
      assert.equal(gate.busy, false, outcome);
    }
  });
});
