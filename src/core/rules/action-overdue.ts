import { daysBetween } from '../format/dates';
import { defineRule } from '../engine/rule';
import { carriedTooLong } from '../format/membersAndActions';
import actionCarriedTooLong from './action-carried-too-long';

export default defineRule({
  id: 'action-overdue',
  step: 2,
  severity: 'warning',
  on: ['X'],
  docs: {
    summary:
      "An action due before the date of the team's latest retro (the team has met since it was due) and still open in that retro, unless that retro `deferred` it `until` a date that is today or later. An action without `due` is due by the next retro. Not when `action-carried-too-long` reports the action: that finding names the due date.",
    rationale:
      'A missed date is not a failure; an unacknowledged one is. Once the team has met after an action was due and it is still open, that is worth saying out loud: renegotiate the date, get help, or drop it in the open. An action that came due since the last meeting is not overdue yet: it is for the next meeting to take up.',
    howToFix:
      'In the next retro, list the action under `previousActions` as done or dropped, or give it a new due date where it was created. When the team puts it off on purpose (a code freeze, a dependency), review it as `deferred` with `until` and a note: it is not overdue until then.',
    example: 'previousActions:\n  - id: A-7\n    status: done\n    note: Shipped on Tuesday',
  },
  checkTeam({ team, today, settingOf, report, pass }) {
    const { retros } = team.timeline;
    const latest = retros[retros.length - 1];
    if (!latest?.date) return;
    // One fact, one finding: an action carried too long is reported there, with its due date.
    const carried = settingOf(actionCarriedTooLong);
    const limit = carried.severity === 'off' ? undefined : (carried.options.maxRetros as number);
    for (const { action, where } of team.openActionsAndPlaces()) {
      const due = action.dueBy;
      if (due === undefined) continue;
      if (due >= latest.date || team.deferredUntil(action, today) || (limit !== undefined && carriedTooLong(team, action, limit, today))) {
        pass(where.retro);
        continue;
      }
      const days = daysBetween(due, today);
      const atCreation = where.status === 'created';
      const written = action.due !== undefined && action.due === due;
      const when = written ? `was due ${due}` : `was due by the next retro (${due})`;
      report(where.retro, {
        path: atCreation && written ? [...where.path, 'due'] : [...where.path, 'id'],
        message: `action ${action.id}${action.title ? ` "${action.title}"` : ''} ${when}, ${days} day${days === 1 ? '' : 's'} ago, and is still open after the team met on ${latest.date}`,
        related: atCreation
          ? undefined
          : [{ file: action.createdIn, path: [...action.path, written ? 'due' : 'id'], message: `${action.id} created here, due ${due}` }],
      });
    }
  },
});
