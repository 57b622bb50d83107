import { isProposed } from '../format/goals';
import { entries } from '../base/dataReaders';
import { written } from '../format/placeholders';
import { requireFieldInEach } from './factories';

export default requireFieldInEach({
  id: 'goal-no-priority',
  step: 1,
  severity: 'warning',
  kind: 'charter',
  list: 'goals',
  item: 'goal',
  // A proposed goal is an idea: it needs no owner, measure, date or priority yet.
  skip: isProposed,
  field: 'supports',
  message: (name) => `${name} supports no priority: add supports with the id of the organisational priority it serves`,
  placeholderMessage: (name, shown) => `${name} supports only placeholders (${shown}): name the id of the organisational priority it serves`,
  fixes: (path, data) =>
    entries(data.priorities)
      .map(([priority]) => written(priority.id))
      .filter((id): id is string => id !== undefined)
      .slice(0, 5)
      .map((id) => ({ title: `Link to priority ${id}`, edits: [{ op: 'set', path, value: [id] }] })),
  docs: {
    summary: 'A goal has no `supports` list naming the priorities it serves.',
    rationale:
      'The line of sight from a team goal to an organisational priority is what makes the goal worth its cost, and what lets the team drop work that serves nothing. A goal without one is either missing its link or not worth doing.',
    howToFix: 'Add `supports: [P1]` with the ids of the priorities the goal moves forward, or drop the goal.',
    example: 'priorities:\n  - id: P1\n    title: Halve lead time\ngoals:\n  - id: G1\n    title: One-click rollback\n    supports: [P1]',
  },
});
