import { PLACEHOLDER } from '../format/placeholders';
import { placeholderListFix, requireField } from './factories';

export default requireField({
  id: 'recognition-missing',
  step: 7,
  severity: 'warning',
  kind: 'charter',
  path: ['recognition', 'practices'],
  message: 'the charter has no recognition practices (recognition.practices)',
  placeholderMessage: (shown) => `the recognition practices are only placeholders (${shown}): write how the team celebrates success`,
  fix: placeholderListFix('Add recognition.practices', ['recognition', 'practices'], PLACEHOLDER.practice),
  docs: {
    summary: 'The charter has no `recognition.practices`.',
    rationale:
      'Celebration that depends on someone remembering does not happen in a busy quarter. A recognition practice, a ritual the team keeps, makes sure success is noticed every time, not only the big ones.',
    howToFix: 'Agree on one or two practices, such as opening every retro with wins, and list them under `recognition.practices`.',
    example: 'recognition:\n  practices:\n    - Wins open every retrospective\n  milestones:\n    - Last service on one-click rollback',
  },
});
