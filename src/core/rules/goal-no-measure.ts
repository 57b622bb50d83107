import { isProposed } from '../format/goals';
import { PLACEHOLDER } from '../format/placeholders';
import { placeholderFix, requireFieldInEach } from './factories';

export default requireFieldInEach({
  id: 'goal-no-measure',
  step: 2,
  severity: 'warning',
  kind: 'charter',
  list: 'goals',
  item: 'goal',
  // A proposed goal is an idea: it needs no owner, measure, date or priority yet.
  skip: isProposed,
  field: 'measure',
  message: (name) => `${name} has no measure: how will the team know it is done?`,
  placeholderMessage: (name, shown) => `${name} has a placeholder measure (${shown}): write how the team will know it is done`,
  fixes: (path) => [placeholderFix('Add a measure', path, PLACEHOLDER.measure)],
  docs: {
    summary: 'A goal without a `measure`.',
    rationale:
      'Without a measure, a goal cannot be reviewed in the open: progress becomes a matter of opinion and "done" is whenever interest fades. A number, a threshold or an observable outcome makes status reports honest.',
    howToFix: 'Add `measure`: what will be observably true when the goal is met (a number, a threshold, a date something happens).',
    example: 'goals:\n  - id: G1\n    title: One-click rollback\n    measure: Rollback in under 5 minutes for 100% of services',
  },
});
