/** What every front end says about a team: a review with its status (what a score leaves out: scoreWords.test.ts). */
import { strict as assert } from 'node:assert';
import { memberNamed, reviewWithStatus } from '../../../src/core/format/membersAndActions';
import { textKey } from '../../../src/core/base/wording';

describe('membersAndActions: reviewing with a status', () => {
  const previous = [{ id: 'A-1', status: 'carried', note: 'Waiting on access' }];

  it('a deferral with its date and reason given writes them, and leaves nothing to type over', () => {
    const listed = reviewWithStatus(previous, 'A-1', 'deferred', { until: '2027-01-10', note: 'After the freeze' });
    assert.deepEqual(listed.edits, [
      { op: 'set', path: ['previousActions', 0, 'status'], value: 'deferred' },
      { op: 'set', path: ['previousActions', 0, 'until'], value: '2027-01-10' },
      { op: 'set', path: ['previousActions', 0, 'note'], value: 'After the freeze' },
    ]);
    assert.equal(listed.placeholder, undefined);
    const added = reviewWithStatus(previous, 'A-2', 'deferred', { until: '2027-01-10', note: 'After the freeze' });
    assert.deepEqual(added.edits, [
      { op: 'append', path: ['previousActions'], value: { id: 'A-2', status: 'deferred', until: '2027-01-10', note: 'After the freeze' } },
    ]);
  });

  it('what is not given is a placeholder, and the first of them is the one to type over', () => {
    const dated = reviewWithStatus([], 'A-2', 'deferred', { until: '2027-01-10' });
    assert.deepEqual(dated.edits, [
      { op: 'append', path: ['previousActions'], value: { id: 'A-2', status: 'deferred', until: '2027-01-10', note: '<why, or what happened>' } },
    ]);
    assert.equal(dated.placeholder, '<why, or what happened>');
    assert.equal(reviewWithStatus([], 'A-2', 'deferred').placeholder, '<YYYY-MM-DD>');
  });

  it('a note the entry already has is kept unless another is given', () => {
    assert.deepEqual(reviewWithStatus(previous, 'A-1', 'blocked').edits, [{ op: 'set', path: ['previousActions', 0, 'status'], value: 'blocked' }]);
    assert.deepEqual(reviewWithStatus(previous, 'A-1', 'blocked', { note: 'On the vendor' }).edits.at(-1), {
      op: 'set',
      path: ['previousActions', 0, 'note'],
      value: 'On the vendor',
    });
  });
});

describe('how the rules compare names and texts written by people', () => {
  it('a name is a member when it is one written otherwise (case, spaces); team, roles and groups are nobody', () => {
    const members = ['Dana', 'raj kumar'];
    assert.equal(memberNamed(' dana ', members), 'Dana');
    assert.equal(memberNamed('RAJ KUMAR', members), 'raj kumar');
    for (const name of ['team', 'everyone', 'release captain', 'the owning SIGs', '', 3, undefined])
      assert.equal(memberNamed(name, members), undefined, String(name));
  });

  it('texts are the same trimmed, without case, with runs of white space as one', () => {
    assert.equal(textKey('  Fix the   Flaky\ttests '), 'fix the flaky tests');
    assert.equal(textKey('Fix the flaky tests'), textKey('fix THE flaky  tests'));
    assert.notEqual(textKey('Fix the flaky tests'), textKey('Fix the flaky test'));
  });
});
