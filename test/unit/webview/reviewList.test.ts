/** The retro's review list merges the team's open actions with what previousActions already lists. */
import { strict as assert } from 'node:assert';
import { openForText, reviewRows } from '../../../webview/reviewList.js';
import { context } from './fixtures.js';

describe('webview retro review list', () => {
  const open = context().openActions;

  it('has one row per open action, with what the retro says about it', () => {
    const rows = reviewRows(open, [{ id: 'A-7', status: 'done', note: 'Shipped' }]);
    assert.deepEqual(
      rows.map((r) => [r.id, r.open, r.index, r.status, r.note]),
      [
        ['A-6', true, -1, '', ''],
        ['A-7', true, 0, 'done', 'Shipped'],
      ],
    );
    assert.equal(rows[0].path, null, 'A-6 is not listed yet: choosing a status will append it');
    assert.deepEqual(rows[1].path, ['previousActions', 0]);
    assert.equal(rows[0].title, 'Remove stale flags');
    assert.equal(rows[0].retros, 3);
  });

  it('also shows entries whose id is not an open action, after the open ones', () => {
    const rows = reviewRows(open, [
      { id: 'A-3', status: 'carried' },
      { id: 'A-6', status: 'in-progress' },
    ]);
    assert.deepEqual(
      rows.map((r) => [r.id, r.open, r.index, r.status]),
      [
        ['A-6', true, 1, 'in-progress'],
        ['A-7', true, -1, ''],
        ['A-3', false, 0, 'carried'],
      ],
    );
  });

  it('keeps a row key that does not change when the action becomes listed', () => {
    const before = reviewRows(open, []).find((r) => r.id === 'A-6')!;
    const after = reviewRows(open, [{ id: 'A-6', status: 'done' }]).find((r) => r.id === 'A-6')!;
    assert.equal(before.key, after.key);
    assert.notDeepEqual(before.path, after.path);
  });

  it('shows a second entry for the same id, and entries without id, as rows of their own', () => {
    const rows = reviewRows([], [{ id: 'A-1', status: 'done' }, { id: 'A-1', status: 'dropped' }, { note: 'no id' }, 'junk']);
    assert.deepEqual(
      rows.map((r) => [r.id, r.index]),
      [
        ['A-1', 0],
        ['A-1', 1],
        ['', 2],
      ],
    );
    assert.equal(new Set(rows.map((r) => r.key)).size, 3, 'row keys are unique');
  });

  it('reads a missing or malformed previousActions as nothing listed', () => {
    assert.equal(reviewRows(open, undefined).length, 2);
    assert.equal(
      reviewRows(open, 'not a list').every((r) => r.index === -1),
      true,
    );
  });

  it('says how long an action has been open', () => {
    assert.equal(openForText(1), 'open for 1 retro');
    assert.equal(openForText(3), 'open for 3 retros');
    assert.equal(openForText(undefined), '');
  });
});
