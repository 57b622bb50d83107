import { at } from '../base/dataReaders';
import { validDate } from '../format/dates';
import { defineRule } from '../engine/rule';

export default defineRule({
  id: 'commitment-stale',
  step: 1,
  severity: 'info',
  on: ['C'],
  kinds: ['charter'],
  docs: {
    summary: 'The charter was `updated` after `commitment.agreed`: it changed after the team agreed to it (reported on `commitment.agreed`).',
    rationale:
      'A commitment is to a particular charter. When goals, rights or cadences change afterwards, the names under `commitment.by` vouch for something they may never have seen. Recommitting after a change keeps the charter a shared agreement rather than the latest edit.',
    howToFix: 'Walk the team through what changed; when they agree, set `commitment.agreed` to that day and update `commitment.by`.',
    example: 'updated: 2026-11-30\ncommitment:\n  agreed: 2026-11-30   # the team agreed to this version\n  by: [dana, lee, sam]',
  },
  checkFile({ file, data, report, pass }) {
    const updated = validDate(data.updated);
    const agreed = validDate(at(data, 'commitment', 'agreed'));
    if (updated === undefined || agreed === undefined) return;
    if (updated <= agreed) return pass();
    report({
      path: ['commitment', 'agreed'],
      message: `the charter was updated on ${updated}, after the team agreed to it on ${agreed}: go through the changes with the team and record the new agreement`,
      related: [{ file, path: ['updated'], message: `updated on ${updated}` }],
    });
  },
});
