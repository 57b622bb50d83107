/** Ctrl+A in a text field stays in the form, so that VS Code does not select all a second time, later, over what was typed since. */
import { strict as assert } from 'node:assert';
import { selectsAllInField, type KeyPress } from '../../../webview/selectAll.js';

const press = (key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});
const input = (type: string) => ({ tagName: 'INPUT', type });

describe('webview select all: Ctrl+A in a text field is the browser’s alone', () => {
  it('keeps Ctrl+A (Cmd+A on a Mac) in a text input, a date input and a text area', () => {
    for (const target of [input('text'), input('date'), input('search'), { tagName: 'TEXTAREA', type: 'textarea' }, { tagName: 'input' }]) {
      assert.equal(selectsAllInField(press('a', { ctrlKey: true }), target), true, JSON.stringify(target));
      assert.equal(selectsAllInField(press('a', { metaKey: true }), target), true, JSON.stringify(target));
    }
    assert.equal(selectsAllInField(press('A', { ctrlKey: true }), input('text')), true, 'with Caps Lock on');
  });

  it('lets every other key go on to VS Code, and Ctrl+A outside a text field (a checkbox, a button, the page)', () => {
    assert.equal(selectsAllInField(press('a'), input('text')), false, 'the letter a is typed');
    assert.equal(selectsAllInField(press('a', { ctrlKey: true, shiftKey: true }), input('text')), false);
    assert.equal(selectsAllInField(press('a', { ctrlKey: true, altKey: true }), input('text')), false);
    assert.equal(selectsAllInField(press('s', { ctrlKey: true }), input('text')), false, 'Ctrl+S saves');
    assert.equal(selectsAllInField(press('z', { ctrlKey: true }), { tagName: 'TEXTAREA' }), false, 'Ctrl+Z is VS Code’s undo');
    assert.equal(selectsAllInField(press('a', { ctrlKey: true }), input('checkbox')), false);
    assert.equal(selectsAllInField(press('a', { ctrlKey: true }), { tagName: 'BUTTON' }), false);
    assert.equal(selectsAllInField(press('a', { ctrlKey: true }), { tagName: 'BODY' }), false);
  });
});
