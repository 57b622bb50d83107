import { defineRule } from '../engine/rule';
import { openGoals } from '../format/goals';
import { PLACEHOLDER, quotePlaceholder, written } from '../format/placeholders';

export default defineRule({
  id: 'goals-missing',
  step: 1,
  severity: 'warning',
  on: ['C'],
  kinds: ['charter'],
  docs: {
    summary:
      'The charter has no goal that is neither `done` nor `proposed` (nor titled with a placeholder): nothing for the members to line up with (on `goals`, or on `kind` when there is no `goals`).',
    rationale:
      'A purpose says why the team exists; goals say what it is doing about it now. Without a goal the team has committed to, nobody can point at one and say "that is what my work moves", and every other step (owners, measures, check-ins) has nothing to hold on to. Ideas written as proposed goals are welcome, but they are not yet a commitment.',
    howToFix:
      'Agree with the team on one to three goals for the coming months, each with an owner and a measure; keep the ideas as `proposed` until the team takes them on.',
    example:
      'goals:\n  - id: G1\n    title: One-click rollback for every service\n    owner: dana\n    measure: Rollback in under 5 minutes\n    status: on-track',
  },
  checkFile({ data, report, pass }) {
    const open = openGoals(data);
    // A goal whose title is still a placeholder is no commitment either, whatever else is filled in.
    if (open.some(([goal]) => written(goal.title) !== undefined)) return pass();
    const anyGoal = Array.isArray(data.goals) && data.goals.length > 0;
    report({
      path: data.goals === undefined ? ['kind'] : ['goals'],
      anchor: 'key',
      message:
        open.length > 0
          ? `the titles of the open goals are placeholders (${quotePlaceholder(open.map(([goal]) => goal.title ?? null))}): write what the team is working towards now`
          : anyGoal
            ? 'every goal is done or only proposed: agree with the team on a goal it is working towards now'
            : 'the charter has no goals: agree with the team on what it is working towards now, so that each member can line up with one',
      fixes:
        data.goals === undefined
          ? [
              {
                title: 'Add a goal',
                edits: [{ op: 'set', path: ['goals'], value: [{ id: 'G1', title: PLACEHOLDER.goalTitle }] }],
                placeholder: PLACEHOLDER.goalTitle,
              },
            ]
          : undefined,
    });
  },
});
