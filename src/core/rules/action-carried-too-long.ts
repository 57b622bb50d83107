import { countOption, defineRule } from '../engine/rule';
import { carriedTooLong } from '../format/membersAndActions';

export default defineRule({
  id: 'action-carried-too-long',
  step: 6,
  severity: 'warning',
  on: ['X'],
  options: { maxRetros: countOption(3, 'How many retros, counting the one that created it, an action may stay open') },
  docs: {
    summary:
      "An action still open after N or more retros of its team, counting the one that created it (option `maxRetros`, default 3), unless the team's latest retro `deferred` it `until` a date that is today or later.",
    rationale:
      'An action carried from retro to retro is a decision not yet taken: it is too big, nobody has time for it, or nobody believes in it anymore. Naming it helps the team split it, staff it or drop it, and keeps the action list honest.',
    howToFix:
      'In the next retro, mark it done, drop it with a note, or replace it with a smaller action that can be finished before the retro after. When the team waits on purpose, review it as `deferred` with `until` and a note.',
    example: 'previousActions:\n  - id: A-3\n    status: dropped\n    note: Superseded by A-9, a smaller first step',
  },
  checkTeam({ team, options, today, report, pass }) {
    const limit = options.maxRetros;
    for (const { action, where } of team.openActionsAndPlaces()) {
      if (!carriedTooLong(team, action, limit, today)) {
        pass(where.retro);
        continue;
      }
      const since = action.createdIn.date;
      report(where.retro, {
        path: [...where.path, 'id'],
        message: `action ${action.id}${action.title ? ` "${action.title}"` : ''} has been open for ${action.retroCount} retros${since ? ` (since ${since})` : ''}; the limit is ${limit}: finish it, split it or drop it`,
        related: where.status === 'created' ? undefined : [{ file: action.createdIn, path: [...action.path, 'id'], message: `${action.id} created here` }],
      });
    }
  },
});
