import { entries } from '../base/dataReaders';
import { isProposed } from '../format/goals';
import { isPlaceholderText, written } from '../format/placeholders';
import { defineRule } from '../engine/rule';
import { CHANGE_WORDS, NUMBER_WORDS, hasChangeWord, hasQuantity, isVague, quoted, shownWords } from './words';

export default defineRule({
  id: 'measure-not-measurable',
  step: 2,
  severity: 'warning',
  on: ['C'],
  kinds: ['charter'],
  docs: {
    summary:
      'A goal\'s `measure` that names no target: it has no digit and no number word, and it is either only stock words (as text-vague reads them) or says which way things should move ("faster", "improved") without saying how far.',
    rationale:
      'A measure is how the team, and everyone watching, will know the goal is met. "Quality improved" and "Faster builds" are wishes: any change at all meets them, so nobody can say the goal slipped, and a check-in becomes a conversation about feelings. A target (a number, a threshold, or something that will no longer happen) lets the owner report honestly and lets the team see the gap early.',
    howToFix:
      'Say how far, not only which way: "Builds under 8 minutes at the 90th percentile", "Two releases a week", "No more manual deploys", "Batch job deleted". If the goal is still an idea nobody has committed to, mark it `status: proposed`.',
    details: `A measure is read as words (runs of letters, compared without case). It passes when it has a digit or one of the number words: ${shownWords(NUMBER_WORDS)}. Otherwise it is reported when every word is a small or generic word (the lists of text-vague, without that rule's options) or when it has one of the words of change: ${shownWords(CHANGE_WORDS)}. A measure that is a placeholder is left to goal-no-measure, and goals marked \`proposed\` are not read. Each measure read is one check of step 2.`,
    example: 'goals:\n  - id: G1\n    title: Faster builds\n    measure: Builds under 8 minutes for 90% of runs',
  },
  checkFile({ data, report, pass }) {
    for (const [goal, index] of entries(data.goals)) {
      // A proposed goal is an idea: nobody is held to its measure yet.
      if (isProposed(goal)) continue;
      const measure = goal.measure;
      // Only written text: a placeholder is goal-no-measure's, anything else the schema's.
      if (typeof measure !== 'string' || isPlaceholderText(measure)) continue;
      if (hasQuantity(measure) || !(isVague(measure) || hasChangeWord(measure))) {
        pass();
        continue;
      }
      const id = written(goal.id) ?? `#${index + 1}`;
      const why = hasChangeWord(measure) ? 'says which way things should move, not how far' : 'is only stock words';
      report({
        path: ['goals', index, 'measure'],
        message: `the measure of goal ${id}, ${quoted(measure)}, ${why}: give a target, such as a number, a threshold, or something that will no longer happen`,
      });
    }
  },
});
