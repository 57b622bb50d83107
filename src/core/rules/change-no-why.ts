import { PLACEHOLDER } from '../format/placeholders';
import { placeholderFix, requireFieldInEach } from './factories';

export default requireFieldInEach({
  id: 'change-no-why',
  step: 4,
  severity: 'warning',
  kind: 'charter',
  list: 'change',
  item: 'change',
  field: 'why',
  message: (name) => `${name} gives no reason (why)`,
  placeholderMessage: (name, shown) => `${name} has a placeholder reason (${shown}): say what problem it solves, or what staying as is costs`,
  fixes: (path) => [placeholderFix('Add why', path, PLACEHOLDER.changeWhy)],
  docs: {
    summary: 'A `change` entry without `why`.',
    rationale:
      'People resist change they do not understand far more than change they do not like. Stating the reason, in terms the team cares about, is the first thing a leader owes the people asked to change.',
    howToFix: 'Add `why`: the problem the change solves, or what it costs to stay as is.',
    example: 'change:\n  - title: Move builds to the new CI\n    why: The old runners cost us two days a month',
  },
});
