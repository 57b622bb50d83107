import { entries, str, strs } from '../base/dataReaders';
import { defineRule } from '../engine/rule';
import { label } from './labels';

export default defineRule({
  id: 'priority-no-goal',
  step: 1,
  severity: 'info',
  on: ['C'],
  kinds: ['charter'],
  docs: {
    summary: 'A priority that no goal supports.',
    rationale:
      'Listing a priority says the team serves it; having no goal for it says it does not. Either is fine, but the charter should not say both. Often it means a goal is missing its `supports`, or the priority belongs to another team.',
    howToFix: 'Add or link a goal that moves the priority forward, or remove the priority from this charter.',
    example: 'priorities:\n  - id: P1\n    title: Halve lead time\ngoals:\n  - id: G1\n    supports: [P1]',
  },
  checkFile({ data, report, pass }) {
    const supported = new Set(entries(data.goals).flatMap(([goal]) => strs(goal.supports)));
    for (const [priority, index] of entries(data.priorities)) {
      const id = str(priority.id);
      if (id === undefined) continue;
      if (supported.has(id)) pass();
      else report({ path: ['priorities', index, 'id'], message: `no goal supports ${label('priority', priority, index)}` });
    }
  },
});
