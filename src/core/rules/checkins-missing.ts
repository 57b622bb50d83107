import { placeholderFix, requireField } from './factories';

export default requireField({
  id: 'checkins-missing',
  step: 2,
  severity: 'warning',
  kind: 'charter',
  path: ['accountability', 'checkIns'],
  message: 'the charter sets no check-in cadence (accountability.checkIns)',
  fix: placeholderFix('Add accountability.checkIns', ['accountability', 'checkIns'], 'weekly'),
  docs: {
    summary: 'The charter has no `accountability.checkIns` cadence.',
    rationale:
      'Regular one-on-one check-ins are where ownership is supported rather than policed: blockers surface early, and nobody learns at the deadline that a goal slipped a month ago.',
    howToFix: 'Add `accountability.checkIns` with a cadence: weekly, biweekly, monthly, quarterly, or "every N weeks".',
    example: 'accountability:\n  checkIns: weekly\n  progressReview: biweekly\n  tracking: https://example.org/board',
  },
});
