import { at, entries } from '../base/dataReaders';
import { defineRule } from '../engine/rule';
import { memberNamed, memberNames } from '../format/membersAndActions';
import { written } from '../format/placeholders';

export default defineRule({
  id: 'decisions-centralised',
  step: 5,
  severity: 'warning',
  on: ['C'],
  kinds: ['charter'],
  options: { share: { default: 0.67, min: 0, max: 1, description: 'The share of the decision rights one member may hold before it is reported' } },
  docs: {
    summary:
      'Among the decision rights that name who decides, more than `share` are held by one member. Only members count: `team`, `everyone`, roles and groups ("release captain", "the owning SIGs") are nobody; one right held by one member is all of them.',
    rationale:
      'When most decisions sit with one person, the team waits, that person becomes the bottleneck, and nobody else learns to decide. A role that rotates, or a group, is not one person: those spread the decisions already. Handing areas to the team or to other members is how decision-making is learned.',
    howToFix: "Give some of that member's areas to the team, to a role that rotates, or to another member, and keep them as consulted where it helps.",
    example:
      'decisions:\n  rights:\n    - area: Hiring\n      decidedBy: dana\n    - area: Tooling within the team\n      decidedBy: team\n    - area: Release go/no-go\n      decidedBy: release captain',
  },
  checkFile({ data, options, report, pass }) {
    const members = memberNames(data);
    // Who decides each right, as written; a missing or placeholder decidedBy names nobody and is not counted.
    const deciders = entries(at(data, 'decisions', 'rights'))
      .map(([right]) => written(right.decidedBy))
      .filter((name): name is string => name !== undefined);
    // Nothing to judge until someone is named.
    if (deciders.length === 0) return;
    const held = new Map<string, number>();
    for (const name of deciders) {
      const member = memberNamed(name, members);
      if (member !== undefined) held.set(member, (held.get(member) ?? 0) + 1);
    }
    const [top, count] = [...held].sort((a, b) => b[1] - a[1])[0] ?? [undefined, 0];
    if (top === undefined || count / deciders.length <= options.share) return pass();
    const what =
      count === deciders.length ? (count === 1 ? 'the only decision right' : `all ${count} decision rights`) : `${count} of ${deciders.length} decision rights`;
    report({
      path: ['decisions', 'rights'],
      anchor: 'key',
      message: `${top} holds ${what}: hand some of those areas to the team, a rotating role or another member`,
    });
  },
});
