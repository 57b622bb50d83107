import { describeReading, pulseGaps, DEFAULT_GAP_POINTS } from '../format/pulse';
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
      "In the team's latest retro with a pulse, a step whose team score exceeds its pulse percentage by more than 40 points (option `points`): the files look healthy, the team disagrees. On the step's key under `pulse`; it never counts in scores.",
    rationale: `${RATING_MEANS} The checklist can only read what is written; the team lives the practice. When the files score a step at 90% and the team rates it 2 out of 5, the paperwork has got ahead of reality: a growth plan nobody follows, decision rights nobody uses, wins recorded but never said out loud. That gap is worth more attention than any missing field.`,
    howToFix: `Treat the gap as a question, not a verdict. In the next retro, show the step's score beside the team's rating and ask what the files say that does not happen, then either make it happen (an action with an owner) or make the files honest (remove what is not practised, so the score drops to meet the team). The finding goes once the two are within the points again. ${COLLECTING}`,
    example: '# The files score step 3 at 90%; the team agrees with them:\npulse:\n  responses: 5\n  growth: [0, 0, 1, 2, 2]   # mean 4.2, 80%',
  },
  checkHistory({ team, teamSteps, options, report }) {
    const { pulses } = team.timeline;
    const latest = pulses[pulses.length - 1];
    if (!latest) return;
    for (const gap of pulseGaps(teamSteps, latest, options.points)) {
      report(latest.retro, {
        path: ['pulse', latest.pulse.steps.find((s) => s.step === gap.step)!.key],
        anchor: 'key',
        step: gap.step,
        message: `${stepName(gap.step)} scores ${gap.score}% in the files, but the team rates it ${describeReading(gap.pulse)}: ${gap.points} points apart; ask the team what the files say that does not happen`,
      });
    }
  },
});
