import { PLACEHOLDER } from '../format/placeholders';
import { placeholderListFix, requireFieldInEach } from './factories';

export default requireFieldInEach({
  id: 'change-no-leader-commitment',
  step: 4,
  severity: 'warning',
  kind: 'charter',
  list: 'change',
  item: 'change',
  field: 'leaderCommitments',
  message: (name) => `${name} says nothing about what the leaders themselves will do (leaderCommitments)`,
  placeholderMessage: (name, shown) => `${name} has only placeholders for what the leaders will do (${shown}): write what they will do themselves, first`,
  fixes: (path) => [placeholderListFix('Add leaderCommitments', path, PLACEHOLDER.leaderCommitment)],
  docs: {
    summary: 'A `change` entry without `leaderCommitments`.',
    rationale:
      'Teams watch what leaders do, not what they announce. A change where the lead goes first, migrating the first service, taking the first new on-call shift, is believed; one delegated downwards is endured.',
    howToFix: 'Add `leaderCommitments`: concrete things the leads will do themselves, early.',
    example: 'change:\n  - title: Move builds to the new CI\n    leaderCommitments: [The lead migrates the first service, pairing]',
  },
});
