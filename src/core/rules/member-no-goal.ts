import { openGoals } from '../format/goals';
import { entries, strs } from '../base/dataReaders';
import { presence, quotePlaceholder, written } from '../format/placeholders';
import { defineRule } from '../engine/rule';
import type { Fix } from '../base/types';
import { label } from './labels';

export default defineRule({
  id: 'member-no-goal',
  step: 1,
  severity: 'info',
  on: ['C'],
  kinds: ['charter'],
  docs: {
    summary:
      "A member who is neither the `owner` nor one of the `contributors` of any goal that is neither `done` nor `proposed`: no line of sight from that person to a team goal (one finding per member, on the member's entry). Not when the charter has no such goal: `goals-missing` says so once.",
    rationale:
      'Alignment is personal: each member should be able to point at a team goal and say "that is what my work moves". A member whose name appears on no open goal is either doing work the charter does not show, or is not sure what the team needs from them. Both are worth a conversation.',
    howToFix:
      'Add the member to the `contributors` of the goal their work serves (or make them its `owner`); if their work serves no goal, that is a goal to add, or work to question. A member whose name is still a placeholder is reported too: nobody can name them on a goal.',
    example: 'goals:\n  - id: G1\n    title: One-click rollback\n    owner: dana\n    contributors: [sam]\nmembers:\n  - name: dana\n  - name: sam',
  },
  checkFile({ data, report, pass }) {
    const open = openGoals(data);
    // With no goal to line up with, goals-missing says so once: not once per member.
    if (open.length === 0) return;
    const onAGoal = new Set<string>();
    for (const [goal] of open) {
      const owner = written(goal.owner);
      if (owner !== undefined) onAGoal.add(owner);
      for (const name of strs(goal.contributors)) onAGoal.add(name);
    }
    for (const [member, index] of entries(data.members)) {
      const name = written(member.name);
      if (name === undefined) {
        // Nobody can name a placeholder as owner or contributor: say so where it stands.
        if (presence(member.name) === 'placeholder') {
          report({
            path: ['members', index, 'name'],
            message: `member #${index + 1} has a placeholder name (${quotePlaceholder(member.name)}): write their name, then add them to the goal their work serves`,
          });
        }
        continue;
      }
      if (onAGoal.has(name)) {
        pass();
        continue;
      }
      report({
        path: ['members', index],
        anchor: 'key',
        message: `${name} owns no open goal and contributes to none: add them to the contributors of the goal their work serves`,
        // One choice per open goal: which goal a person's work serves is theirs to say.
        fixes: (): Fix[] =>
          open.slice(0, 8).map(([goal, goalIndex]) => ({
            title: `Add ${name} to the contributors of ${label('goal', goal, goalIndex)}`,
            edits: [{ op: 'append', path: ['goals', goalIndex, 'contributors'], value: name }],
          })),
      });
    }
  },
});
