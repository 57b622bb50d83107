import { DEFAULT_LOW_THRESHOLD, describeReading, isLowRating, readPulse } from '../format/pulse';
import { defineRule } from '../engine/rule';
import { COLLECTING, RATING_MEANS, stepName } from './pulseWords';

export default defineRule({
  id: 'pulse-low',
  step: 'rated',
  severity: 'info',
  on: ['R'],
  kinds: ['retro'],
  options: { threshold: { default: DEFAULT_LOW_THRESHOLD, min: 1, max: 5, description: 'a step whose mean rating (1 to 5) is below this is reported' } },
  docs: {
    summary:
      "In a retro's `pulse`, a step whose mean rating is below 3 (option `threshold`); the finding is about that step, on its key under `pulse`. It never counts in scores.",
    rationale: `${RATING_MEANS} A mean below 3 means more of the team disagrees than agrees that the step works for them, whatever the files say. The finding does not lower any score: the pulse stands beside the checklist, not inside it.`,
    howToFix: `Talk about it in the retro while the counts are fresh: ask what a 4 or a 5 would look like for this step, and record one action under \`actions\` that moves toward it. Do not change the counts to silence the finding; the next pulse shows whether the action helped. ${COLLECTING}`,
    example: 'pulse:\n  responses: 6\n  feedback: [0, 1, 1, 3, 1]   # how many rated it 1, 2, 3, 4, 5: mean 3.67',
  },
  checkFile({ data, options, report }) {
    for (const rating of readPulse(data.pulse)?.steps ?? []) {
      if (!isLowRating(rating, options.threshold)) continue;
      report({
        path: ['pulse', rating.key],
        anchor: 'key',
        step: rating.step,
        message: `the team rates ${stepName(rating.step)} ${describeReading(rating)}, below ${options.threshold}: ask what would make it a 4, and record an action`,
      });
    }
  },
});
