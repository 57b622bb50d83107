import { addDays } from '../dates';
import { requireFieldInEach } from './factories';

export default requireFieldInEach({
  id: 'goal-no-due',
  step: 2,
  severity: 'info',
  kind: 'charter',
  list: 'goals',
  item: 'goal',
  field: 'due',
  message: (name) => `${name} has no due date`,
  fixes: (path, data) => {
    const base = typeof data.updated === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(data.updated) ? data.updated : undefined;
    const due = base ? addDays(base, 90) : 'YYYY-MM-DD';
    return [{ title: 'Add a due date', edits: [{ op: 'set', path, value: due }], placeholder: due }];
  },
  docs: {
    summary: 'A goal without a `due` date.',
    rationale:
      'A date turns an intention into a commitment and tells the team when to stop and take stock. Goals without one drift from quarter to quarter without anyone deciding to let them.',
    howToFix: 'Add `due: YYYY-MM-DD`, even a rough one; revise it in the open when it moves.',
    example: 'goals:\n  - id: G1\n    title: One-click rollback\n    due: 2027-03-31',
  },
});
