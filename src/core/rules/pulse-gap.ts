import { describeReading, gapPoints, latestRatings, DEFAULT_GAP_POINTS } from '../format/pulse';
import { defineRule } from '../engine/rule';
import { COLLECTING, RATING_MEANS, stepName } from './pulseWords';

export default defineRule({
  id: 'pulse-gap',
  step: 'rated',
  severity: 'warning',
  on: ['X'],
  options: {
    points: {
      default: DEFAULT_GAP_POINTS,
      min: 0,
      max: 100,
      description: 'how many points the score may stand above the pulse percentage before it is reported',
    },
  },
  docs: {
    summary:
      "For each step, the team's latest pulse that rates it, when that pulse is in one of its `recentRetros` latest retros: the step's team score exceeds its pulse percentage by more than 40 points (option `points`): the files look healthy, the team disagrees. On the step's key under `pulse`; it never counts in scores.",
    rationale: `${RATING_MEANS} The checklist can only read what is written; the team lives the practice. When the files score a step at 90% and the team rates it 2 out of 5, the paperwork has got ahead of reality: a growth plan nobody follows, decision rights nobody uses, wins recorded but never said out loud. That gap is worth more attention than any missing field.`,
    howToFix: `Treat the gap as a question, not a verdict. In the next retro, show the step's score beside the team's rating and ask what the files say that does not happen, then either make it happen (an action with an owner) or make the files honest (remove what is not practised, so the score drops to meet the team). The finding goes once the two are within the points again. ${COLLECTING}`,
    example: '# The files score step 3 at 90%; the team agrees with them:\npulse:\n  responses: 5\n  growth: [0, 0, 1, 2, 2]   # mean 4.2, 80%',
  },
  checkHistory({ team, teamSteps, options, recentRetros, report }) {
    const { retros } = team.timeline;
    const recent = new Set(retros.slice(-recentRetros));
    // Each step's latest rating speaks for the team now, when it was given in a recent retro; older pulses are history.
    for (const { step, rating, pulse } of latestRatings(team.timeline.pulses)) {
      const score = teamSteps[step - 1].score;
      const points = recent.has(pulse.retro) ? gapPoints(score, rating, options.points) : undefined;
      if (points === undefined) continue;
      report(pulse.retro, {
        path: ['pulse', rating.key],
        anchor: 'key',
        step,
        message: `${stepName(step)} scores ${score}% in the files, but the team rates it ${describeReading(rating)}: ${points} points apart; ask the team what the files say that does not happen`,
      });
    }
  },
});
