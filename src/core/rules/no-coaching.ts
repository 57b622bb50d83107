import { at, entries, present } from '../access';
import { defineRule } from '../rule';

export default defineRule({
  id: 'no-coaching',
  step: 3,
  severity: 'info',
  on: ['C'],
  kinds: ['charter'],
  docs: {
    summary: 'No member has `growth.coach`.',
    rationale:
      'Stretch work without coaching is sink or swim. A named coach, inside or outside the team, turns a hard assignment into learning and is how experience is passed on.',
    howToFix: 'Pair at least one member with a coach and record it in their `growth.coach`.',
    example: 'members:\n  - name: sam\n    growth:\n      coach: dana',
  },
  checkFile({ data, report, pass }) {
    const members = entries(data.members);
    if (members.length === 0) return;
    if (members.some(([member]) => present(at(member, 'growth', 'coach')))) return pass();
    report({ path: ['members'], anchor: 'key', message: 'no member has a coach (growth.coach)' });
  },
});
