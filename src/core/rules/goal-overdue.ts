import { isProposed } from '../format/goals';
import { entries, str } from '../base/dataReaders';
import { daysBetween, validDate } from '../format/dates';
import { PLACEHOLDER } from '../format/placeholders';
import { defineRule } from '../engine/rule';
import { label } from './labels';

export default defineRule({
  id: 'goal-overdue',
  step: 2,
  severity: 'warning',
  on: ['C'],
  kinds: ['charter'],
  docs: {
    summary: "A goal whose `due` date is before today and whose `status` is not `done` (reported on the goal's `due`).",
    rationale:
      'A goal past its date and still "on track" is the most comfortable kind of fiction: the status says nothing is wrong, the calendar says otherwise. Either it is done and nobody marked it, or it slipped and nobody said so. Accountability means saying which, in the open.',
    howToFix: 'Mark the goal `done` if it is; otherwise agree a new `due` date with the team and set its status honestly (at-risk, off-track).',
    example: 'goals:\n  - id: G1\n    title: One-click rollback\n    due: 2027-03-31\n    status: on-track',
  },
  checkFile({ data, today, report, pass }) {
    for (const [goal, index] of entries(data.goals)) {
      const due = validDate(goal.due);
      if (due === undefined || isProposed(goal)) continue;
      if (goal.status === 'done' || due >= today) {
        pass();
        continue;
      }
      const days = daysBetween(due, today);
      const status = str(goal.status);
      const path = ['goals', index];
      report({
        path: [...path, 'due'],
        message: `${label('goal', goal, index)} was due ${due} (${days} day${days === 1 ? '' : 's'} ago) and is ${status ? `still ${status}` : 'not marked done'}: mark it done, or agree a new date and say how it stands`,
        // Two choices for a person: whether it is done is not a thing a fix can know.
        fixes: [
          { title: 'Mark the goal done', edits: [{ op: 'set', path: [...path, 'status'], value: 'done' }] },
          { title: 'Set a new due date', edits: [{ op: 'set', path: [...path, 'due'], value: PLACEHOLDER.date }], placeholder: PLACEHOLDER.date },
        ],
      });
    }
  },
});
