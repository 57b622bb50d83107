import { PLACEHOLDER } from '../format/placeholders';
import { placeholderFix, requireFieldInEach } from './factories';

export default requireFieldInEach({
  id: 'change-no-communication',
  step: 4,
  severity: 'info',
  kind: 'charter',
  list: 'change',
  item: 'change',
  field: 'communication',
  message: (name) => `${name} does not say how it is communicated (communication)`,
  placeholderMessage: (name, shown) => `${name} has a placeholder for how it is communicated (${shown}): say where and how often the team hears about it`,
  fixes: (path) => [placeholderFix('Add communication', path, PLACEHOLDER.communication)],
  docs: {
    summary: 'A `change` entry without `communication`.',
    rationale: 'Change is a conversation, not an announcement. A regular, known channel for progress and questions keeps rumours from filling the silence.',
    howToFix: 'Add `communication`: where and how often the team hears about the change, and where to ask.',
    example: 'change:\n  - title: Move builds to the new CI\n    communication: Weekly note in the team channel',
  },
});
