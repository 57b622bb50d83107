import { someMemberHas } from './factories';

export default someMemberHas({
  id: 'no-stretch',
  step: 3,
  severity: 'info',
  docs: {
    summary: 'No member has `growth.stretch`.',
    rationale:
      'People grow into leadership by doing slightly more than they already can, with a safety net. A team where nobody has stretch work is comfortable today and short of leaders tomorrow.',
    howToFix: 'Give at least one member a stretch assignment and record it in their `growth.stretch`.',
    example: 'members:\n  - name: sam\n    growth:\n      stretch: Run Q1 planning',
  },
  field: ['growth', 'stretch'],
  message: 'no member has stretch work (growth.stretch)',
  placeholderMessage: 'no member has stretch work yet: growth.stretch holds only placeholders',
});
