import { isProposed } from '../format/goals';
import { entries, str } from '../base/dataReaders';
import { countOption, defineRule } from '../engine/rule';
import { label } from './labels';

export default defineRule({
  id: 'goal-no-activity',
  step: 1,
  severity: 'info',
  on: ['X'],
  options: { lastRetros: countOption(4, "How many of the team's latest retros are searched for an action linked to the goal") },
  docs: {
    summary:
      "A charter goal that is not `done` and that no action touched in the team's last N retros: none was created there with `goal:` set to the goal's id, nor reviewed there under `previousActions` (option `lastRetros`, default 4; only once the team has N dated retros).",
    rationale:
      'A goal that no retrospective acts on is a goal in name only: the team meets, talks and decides, and the goal never comes up. Either it is quietly dropped, or it is being pursued somewhere the team cannot see. Both are worth saying out loud.',
    howToFix:
      'Link the next action that moves the goal forward with `goal: <id>`; or, when the team no longer pursues it, mark it `done` or remove it from the charter.',
    example: 'actions:\n  - id: A-8\n    title: Automate canary analysis\n    owner: sam\n    due: 2026-12-14\n    goal: G1',
  },
  checkTeam({ team, options, report, pass }) {
    const charter = team.charter;
    const { retros, actions } = team.timeline;
    const window = options.lastRetros;
    // Too young a team to tell a neglected goal from a new one.
    if (!charter?.data || retros.length < window) return;
    const recent = new Set(retros.slice(-window));
    const active = new Set<string>();
    for (const action of actions.values()) {
      if (action.goal !== undefined && action.mentions.some((mention) => recent.has(mention.retro))) active.add(action.goal);
    }
    const since = retros[retros.length - window];
    for (const [goal, index] of entries(charter.data.goals)) {
      const id = str(goal.id);
      if (id === undefined || goal.status === 'done' || isProposed(goal)) continue;
      if (active.has(id)) {
        pass(charter);
        continue;
      }
      report(charter, {
        path: ['goals', index, 'id'],
        message: `${label('goal', goal, index)} has no linked action in the last ${window} retros (since ${since.date}): link an action to it with goal: ${id}, or mark it done`,
        related: [{ file: since, path: ['date'], message: `the first of the last ${window} retros` }],
      });
    }
  },
});
