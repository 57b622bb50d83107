/** The webview copies a few constants of the format; they must stay those of src/core/schemas. */
import { strict as assert } from 'node:assert';
import * as schemas from '../../../src/core/schemas.js';
import * as local from '../../../webview/constants.js';

describe('webview constants mirror the format', () => {
  it('has the same statuses, formats and columns', () => {
    assert.deepEqual([...local.GOAL_STATUSES], [...schemas.GOAL_STATUSES]);
    assert.deepEqual([...local.REVIEW_STATUSES], [...schemas.REVIEW_STATUSES]);
    assert.deepEqual([...local.RETRO_FORMATS], [...schemas.RETRO_FORMATS]);
    assert.deepEqual(local.COLUMNS, schemas.COLUMNS);
  });

  it('has the same cadence and id patterns, and the same idea of a real date', () => {
    assert.equal(local.CADENCE_PATTERN.source, schemas.CADENCE_PATTERN.source);
    assert.equal(local.SLUG_PATTERN.source, schemas.SLUG_PATTERN.source);
    for (const date of ['2026-11-30', '2026-02-29', '2024-02-29', '1900-02-29', '2000-02-29', '2026-13-01', '2026-00-10', '26-11-30', '2026-11-31']) {
      assert.equal(local.isRealDate(date), schemas.isRealDate(date), date);
    }
  });
});
