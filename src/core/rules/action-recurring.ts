import { textKey } from '../base/wording';
import { defineRule } from '../engine/rule';
import type { ActionRecord } from '../format/team';
import type { TeamFile } from '../format/teamFile';

/** How many retros before an action's own are searched for the same action done. */
const LOOK_BACK = 2;

export default defineRule({
  id: 'action-recurring',
  step: 6,
  severity: 'warning',
  on: ['X'],
  docs: {
    summary:
      "An action created in one of the team's latest retros (as many as the config's `recentRetros`, 2 by default) has the same title (compared without case or extra spaces) as an action created in one of the two retros before that one, which a later retro, no later than the new action's, reviewed as `done`. One finding per action, on its `title` where it was created, naming the earlier id.",
    rationale:
      'An action that was marked done and then has to be agreed again was not done: the problem it was meant to fix is still there. When the same action comes back retro after retro, each time closed and each time re-created, the follow-through figures look perfect while nothing changes. It usually means the action was too vague to finish for real, or was ticked off to clear the list.',
    howToFix:
      'Reopen the conversation instead of the action: what did the earlier one change, and why is the problem back? Then write an action that can be seen to be done (a measure, a link, a date), or keep the earlier one open and review it as `in-progress` or `carried` until it really is done.',
    example:
      '# 2026-11-16 created A-3 "Book a review slot every day"; 2026-11-30 reviewed it as done\npreviousActions:\n  - id: A-3\n    status: done\n    note: A daily slot at 14:00, in the team calendar\nactions:\n  - id: A-7\n    title: Review pull requests within one working day\n    owner: lee',
  },
  checkTeam({ team, recentRetros, report, pass }) {
    const { retros, actions } = team.timeline;
    const place = new Map<TeamFile, number>(retros.map((retro, index) => [retro, index]));
    const firstRecent = Math.max(0, retros.length - recentRetros);
    // Actions reviewed as done, by title, to look up the earlier action an action repeats.
    const doneByTitle = new Map<string, ActionRecord[]>();
    for (const action of actions.values()) {
      if (action.closedAs !== 'done' || action.title === undefined) continue;
      const key = textKey(action.title);
      const list = doneByTitle.get(key);
      if (list) list.push(action);
      else doneByTitle.set(key, [action]);
    }
    for (const action of actions.values()) {
      const at = place.get(action.createdIn);
      if (at === undefined || at < firstRecent) continue;
      const earlier =
        action.title === undefined
          ? undefined
          : (doneByTitle.get(textKey(action.title)) ?? [])
              .filter((other) => {
                const created = place.get(other.createdIn)!;
                const closed = place.get(other.closedIn!)!;
                return created < at && created >= at - LOOK_BACK && closed <= at;
              })
              .pop();
      if (!earlier) {
        pass(action.createdIn);
        continue;
      }
      report(action.createdIn, {
        path: [...action.path, 'title'],
        message: `action ${action.id} "${action.title}" is ${earlier.id} again, which was created on ${earlier.createdIn.date} and reviewed as done on ${earlier.closedIn!.date}: it came back, so it was not done; what did ${earlier.id} change?`,
        related: [{ file: earlier.createdIn, path: [...earlier.path, 'title'], message: `${earlier.id} created here` }],
      });
    }
  },
});
