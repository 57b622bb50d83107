import { addDays, validDate } from '../dates';
import { requireFieldInEach } from './factories';

export default requireFieldInEach({
  id: 'action-no-due',
  step: 2,
  severity: 'warning',
  kind: 'retro',
  list: 'actions',
  item: 'action',
  field: 'due',
  message: (name) => `${name} has no due date`,
  fixes: (path, data) => {
    const date = validDate(data.date);
    const due = date ? addDays(date, 14) : 'YYYY-MM-DD';
    return [{ title: 'Add a due date', edits: [{ op: 'set', path, value: due }], placeholder: due }];
  },
  docs: {
    summary: 'A retro action without a `due` date.',
    rationale:
      'An action with a date can be followed up, and can become overdue, which is information too. Without one, it stays "soon" forever.',
    howToFix: 'Add `due: YYYY-MM-DD`; by default the next retro is a good date.',
    example: 'actions:\n  - id: A-8\n    title: Automate canary analysis\n    owner: sam\n    due: 2026-12-14',
  },
});
