import { entries } from '../base/dataReaders';
import { plural } from '../base/wording';
import { defineRule } from '../engine/rule';
import { memberNamed, memberNames } from '../format/membersAndActions';
import { written } from '../format/placeholders';
import { retroActions } from '../format/team';

/** Fewer people than this, and one of them owning most of the work is simply how the team is. */
const MIN_MEMBERS = 3;
/** Fewer owned items than this say too little to call it concentrated. */
const MIN_ITEMS = 4;

/** A person as owners are compared: trimmed, without case. */
const personKey = (name: string) => name.trim().toLowerCase();

export default defineRule({
  id: 'ownership-concentrated',
  step: 2,
  severity: 'warning',
  on: ['X'],
  options: {
    share: { default: 0.67, min: 0, max: 1, description: 'The share of the owned goals and recent actions one person may own before it is reported' },
  },
  docs: {
    summary:
      "One person owns more than `share` (default 0.67) of what the team has put a name on: its goals that are not `done` and have an `owner`, and the actions with an `owner` created in its latest retros (as many as the config's `recentRetros`, 2 by default). Only for a team of 3 or more members with at least 4 such items; owners are compared without case. Reported on that person's entry under `members` (on `members` when the owner is not one).",
    rationale:
      "Accountability that always lands on the same person is not shared accountability: the others stop feeling that the goals are theirs, the one owner becomes the team's bottleneck and its single point of failure, and nobody else learns to carry a piece of work to the end. A team where every goal and every action has the manager's name on it has owners on paper and passengers in practice.",
    howToFix:
      "At the next retro or goal review, hand some of this person's goals and actions to others, with the first owner as a contributor or coach where it helps. When the person holds them because nobody else can, that is a growth gap to plan for (step 3).",
    example:
      "goals:\n  - id: G1\n    title: One-click rollback for every service\n    owner: dana\n  - id: G2\n    title: Builds under ten minutes\n    owner: sam\n# and the retros' actions: owner lee, sam, dana, lee",
  },
  checkTeam({ team, options, recentRetros, report, pass }) {
    const charter = team.charter;
    if (!charter?.data) return;
    const members = memberNames(charter.data);
    if (new Set(members.map(personKey)).size < MIN_MEMBERS) return;
    // Who owns what: a member by the charter's spelling, anyone else as first written.
    const owned = new Map<string, { name: string; goals: number; actions: number }>();
    const own = (owner: unknown, kind: 'goals' | 'actions') => {
      const name = written(owner)?.trim();
      if (name === undefined) return false;
      const shown = memberNamed(name, members) ?? name;
      const key = personKey(shown);
      let entry = owned.get(key);
      if (!entry) owned.set(key, (entry = { name: shown, goals: 0, actions: 0 }));
      entry[kind]++;
      return true;
    };
    let goals = 0;
    for (const [goal] of entries(charter.data.goals)) if (goal.status !== 'done' && own(goal.owner, 'goals')) goals++;
    const recent = team.timeline.retros.slice(-recentRetros);
    let actions = 0;
    for (const retro of recent) for (const [action] of retroActions(retro)) if (own(action.owner, 'actions')) actions++;
    const total = goals + actions;
    if (total < MIN_ITEMS) return;
    // The one who owns the most; at the default share only one person can be above it.
    let top: { name: string; goals: number; actions: number } | undefined;
    for (const entry of owned.values()) if (!top || entry.goals + entry.actions > top.goals + top.actions) top = entry;
    const count = top!.goals + top!.actions;
    if (count / total <= options.share) return pass(charter);
    const index = entries(charter.data.members).find(([member]) => {
      const name = written(member.name);
      return name !== undefined && personKey(name) === personKey(top!.name);
    })?.[1];
    const parts = [`${top!.goals} of ${plural(goals, 'open goal')}`];
    if (actions > 0)
      parts.push(`${top!.actions} of ${plural(actions, 'action')} from ${recent.length === 1 ? 'the latest retro' : `the last ${recent.length} retros`}`);
    report(charter, {
      path: index === undefined ? ['members'] : ['members', index],
      anchor: 'key',
      message:
        `${top!.name}${index === undefined ? ', who is not a member,' : ''} owns ${count} of the ${total} goals and recent actions that have an owner ` +
        `(${Math.round((count / total) * 100)}%; the limit is ${Math.round(options.share * 100)}%): ${parts.join(' and ')}; let others own some of them`,
    });
  },
});
