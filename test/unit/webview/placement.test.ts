/** Findings show next to the field their path points at, or the nearest ancestor that has an element. */
import { strict as assert } from 'node:assert';
import { anchorsOf, charterModel, retroModel } from '../../../webview/formModel.js';
import { pathKey } from '../../../webview/paths.js';
import { anchorFor, placeFindings, ROOT_KEY } from '../../../webview/placement.js';
import { charterData, context, finding, retroData } from './fixtures.js';

const charter = anchorsOf(charterModel(charterData(), context()));
const retro = anchorsOf(retroModel(retroData(), context()));

describe('webview findings placement', () => {
  it('shows a finding about a missing field under that field', () => {
    // goals[1] has no measure: the field is drawn (empty) and the finding goes there.
    assert.equal(anchorFor(['goals', 1, 'measure'], charter), pathKey(['goals', 1, 'measure']));
    assert.equal(charter.get(pathKey(['goals', 1, 'measure']))?.id, 'field-goals-1-measure');
    assert.equal(charter.get(pathKey(['goals', 1, 'measure']))?.field, true);
  });

  it('shows a finding about a missing group (growth) at the group', () => {
    assert.equal(anchorFor(['members', 1, 'growth'], charter), pathKey(['members', 1, 'growth']));
  });

  it('falls back to the nearest ancestor with an element', () => {
    // An entry of a list of ids has no element of its own: the supports field.
    assert.equal(anchorFor(['goals', 0, 'supports', 1], charter), pathKey(['goals', 0, 'supports']));
    // The id inside a previousActions entry: the review row.
    assert.equal(anchorFor(['previousActions', 0, 'id'], retro), pathKey(['previousActions', 0]));
    // An item the form does not know (the file changed since): the list.
    assert.equal(anchorFor(['goals', 9, 'owner'], charter), pathKey(['goals']));
    // A section-level map with no field of its own: the section's anchor.
    assert.equal(anchorFor(['feedback'], charter), pathKey(['feedback']));
    assert.equal(anchorFor(['commitment'], charter), pathKey(['commitment']));
  });

  it('shows findings about the whole file, kind or version at the top of the form', () => {
    assert.equal(anchorFor([], charter), ROOT_KEY);
    assert.equal(anchorFor(['kind'], charter), ROOT_KEY);
    assert.equal(anchorFor(['version'], retro), ROOT_KEY);
    assert.equal(charter.get(ROOT_KEY)?.section, 'header');
  });

  it('shows list-level findings (no-coaching, decision rights) at the list', () => {
    assert.equal(anchorFor(['members'], charter), pathKey(['members']));
    assert.equal(anchorFor(['decisions', 'rights'], charter), pathKey(['decisions', 'rights']));
    assert.equal(anchorFor(['previousActions'], retro), pathKey(['previousActions']));
    assert.equal(anchorFor(['items', 'wind', 0], retro), pathKey(['items', 'wind', 0]));
  });

  it('knows the section of every anchor, so a folded section can be opened', () => {
    assert.equal(charter.get(pathKey(['goals', 1, 'owner']))?.section, 'step-1');
    assert.equal(charter.get(pathKey(['accountability', 'tracking']))?.section, 'step-2');
    assert.equal(charter.get(pathKey(['members', 0, 'growth', 'coach']))?.section, 'step-3');
    assert.equal(retro.get(pathKey(['actions', 0, 'due']))?.section, 'actions');
  });

  it('groups findings by anchor, most severe first', () => {
    const placed = placeFindings(
      [
        finding(['goals', 1, 'owner'], { severity: 'info', message: 'b' }),
        finding(['goals', 1, 'owner'], { severity: 'error', message: 'a' }),
        finding(['goals', 1, 'owner', 'x'], { severity: 'warning', message: 'c' }),
        finding(['kind'], { message: 'd' }),
      ],
      charter,
    );
    assert.deepEqual(
      placed.get(pathKey(['goals', 1, 'owner']))?.map((f) => f.message),
      ['a', 'c', 'b'],
    );
    assert.deepEqual(
      placed.get(ROOT_KEY)?.map((f) => f.message),
      ['d'],
    );
  });
});
