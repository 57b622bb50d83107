import { defineRule } from '../rule';
import { reviewAction } from '../teamFacts';

export default defineRule({
  id: 'previous-actions-not-reviewed',
  step: 6,
  severity: 'warning',
  on: ['X'],
  docs: {
    summary: "An action still open after the team's previous retro that this retro does not list under `previousActions` (one finding per action).",
    rationale:
      'The feedback loop closes only when last time\'s actions are looked at again. Reviewing each open action, done, in progress, carried or dropped, is what tells the team its retros matter.',
    howToFix: 'List every open action under `previousActions` with its status: done, in-progress, carried or dropped.',
    example: 'previousActions:\n  - id: A-7\n    status: done\n  - id: A-6\n    status: carried\n    note: Waiting on the new runners',
  },
  checkTeam({ team, report, pass }) {
    for (const review of team.timeline.reviews) {
      for (const action of review.openBefore) {
        if (review.listed.has(action.id)) {
          pass(review.retro);
          continue;
        }
        report(review.retro, {
          path: ['previousActions'],
          anchor: 'missing',
          message: `open action ${action.id}${action.title ? ` "${action.title}"` : ''}${action.owner ? ` (${action.owner})` : ''} is not reviewed under previousActions`,
          related: [{ file: action.createdIn, path: [...action.path, 'id'], message: `${action.id} created here` }],
          fixes: [{ title: `Review ${action.id} under previousActions`, edits: [reviewAction(review.retro.data?.previousActions, action.id, 'status', 'carried')!], placeholder: 'carried' }],
        });
      }
    }
  },
});
