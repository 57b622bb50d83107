import { PLACEHOLDER } from '../format/placeholders';
import { placeholderFix, requireField } from './factories';

export default requireField({
  id: 'checkins-missing',
  step: 2,
  severity: 'warning',
  kind: 'charter',
  path: ['accountability', 'checkIns'],
  message: 'the charter sets no cadence for progress check-ins, where owners report on their goals (accountability.checkIns)',
  placeholderMessage: (shown) => `the cadence of progress check-ins is a placeholder (${shown}): say how often owners report on their goals`,
  fix: placeholderFix('Add accountability.checkIns', ['accountability', 'checkIns'], PLACEHOLDER.cadence),
  docs: {
    summary: 'The charter has no `accountability.checkIns` cadence for progress check-ins.',
    rationale:
      'Progress check-ins are where each owner says how their goal stands, in front of the people who depend on it. Held on a known rhythm, they surface blockers early and support ownership rather than police it: nobody learns at the deadline that a goal slipped a month ago. (One-on-ones are a different conversation, about the person: `feedback.oneOnOnes`.)',
    howToFix: 'Add `accountability.checkIns` with a cadence: weekly, biweekly, monthly, quarterly, or "every N weeks".',
    example: 'accountability:\n  checkIns: weekly\n  progressReview: biweekly\n  tracking: https://example.org/board',
  },
});
