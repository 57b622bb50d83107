import { validDate } from '../dates';
import { dueDateFix, requireFieldInEach } from './factories';

export default requireFieldInEach({
  id: 'goal-no-due',
  step: 2,
  severity: 'info',
  kind: 'charter',
  list: 'goals',
  item: 'goal',
  field: 'due',
  message: (name) => `${name} has no due date`,
  // A quarter after the charter was last updated.
  fixes: (path, data) => [dueDateFix(path, validDate(data.updated), 90)],
  docs: {
    summary: 'A goal without a `due` date.',
    rationale:
      'A date turns an intention into a commitment and tells the team when to stop and take stock. Goals without one drift from quarter to quarter without anyone deciding to let them.',
    howToFix: 'Add `due: YYYY-MM-DD`, even a rough one; revise it in the open when it moves.',
    example: 'goals:\n  - id: G1\n    title: One-click rollback\n    due: 2027-03-31',
  },
});
