import { countOption, defineRule } from '../engine/rule';
import { memberNamed, memberNames } from '../format/membersAndActions';
import type { TeamFile } from '../format/teamFile';
import { retroDecisions } from './retroRecords';

/** Fewer decisions that say who took them than this are too few to see a pattern. */
const MIN_DECISIONS = 3;

export default defineRule({
  id: 'decisions-by-one',
  step: 5,
  severity: 'warning',
  on: ['X'],
  options: {
    lastRetros: countOption(4, "How many of the team's latest retros are read for who took their decisions"),
    share: { default: 0.67, min: 0, max: 1, description: 'The share of the decisions that name who took them one member may have taken before it is reported' },
  },
  docs: {
    summary:
      "Over the team's last N retros (option `lastRetros`, default 4; only once the team has N dated retros), at least 3 decisions say who took them (`by`), and one member took more than `share` (default 0.67) of those. As in `decisions-centralised`, only the charter's members count as one person: `team`, `everyone`, roles and groups are nobody. Reported on the `by` of that member's latest decision.",
    rationale:
      'Decision rights in a charter say who may decide; the decisions a team records say who actually does. When nearly every decision of recent months was taken by the same person, the rights on paper are not being used: the others bring problems instead of choices, wait for a yes, and never practise deciding. Decisions all taken by one person are not empowerment, however the charter reads.',
    howToFix:
      'Look at the areas of those decisions and at `decisions.rights` in the charter: hand the next decisions in an area to whoever holds its right, to the team, or to a role that rotates, with this member consulted. Record who took each decision under `by`, so the next retros show the change.',
    example:
      'decisions:\n  - text: Adopt trunk-based development\n    by: team\n  - text: Pin the CI runner image\n    by: sam\n  - text: Hire a second SRE\n    by: dana',
  },
  checkTeam({ team, options, report, pass }) {
    const charter = team.charter;
    const { retros } = team.timeline;
    const window = options.lastRetros;
    if (!charter?.data || retros.length < window) return;
    const members = memberNames(charter.data);
    const last = retros.slice(-window);
    // Decisions that say who took them; per member, how many and the latest one.
    let named = 0;
    const byMember = new Map<string, { count: number; retro: TeamFile; index: number }>();
    for (const retro of last) {
      for (const decision of retroDecisions(retro)) {
        if (decision.text === undefined || decision.by === undefined) continue;
        named++;
        const member = memberNamed(decision.by, members);
        if (member === undefined) continue;
        const seen = byMember.get(member);
        byMember.set(member, { count: (seen?.count ?? 0) + 1, retro, index: decision.index });
      }
    }
    if (named < MIN_DECISIONS) return;
    const latest = last[last.length - 1];
    let top: [string, { count: number; retro: TeamFile; index: number }] | undefined;
    for (const entry of byMember) if (!top || entry[1].count > top[1].count) top = entry;
    if (!top || top[1].count / named <= options.share) return pass(latest);
    const [member, { count, retro, index }] = top;
    report(retro, {
      path: ['decisions', index, 'by'],
      message: `${member} took ${count} of the ${named} decisions that say who took them in the last ${window} retros (since ${last[0].date}; ${Math.round((count / named) * 100)}%, the limit is ${Math.round(options.share * 100)}%): let the team, or whoever holds the right, take the next ones`,
      related: [{ file: last[0], path: ['date'], message: `the first of the last ${window} retros` }],
    });
  },
});
