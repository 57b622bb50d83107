import { entries, str } from '../base/dataReaders';
import { isPlaceholderText, quotePlaceholder, written } from '../format/placeholders';
import { defineRule } from '../engine/rule';
import { retroActions } from '../format/team';
import { label } from './labels';

export default defineRule({
  id: 'action-unknown-goal',
  step: 1,
  severity: 'error',
  on: ['X'],
  docs: {
    summary: "A retro action's `goal` is not a goal id of its team's charter.",
    rationale:
      'Linking an action to a goal is how a retro shows which commitment it moves forward, and how the progress of the goal can be followed. A link to a goal the charter does not have is lost on the way: usually a typo or a goal that was renamed.',
    howToFix: "Use one of the charter's goal ids, or remove `goal` when the action serves no goal.",
    example: 'actions:\n  - id: A-8\n    title: Automate canary analysis\n    owner: sam\n    due: 2026-12-14\n    goal: G1',
  },
  checkTeam({ team, report, pass }) {
    const charter = team.charter;
    if (!charter?.data) return;
    const goals = entries(charter.data.goals)
      .map(([goal]) => written(goal.id))
      .filter((id): id is string => id !== undefined);
    const known = new Set(goals);
    for (const retro of team.retros) {
      for (const [action, index] of retroActions(retro)) {
        const goal = str(action.goal);
        if (goal === undefined) continue;
        if (known.has(goal)) {
          pass(retro);
          continue;
        }
        const path = ['actions', index, 'goal'];
        const name = label('action', action, index);
        report(retro, {
          path,
          message: isPlaceholderText(goal)
            ? `${name} links to a placeholder goal (${quotePlaceholder(goal)}): ${goals.length ? `name one of the charter's goals (${goals.join(', ')})` : `the charter of ${team.id} has no goals yet`}, or remove goal`
            : `${name} links to goal "${goal}", which is not in the charter of ${team.id}${goals.length ? ` (goals: ${goals.join(', ')})` : ''}`,
          related: [{ file: charter, path: ['goals'], anchor: 'key', message: `the goals of ${team.id}` }],
          fixes: goals.slice(0, 5).map((id) => ({ title: `Change to ${id}`, edits: [{ op: 'set', path, value: id }] })),
        });
      }
    }
  },
});
