/** What a field shows for a value, and what it writes for its text. */
import { strict as assert } from 'node:assert';
import { displayList, displayText, parseFieldText, textRows, toggleName } from '../../../webview/values.js';

describe('webview values', () => {
  it('writes an empty field as null', () => {
    assert.deepEqual(parseFieldText(''), { ok: true, value: null });
    assert.deepEqual(parseFieldText('', 'date'), { ok: true, value: null });
  });

  it('does not write a required field empty (it would make the file unreadable for the form)', () => {
    const parsed = parseFieldText('', 'slug', true);
    assert.ok(!parsed.ok && parsed.message.includes('required'));
    assert.equal(parseFieldText('', 'date', true).ok, false);
    assert.deepEqual(parseFieldText('platform', 'slug', true), { ok: true, value: 'platform' });
  });

  it('writes a real date, and refuses a half-typed or impossible one', () => {
    assert.deepEqual(parseFieldText('2027-03-31', 'date'), { ok: true, value: '2027-03-31' });
    assert.equal(parseFieldText('2027-3-31', 'date').ok, false);
    assert.equal(parseFieldText('2026-02-30', 'date').ok, false);
    assert.equal(parseFieldText('2028-02-29', 'date').ok, true);
  });

  it('writes a cadence the format accepts, and refuses "every 3" while it is being typed', () => {
    for (const ok of ['weekly', 'biweekly', 'monthly', 'quarterly', 'every 3 weeks', 'every 1 day', 'every 10 days'])
      assert.equal(parseFieldText(ok, 'cadence').ok, true, ok);
    for (const bad of ['every 3', 'Weekly', 'every 0 weeks', 'fortnightly']) {
      const parsed = parseFieldText(bad, 'cadence');
      assert.equal(parsed.ok, false, bad);
      assert.ok(!parsed.ok && parsed.message.startsWith('Not saved yet'));
    }
  });

  it('writes a slug id, and refuses one with capitals or spaces', () => {
    assert.equal(parseFieldText('platform-2', 'slug').ok, true);
    assert.equal(parseFieldText('Platform team', 'slug').ok, false);
  });

  it('writes free text exactly as typed', () => {
    assert.deepEqual(parseFieldText('<b>bold</b> & co'), { ok: true, value: '<b>bold</b> & co' });
  });

  it('shows scalars as text and everything else as empty', () => {
    assert.equal(displayText('x'), 'x');
    assert.equal(displayText(3), '3');
    assert.equal(displayText(true), 'true');
    assert.equal(displayText(null), '');
    assert.equal(displayText(undefined), '');
    assert.equal(displayText({ a: 1 }), '');
    assert.deepEqual(displayList(['a', 2, null, { x: 1 }, '']), ['a', '2']);
    assert.deepEqual(displayList('a'), []);
  });

  it('toggles a name in a list, keeping the order and unknown names', () => {
    assert.deepEqual(toggleName(['dana', 'ext'], 'lee', true), ['dana', 'ext', 'lee']);
    assert.deepEqual(toggleName(['dana', 'ext', 'lee'], 'dana', false), ['ext', 'lee']);
    assert.deepEqual(toggleName(['dana'], 'dana', true), ['dana']);
  });

  it('sizes a text area to its text, within bounds', () => {
    assert.equal(textRows(''), 2);
    assert.equal(textRows('a\nb\nc'), 3);
    assert.equal(textRows('x'.repeat(400)), 7);
    assert.equal(textRows('\n'.repeat(50)), 12);
  });
});
