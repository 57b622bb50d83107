import { defineRule } from '../engine/rule';
import type { ActionRecord, RetroReview } from '../format/team';
import { reviewWithStatus } from '../format/membersAndActions';
import type { Fix } from '../base/types';
import { REVIEW_STATUSES } from '../format/vocabulary';

/** One quick fix per status: reviewing is the team's call, so Fix All never picks one. */
function reviewFixes(previousActions: unknown, action: ActionRecord): Fix[] {
  return REVIEW_STATUSES.map((status) => ({ title: `Review ${action.id} as ${status}`, ...reviewWithStatus(previousActions, action.id, status) }));
}

function describe(action: ActionRecord): string {
  return `${action.id}${action.title ? ` "${action.title}"` : ''}${action.owner ? ` (${action.owner})` : ''}`;
}

export default defineRule({
  id: 'previous-actions-not-reviewed',
  step: 6,
  severity: 'warning',
  on: ['X'],
  retroContent: true,
  docs: {
    summary:
      "An action still open after the team's previous retro that this retro does not list under `previousActions` with a status: one finding per action, in the latest retro that should have listed it. Listed without a status, as `new retro` writes it, is not reviewed yet.",
    rationale:
      "The feedback loop closes only when last time's actions are looked at again. Reviewing each open action, done, in progress, carried, blocked, deferred or dropped, is what tells the team its retros matter. A list of ids with no status is the agenda, not the review.",
    howToFix:
      'List every open action under `previousActions` with the status the team gives it: done, in-progress, carried, blocked, deferred (with `until`) or dropped; say why in `note` for the last three.',
    example: 'previousActions:\n  - id: A-7\n    status: done\n  - id: A-6\n    status: blocked\n    note: Waiting on the new runners',
  },
  checkTeam({ team, report, pass }) {
    // Each action is judged once, in the latest retro that should have listed it: a stale action is one
    // finding, not one per retro that passed it by (earlier retros are judged as they stood, in the history).
    const latest = new Map<ActionRecord, RetroReview>();
    for (const review of team.timeline.reviews) for (const action of review.openBefore) latest.set(action, review);
    for (const [action, review] of latest) {
      if (review.listed.has(action.id)) {
        pass(review.retro);
        continue;
      }
      const previous = review.retro.data?.previousActions;
      const index = review.unreviewed.get(action.id);
      const related = [{ file: action.createdIn, path: [...action.path, 'id'], message: `${action.id} created here` }];
      if (index !== undefined) {
        report(review.retro, {
          path: ['previousActions', index, 'status'],
          anchor: 'missing',
          message: `open action ${describe(action)} is listed under previousActions with no status (${REVIEW_STATUSES.join(', ')}): the team has not reviewed it yet`,
          related,
          fixes: () => reviewFixes(previous, action),
        });
        continue;
      }
      report(review.retro, {
        path: ['previousActions'],
        anchor: 'missing',
        message: `open action ${describe(action)} is not reviewed under previousActions`,
        related,
        fixes: () => reviewFixes(previous, action),
      });
    }
  },
});
