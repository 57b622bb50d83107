import { at, entries, present } from '../access';
import { defineRule } from '../rule';

export default defineRule({
  id: 'no-stretch',
  step: 3,
  severity: 'info',
  on: ['C'],
  kinds: ['charter'],
  docs: {
    summary: 'No member has `growth.stretch`.',
    rationale:
      'People grow into leadership by doing slightly more than they already can, with a safety net. A team where nobody has stretch work is comfortable today and short of leaders tomorrow.',
    howToFix: 'Give at least one member a stretch assignment and record it in their `growth.stretch`.',
    example: 'members:\n  - name: sam\n    growth:\n      stretch: Run Q1 planning',
  },
  checkFile({ data, report, pass }) {
    const members = entries(data.members);
    if (members.length === 0) return;
    if (members.some(([member]) => present(at(member, 'growth', 'stretch')))) return pass();
    report({ path: ['members'], anchor: 'key', message: 'no member has stretch work (growth.stretch)' });
  },
});
