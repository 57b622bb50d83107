import { at, strs } from '../base/dataReaders';
import { PLACEHOLDER, presence, quotePlaceholder } from '../format/placeholders';
import { defineRule } from '../engine/rule';
import { memberNames } from '../format/membersAndActions';

export default defineRule({
  id: 'commitment-missing',
  step: 1,
  severity: 'warning',
  on: ['C'],
  kinds: ['charter'],
  docs: {
    summary: 'The charter has no `commitment`, or a member is not in `commitment.by` (one finding per member).',
    rationale:
      'A charter written by the lead and filed away aligns nobody. Recording who agreed, and when, turns it into a shared commitment, and shows who has not yet been part of the conversation.',
    howToFix: 'Walk the charter through with the team, then record the date in `commitment.agreed` and every member who agreed in `commitment.by`.',
    example: 'commitment:\n  agreed: 2026-11-30\n  by: [dana, lee, sam]',
  },
  checkFile({ data, report, pass }) {
    const members = memberNames(data);
    const state = presence(data.commitment);
    if (state !== 'given') {
      report(
        state === 'missing'
          ? {
              path: ['commitment'],
              anchor: 'missing',
              message: 'the charter records no commitment: add commitment with the date and the members who agreed to it',
              // Nobody is written in as agreeing: the members add themselves once they have.
              fixes: [
                {
                  title: 'Add commitment',
                  edits: [{ op: 'set', path: ['commitment'], value: { agreed: PLACEHOLDER.date, by: [] } }],
                  placeholder: PLACEHOLDER.date,
                },
              ],
            }
          : {
              path: ['commitment'],
              message: `the commitment is only placeholders (${quotePlaceholder(data.commitment)}): record when the team agreed and who`,
            },
      );
      return;
    }
    pass();
    const agreed = new Set(strs(at(data, 'commitment', 'by')));
    for (const name of members) {
      if (agreed.has(name)) {
        pass();
        continue;
      }
      report({
        path: ['commitment', 'by'],
        anchor: 'missing',
        message: `${name} is a member but not in commitment.by: have they agreed to the charter?`,
        fixes: [{ title: `Add ${name} to commitment.by`, edits: [{ op: 'append', path: ['commitment', 'by'], value: name }] }],
      });
    }
  },
});
