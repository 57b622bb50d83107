import { someMemberHas } from './factories';

export default someMemberHas({
  id: 'no-coaching',
  step: 3,
  severity: 'info',
  docs: {
    summary: 'No member has `growth.coach`.',
    rationale:
      'Stretch work without coaching is sink or swim. A named coach, inside or outside the team, turns a hard assignment into learning and is how experience is passed on.',
    howToFix: 'Pair at least one member with a coach and record it in their `growth.coach`.',
    example: 'members:\n  - name: sam\n    growth:\n      coach: dana',
  },
  field: ['growth', 'coach'],
  message: 'no member has a coach (growth.coach)',
  placeholderMessage: 'no member has a coach yet: growth.coach holds only placeholders',
});
