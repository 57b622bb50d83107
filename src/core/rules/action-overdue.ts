import { daysBetween, validDate } from '../format/dates';
import { defineRule } from '../engine/rule';

export default defineRule({
  id: 'action-overdue',
  step: 2,
  severity: 'warning',
  on: ['X'],
  docs: {
    summary:
      "An action whose `due` date has passed and that is still open after the team's latest retro, unless that retro `deferred` it `until` a date that is today or later.",
    rationale:
      'A missed date is not a failure; an unacknowledged one is. Surfacing overdue actions lets the team renegotiate the date, get help, or drop the action in the open instead of letting it rot.',
    howToFix:
      'In the next retro, list the action under `previousActions` as done or dropped, or give it a new due date where it was created. When the team puts it off on purpose (a code freeze, a dependency), review it as `deferred` with `until` and a note: it is not overdue until then.',
    example: 'previousActions:\n  - id: A-7\n    status: done\n    note: Shipped on Tuesday',
  },
  checkTeam({ team, today, report, pass }) {
    for (const { action, where } of team.openActionsAndPlaces()) {
      const due = validDate(action.due);
      if (!due) continue;
      if (due >= today || team.deferredUntil(action, today)) {
        pass(where.retro);
        continue;
      }
      const days = daysBetween(due, today);
      const atCreation = where.status === 'created';
      report(where.retro, {
        path: atCreation ? [...where.path, 'due'] : [...where.path, 'id'],
        message: `action ${action.id}${action.title ? ` "${action.title}"` : ''} was due ${due} (${days} day${days === 1 ? '' : 's'} ago) and is still open`,
        related: atCreation ? undefined : [{ file: action.createdIn, path: [...action.path, 'due'], message: `${action.id} created here, due ${due}` }],
      });
    }
  },
});
