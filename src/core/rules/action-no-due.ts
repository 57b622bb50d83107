import { validDate } from '../format/dates';
import { dueDateFixes, requireFieldInEach } from './factories';

export default requireFieldInEach({
  id: 'action-no-due',
  step: 2,
  // Off unless a team turns it on: an action without a date is due by the next retro, the way most teams work.
  severity: 'off',
  kind: 'retro',
  list: 'actions',
  item: 'action',
  field: 'due',
  message: (name) => `${name} has no due date`,
  placeholderMessage: (name, shown) => `${name} has a placeholder due date (${shown}): write the date it is due`,
  // Two weeks after the retro: by the next one, usually.
  fixes: (path, data) => dueDateFixes(path, validDate(data.date), 14, 'two weeks after the retro'),
  docs: {
    summary: "A retro action without a `due` date. Off unless turned on: an action without `due` is due by the team's next retro.",
    rationale:
      'Most teams agree an action "by next retro" and never write a date, and that is a fine convention: an action without `due` is due at the team\'s next retro, and becomes overdue after it like any other. Teams that plan actions over several retros, or that want every action dated, turn this rule on.',
    howToFix: 'Add `due: YYYY-MM-DD` when the action is meant for a date other than the next retro.',
    example: 'actions:\n  - id: A-8\n    title: Automate canary analysis\n    owner: sam\n    due: 2026-12-14',
  },
});
