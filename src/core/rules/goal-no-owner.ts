import { isProposed } from '../format/goals';
import { PLACEHOLDER } from '../format/placeholders';
import { memberNames } from '../format/membersAndActions';
import { placeholderFix, requireFieldInEach } from './factories';

export default requireFieldInEach({
  id: 'goal-no-owner',
  step: 2,
  severity: 'warning',
  kind: 'charter',
  list: 'goals',
  item: 'goal',
  // A proposed goal is an idea: it needs no owner, measure, date or priority yet.
  skip: isProposed,
  field: 'owner',
  message: (name) => `${name} has no owner`,
  placeholderMessage: (name, shown) => `${name} has a placeholder owner (${shown}): name the one member who keeps it moving`,
  fixes: (path, data) => {
    const members = memberNames(data).slice(0, 8);
    return members.length
      ? members.map((name) => ({ title: `Set owner to ${name}`, edits: [{ op: 'set', path, value: name }] }))
      : [placeholderFix('Add an owner', path, PLACEHOLDER.owner)];
  },
  docs: {
    summary: 'A goal without an `owner`.',
    rationale:
      'A goal owned by everyone is owned by no one. One named owner does not do all the work; they keep the goal moving, report on it, and raise the flag when it slips.',
    howToFix: "Set `owner` to one member's name.",
    example: 'goals:\n  - id: G1\n    title: One-click rollback\n    owner: dana',
  },
});
