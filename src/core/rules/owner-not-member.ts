import { entries, type ListItems } from '../base/dataReaders';
import { written } from '../format/placeholders';
import { defineRule } from '../engine/rule';
import { memberNames } from '../format/membersAndActions';
import { retroActions } from '../format/team';
import type { Fix } from '../base/types';
import { closest } from '../base/wording';
import { label } from './labels';

function check(
  items: ListItems,
  list: 'goals' | 'actions',
  members: string[],
  known: ReadonlySet<string>,
  report: (r: { path: (string | number)[]; message: string; fixes?: Fix[] }) => void,
  pass: () => void,
): void {
  for (const [item, index] of items) {
    // A placeholder owner is the presence rules' finding (goal-no-owner, action-no-owner).
    const owner = written(item.owner);
    if (owner === undefined) continue;
    if (known.has(owner)) {
      pass();
      continue;
    }
    const close = closest(owner, members);
    const path = [list, index, 'owner'];
    report({
      path,
      message: `the owner of ${label(list === 'goals' ? 'goal' : 'action', item, index)}, "${owner}", is not a member of the team${close ? `; did you mean "${close}"?` : ''}`,
      fixes: close ? [{ title: `Change owner to ${close}`, edits: [{ op: 'set', path, value: close }] }] : undefined,
    });
  }
}

export default defineRule({
  id: 'owner-not-member',
  step: 2,
  severity: 'warning',
  on: ['C', 'R'],
  kinds: ['charter'],
  docs: {
    summary: "A goal owner or an action owner who is not in the charter's `members`.",
    rationale:
      'Ownership only works when the owner is part of the team that reviews the work: they are at the retro, in the check-ins, and accountable to the same people. An owner outside the team, or a misspelt name, quietly breaks that loop.',
    howToFix: 'Use a name exactly as it is written under `members`, or add the person to `members`.',
    example: 'members:\n  - name: dana\ngoals:\n  - id: G1\n    owner: dana',
  },
  checkFile({ data, report, pass }) {
    const members = memberNames(data);
    if (members.length > 0) check(entries(data.goals), 'goals', members, new Set(members), report, pass);
  },
  checkTeam({ team, report, pass }) {
    const charter = team.charter?.data;
    if (!charter) return;
    const members = memberNames(charter);
    if (members.length === 0) return;
    const known = new Set(members);
    for (const retro of team.retros)
      check(
        retroActions(retro),
        'actions',
        members,
        known,
        (r) => report(retro, r),
        () => pass(retro),
      );
  },
});
