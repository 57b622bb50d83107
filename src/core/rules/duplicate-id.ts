import { entries, str, type ListItems } from '../base/dataReaders';
import { defineRule, type Report } from '../engine/rule';
import { retroActions } from '../format/team';
import type { TeamFile } from '../format/teamFile';

type Seen = Map<string, { file: TeamFile; path: (string | number)[] }>;

/** Report every id among `items` (the file's `list`) already in `seen`, and remember the new ones. */
function checkList(file: TeamFile, items: ListItems, list: string, what: string, seen: Seen, report: (r: Report) => void): void {
  for (const [item, index] of items) {
    const id = str(item.id);
    if (id === undefined) continue;
    const path = [list, index, 'id'];
    const first = seen.get(id);
    if (!first) {
      seen.set(id, { file, path });
      continue;
    }
    const where = first.file === file ? `${list}[${Number(first.path[1])}]` : first.file.path;
    report({
      path,
      message: `${what} id "${id}" is already used by ${where}; ids must be unique`,
      related: [{ file: first.file, path: first.path, message: `"${id}" first used here` }],
    });
  }
}

/** The first place of each action id a retro creates: the same on every keystroke in another retro, so read once (TeamFile.derived). */
function ownActionIds(retro: TeamFile): ReadonlyMap<string, { file: TeamFile; path: (string | number)[] }> {
  const own: Seen = new Map();
  checkList(retro, retroActions(retro), 'actions', 'action', own, () => {});
  return own;
}

export default defineRule({
  id: 'duplicate-id',
  step: 0,
  severity: 'error',
  on: ['C', 'R'],
  docs: {
    summary:
      'Two priorities or two goals of a charter, or two actions of one team (in one retro or across its retros), share an id; or two charters share a team id.',
    rationale:
      'Goals point at priorities by id, retro actions point at goals by id, and an action is followed from retro to retro by its id. A shared id makes those links ambiguous, and an action could be closed by a review meant for another.',
    howToFix: 'Give the later one a new id. Action ids are usually numbered A-1, A-2, … across all retros of the team.',
    example: 'goals:\n  - id: G1\n    title: One-click rollback\n  - id: G2\n    title: Faster CI',
  },
  checkFile({ file, report }) {
    if (file.kind === 'charter') {
      checkList(file, entries(file.data?.priorities), 'priorities', 'priority', new Map(), report);
      checkList(file, entries(file.data?.goals), 'goals', 'goal', new Map(), report);
    } else {
      checkList(file, retroActions(file), 'actions', 'action', new Map(), report);
    }
  },
  checkTeam({ team, report }) {
    const [first, ...others] = team.charters;
    for (const charter of others) {
      report(charter, {
        path: ['id'],
        message: `team id "${team.id}" is already used by the charter ${first.path}; each team has one charter`,
        related: [{ file: first, path: ['id'], message: 'the first charter with this id' }],
      });
    }
    // Across retros: an action id created in an earlier retro (by date) must not be created again.
    const timeline = team.timeline;
    const ordered = [...timeline.retros, ...team.retros.filter((r) => r.date === undefined)];
    const seen: Seen = new Map();
    for (const retro of ordered) {
      for (const [id, where] of retro.derived(ownActionIds)) {
        const earlier = seen.get(id);
        if (!earlier) {
          seen.set(id, where);
          continue;
        }
        report(retro, {
          path: where.path,
          message: `action id "${id}" was already created in ${earlier.file.path}; give this action a new id, or review the old one under previousActions`,
          related: [{ file: earlier.file, path: earlier.path, message: `action "${id}" created here` }],
        });
      }
    }
  },
});
