import { validDate } from '../format/dates';
import { dueDateFixes, requireFieldInEach } from './factories';

export default requireFieldInEach({
  id: 'action-no-due',
  step: 2,
  severity: 'warning',
  kind: 'retro',
  list: 'actions',
  item: 'action',
  field: 'due',
  message: (name) => `${name} has no due date`,
  placeholderMessage: (name, shown) => `${name} has a placeholder due date (${shown}): write the date it is due`,
  // Two weeks after the retro: by the next one, usually.
  fixes: (path, data) => dueDateFixes(path, validDate(data.date), 14, 'two weeks after the retro'),
  docs: {
    summary: 'A retro action without a `due` date.',
    rationale: 'An action with a date can be followed up, and can become overdue, which is information too. Without one, it stays "soon" forever.',
    howToFix: 'Add `due: YYYY-MM-DD`; by default the next retro is a good date.',
    example: 'actions:\n  - id: A-8\n    title: Automate canary analysis\n    owner: sam\n    due: 2026-12-14',
  },
});
