import { isProposed } from '../format/goals';
import { validDate } from '../format/dates';
import { dueDateFixes, requireFieldInEach } from './factories';

export default requireFieldInEach({
  id: 'goal-no-due',
  step: 2,
  severity: 'info',
  kind: 'charter',
  list: 'goals',
  item: 'goal',
  // A proposed goal is an idea: it needs no owner, measure, date or priority yet.
  skip: isProposed,
  field: 'due',
  message: (name) => `${name} has no due date`,
  placeholderMessage: (name, shown) => `${name} has a placeholder due date (${shown}): write the date, even a rough one`,
  // A quarter after the charter was last updated.
  fixes: (path, data) => dueDateFixes(path, validDate(data.updated), 90, 'a quarter after the charter was updated'),
  docs: {
    summary: 'A goal without a `due` date.',
    rationale:
      'A date turns an intention into a commitment and tells the team when to stop and take stock. Goals without one drift from quarter to quarter without anyone deciding to let them.',
    howToFix: 'Add `due: YYYY-MM-DD`, even a rough one; revise it in the open when it moves.',
    example: 'goals:\n  - id: G1\n    title: One-click rollback\n    due: 2027-03-31',
  },
});
