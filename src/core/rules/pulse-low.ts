import { DEFAULT_LOW_THRESHOLD, describeReading, gapPoints, isLowRating, latestRatings } from '../format/pulse';
import { defineRule } from '../engine/rule';
import pulseGap from './pulse-gap';
import { COLLECTING, RATING_MEANS, stepName } from './pulseWords';

export default defineRule({
  id: 'pulse-low',
  step: 'rated',
  severity: 'info',
  on: ['X'],
  options: { threshold: { default: DEFAULT_LOW_THRESHOLD, min: 1, max: 5, description: 'a step whose mean rating (1 to 5) is below this is reported' } },
  docs: {
    summary:
      "For each step, the team's latest pulse that rates it, when that pulse is in one of its `recentRetros` latest retros: its mean rating is below 3 (option `threshold`) and `pulse-gap` does not report it. On the step's key under `pulse`; older pulses are history. It never counts in scores.",
    rationale: `${RATING_MEANS} A mean below 3 means more of the team disagrees than agrees that the step works for them, whatever the files say. Only the latest rating of a step speaks for the team now, and where the files disagree with it, pulse-gap says so instead. The finding does not lower any score: the pulse stands beside the checklist, not inside it.`,
    howToFix: `Talk about it in the retro while the counts are fresh: ask what a 4 or a 5 would look like for this step, and record one action with \`step\` set to it (until one is agreed, \`pulse-not-acted\` reports the step, with a quick fix that adds one to the latest retro). Do not change the counts to silence the finding; the next pulse shows whether the action helped. ${COLLECTING}`,
    example: 'pulse:\n  responses: 6\n  feedback: [0, 1, 1, 3, 1]   # how many rated it 1, 2, 3, 4, 5: mean 3.67',
  },
  checkHistory({ team, teamSteps, options, recentRetros, settingOf, report }) {
    const { retros } = team.timeline;
    const recent = new Set(retros.slice(-recentRetros));
    // Where pulse-gap reports a step, that finding says more: this one stays quiet (pulse-gap off: as if it never held).
    const gap = settingOf(pulseGap);
    const gapPointsLimit = gap.severity === 'off' ? undefined : (gap.options.points as number);
    for (const { step, rating, pulse } of latestRatings(team.timeline.pulses)) {
      if (!recent.has(pulse.retro) || !isLowRating(rating, options.threshold)) continue;
      if (gapPointsLimit !== undefined && gapPoints(teamSteps[step - 1].score, rating, gapPointsLimit) !== undefined) continue;
      report(pulse.retro, {
        path: ['pulse', rating.key],
        anchor: 'key',
        step,
        message: `the team rates ${stepName(step)} ${describeReading(rating)}, below ${options.threshold}: ask what would make it a 4, and record an action for it`,
      });
    }
  },
});
