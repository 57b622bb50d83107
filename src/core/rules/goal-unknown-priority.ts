import { arr, entries } from '../base/dataReaders';
import { written } from '../format/placeholders';
import { defineRule } from '../engine/rule';
import { label } from './labels';

export default defineRule({
  id: 'goal-unknown-priority',
  step: 1,
  severity: 'error',
  on: ['C'],
  kinds: ['charter'],
  docs: {
    summary: "A goal's `supports` names an id that is not in `priorities`.",
    rationale:
      'A link to a priority that does not exist is a broken line of sight: usually a typo or a priority that was renamed or retired. Either way the goal no longer shows which strategy it serves.',
    howToFix: 'Correct the id, add the missing priority, or link the goal to a priority that exists.',
    example: 'priorities:\n  - id: P1\n    title: Halve lead time\ngoals:\n  - id: G1\n    supports: [P1]',
  },
  checkFile({ data, report, pass }) {
    const known = new Set(entries(data.priorities).map(([p]) => written(p.id)));
    for (const [goal, index] of entries(data.goals)) {
      arr(goal.supports).forEach((value, j) => {
        // A placeholder links nothing: goal-no-priority speaks of it.
        const id = written(value);
        if (id === undefined) return;
        if (known.has(id)) return pass();
        const ids = [...known].filter(Boolean).join(', ');
        report({
          path: ['goals', index, 'supports', j],
          message: `${label('goal', goal, index)} supports "${id}", which is not a priority id${ids ? ` (priorities: ${ids})` : ': the charter lists no priorities'}`,
          fixes: [...known]
            .filter((k): k is string => k !== undefined)
            .slice(0, 5)
            .map((k) => ({ title: `Change to ${k}`, edits: [{ op: 'set', path: ['goals', index, 'supports', j], value: k }] })),
        });
      });
    }
  },
});
