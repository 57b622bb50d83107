/** What the webview remembers when it is hidden and recreated. */
import { strict as assert } from 'node:assert';
import { readViewState, toggleCollapsed } from '../../../webview/viewState.js';
import { domId, parsePathKey, pathKey } from '../../../webview/paths.js';

describe('webview view state and paths', () => {
  it('restores scroll position, folded sections and the focused field', () => {
    const saved = JSON.parse(
      JSON.stringify({ scrollY: 840, collapsed: ['step-3', 'step-3', 'header'], focusId: 'field-goals-0-owner', checklistHidden: true }),
    );
    assert.deepEqual(readViewState(saved), { scrollY: 840, collapsed: ['step-3', 'header'], focusId: 'field-goals-0-owner', checklistHidden: true });
  });

  it('starts fresh from nothing or from something it does not understand', () => {
    assert.deepEqual(readViewState(undefined), { scrollY: 0, collapsed: [], checklistHidden: false });
    assert.deepEqual(readViewState({ scrollY: -5, collapsed: 'step-1', focusId: 'x"]; alert(1)' }), {
      scrollY: 0,
      collapsed: [],
      focusId: undefined,
      checklistHidden: false,
    });
  });

  it('folds and unfolds sections', () => {
    const folded = toggleCollapsed(readViewState(undefined), 'step-2', true);
    assert.deepEqual(folded.collapsed, ['step-2']);
    assert.deepEqual(toggleCollapsed(folded, 'step-2', false).collapsed, []);
  });

  it('derives element ids from paths, safe for any key', () => {
    assert.equal(domId(['goals', 0, 'owner']), 'field-goals-0-owner');
    assert.equal(domId(['items', 'went-well', 2]), 'field-items-went-well-2');
    assert.equal(domId(['items', 'what went well?']), 'field-items-what_20_went_20_well_3f_');
    assert.equal(domId([]), 'field-root');
    assert.match(domId(['items', '"><img src=x>']), /^[\w-]+$/);
  });

  it('round-trips path keys', () => {
    assert.deepEqual(parsePathKey(pathKey(['goals', 1, 'title'])), ['goals', 1, 'title']);
    assert.equal(parsePathKey('not json'), undefined);
    assert.equal(parsePathKey('[{"a":1}]'), undefined);
  });
});
