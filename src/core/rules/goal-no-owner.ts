import { memberNames } from '../teamFacts';
import { requireFieldInEach } from './factories';

export default requireFieldInEach({
  id: 'goal-no-owner',
  step: 2,
  severity: 'warning',
  kind: 'charter',
  list: 'goals',
  item: 'goal',
  field: 'owner',
  message: (name) => `${name} has no owner`,
  fixes: (path, data) =>
    memberNames(data)
      .slice(0, 8)
      .map((name) => ({ title: `Set owner to ${name}`, edits: [{ op: 'set', path, value: name }] })),
  docs: {
    summary: 'A goal without an `owner`.',
    rationale:
      'A goal owned by everyone is owned by no one. One named owner does not do all the work; they keep the goal moving, report on it, and raise the flag when it slips.',
    howToFix: "Set `owner` to one member's name.",
    example: 'goals:\n  - id: G1\n    title: One-click rollback\n    owner: dana',
  },
});
