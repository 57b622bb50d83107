/** Echo suppression: what a field shows when a new state arrives while the user types. */
import { strict as assert } from 'node:assert';
import { FieldSync } from '../../../webview/fieldSync.js';

const KEY = '["purpose","why"]';

describe('webview fieldSync: never lose a keystroke, no echo clobbering', () => {
  it('shows the document value the first time it sees a field', () => {
    const sync = new FieldSync();
    assert.deepEqual(sync.incoming(KEY, 'Deploys hurt'), { show: 'Deploys hurt', kept: false });
    assert.equal(sync.current(KEY), 'Deploys hurt');
  });

  it('keeps what the user is typing when the echo of an earlier send arrives', () => {
    const sync = new FieldSync();
    sync.incoming(KEY, '');
    sync.focus(KEY);
    sync.edited(KEY, 'a');
    sync.sent(KEY, 'a', 100);
    sync.edited(KEY, 'ab'); // typed on, not sent yet
    const r = sync.incoming(KEY, 'a'); // the echo of "a"
    assert.deepEqual(r, { show: 'ab', kept: true });
    assert.equal(sync.isDirty(KEY), true);
  });

  it('does not go back to an older echo when two sends are in flight', () => {
    const sync = new FieldSync();
    sync.incoming(KEY, '');
    sync.focus(KEY);
    sync.sent(KEY, 'a', 100);
    sync.sent(KEY, 'ab', 200);
    assert.equal(sync.incoming(KEY, 'a').show, 'ab', 'the echo of "a" must not replace "ab"');
    assert.deepEqual(sync.incoming(KEY, 'ab'), { show: 'ab', kept: false });
    assert.equal(sync.isSettled(KEY), true);
  });

  it('holds an in-flight value even after the field lost focus (no flicker back to the old echo)', () => {
    const sync = new FieldSync();
    sync.incoming(KEY, 'x');
    sync.focus(KEY);
    sync.sent(KEY, 'xy', 100);
    sync.sent(KEY, 'xyz', 120);
    sync.blur(KEY);
    assert.equal(sync.incoming(KEY, 'xy').show, 'xyz');
  });

  it('takes a change made elsewhere (a text editor) in a field the user is not editing', () => {
    const sync = new FieldSync();
    sync.incoming(KEY, 'old');
    assert.deepEqual(sync.incoming(KEY, 'changed in the text editor'), { show: 'changed in the text editor', kept: false });
  });

  it('takes an undo in the focused field once its own edit has come back', () => {
    const sync = new FieldSync();
    sync.incoming(KEY, 'ab');
    sync.focus(KEY);
    sync.edited(KEY, 'abc');
    sync.sent(KEY, 'abc', 100);
    assert.equal(sync.incoming(KEY, 'abc').show, 'abc'); // the echo
    assert.deepEqual(sync.incoming(KEY, 'ab'), { show: 'ab', kept: false }); // undo
  });

  it('keeps unsent typing in the focused field even when the document changed elsewhere', () => {
    const sync = new FieldSync();
    sync.incoming(KEY, 'one');
    sync.focus(KEY);
    sync.edited(KEY, 'one two');
    assert.equal(sync.incoming(KEY, 'something else').show, 'one two');
  });

  it('keeps text that cannot be written after blur, until the document changes that field', () => {
    const sync = new FieldSync();
    sync.incoming(KEY, 'weekly');
    sync.focus(KEY);
    sync.edited(KEY, 'every 3'); // not a cadence: never sent
    sync.blur(KEY);
    assert.equal(sync.incoming(KEY, 'weekly').show, 'every 3', 'another field changed: the half-typed text stays');
    assert.deepEqual(sync.incoming(KEY, 'monthly'), { show: 'monthly', kept: false });
    assert.equal(sync.isDirty(KEY), false);
  });

  it('stops waiting for an echo once the extension replied to the send', () => {
    const sync = new FieldSync();
    sync.incoming(KEY, 'a');
    sync.sent(KEY, 'ab', 100);
    assert.equal(sync.incoming(KEY, 'a').show, 'ab');
    assert.equal(sync.replied(100), KEY, "the reply names the field's last send");
    assert.equal(sync.incoming(KEY, 'a').show, 'a', 'after the reply the document wins');
  });

  it('a reply to an older send does not end the wait for a newer one (replies out of order)', () => {
    const sync = new FieldSync();
    sync.incoming(KEY, '');
    sync.focus(KEY);
    sync.sent(KEY, 'a', 1);
    sync.sent(KEY, 'ab', 2);
    sync.blur(KEY);
    assert.equal(sync.replied(1), undefined);
    assert.equal(sync.incoming(KEY, 'a').show, 'ab', 'the echo of "a" must not replace "ab"');
    assert.equal(sync.replied(2), KEY);
    assert.equal(sync.replied(1), undefined, 'a late reply to the first send is nothing any more');
    assert.equal(sync.isSettled(KEY), true);
  });

  it('treats a cleared field (null in the file) as the echo of an empty send', () => {
    const sync = new FieldSync();
    sync.incoming(KEY, 'text');
    sync.focus(KEY);
    sync.edited(KEY, '');
    sync.sent(KEY, '', 10);
    assert.deepEqual(sync.incoming(KEY, ''), { show: '', kept: false });
    assert.equal(sync.isSettled(KEY), true);
  });

  it('compares lists by their JSON', () => {
    const sync = new FieldSync();
    const key = '["commitment","by"]';
    sync.incoming(key, '["dana"]');
    sync.focus(key);
    sync.sent(key, '["dana","lee"]', 10);
    assert.equal(sync.incoming(key, '["dana"]').show, '["dana","lee"]');
    assert.equal(sync.incoming(key, '["dana","lee"]').kept, false);
  });

  it('forgets fields whose paths now name other items', () => {
    const sync = new FieldSync();
    sync.incoming('["goals",0,"title"]', 'A');
    sync.incoming('["goals",1,"title"]', 'B');
    sync.incoming('["members",0,"name"]', 'dana');
    sync.forgetWhere((key) => key.startsWith('["goals",'));
    assert.equal(sync.current('["goals",0,"title"]'), undefined);
    assert.equal(sync.current('["members",0,"name"]'), 'dana');
  });

  it('tracks focus per field: blurring another field does not unfocus this one', () => {
    const sync = new FieldSync();
    sync.incoming(KEY, 'a');
    sync.focus(KEY);
    sync.blur('["other"]');
    assert.equal(sync.hasFocus(KEY), true);
    sync.edited(KEY, 'ab');
    assert.equal(sync.incoming(KEY, 'zzz').show, 'ab');
  });
});
