import { entries, strs } from '../base/dataReaders';
import { written } from '../format/placeholders';
import { countOption, defineRule } from '../engine/rule';
import type { TeamFile } from '../format/teamFile';
import { COLLECTIVE_NAMES } from '../format/vocabulary';

/** Below this many dated retros, a member may simply not have had their turn. */
const MIN_RETROS = 4;

/** Who a retro says attended, and whom its wins credit (a win of the whole team: every attendee). Read once per file version (TeamFile.derived). */
function attendeesAndCredits(retro: TeamFile): { attendees: readonly string[]; credited: ReadonlySet<string> } {
  const attendees = [...new Set(strs(retro.data?.attendees).filter((name) => written(name) !== undefined))];
  const credited = new Set<string>();
  for (const [win] of entries(retro.data?.wins)) {
    for (const who of strs(win.who)) {
      const name = written(who)?.trim();
      if (name === undefined) continue;
      if (COLLECTIVE_NAMES.includes(name.toLowerCase())) for (const attendee of attendees) credited.add(attendee);
      else credited.add(name);
    }
  }
  return { attendees, credited };
}

export default defineRule({
  id: 'recognition-unbalanced',
  step: 7,
  severity: 'info',
  on: ['X'],
  options: { lastRetros: countOption(6, "How many of the team's latest retros are read for who attended and who was credited") },
  docs: {
    summary:
      "Over the team's last N retros (option `lastRetros`, default 6; only once the team has at least 4 dated retros), a member who attended at least half of them was never named in a win's `who` while someone else was; a win whose `who` is `team` or `everyone` credits every attendee of that retro (one finding per member, on the member's entry in the charter).",
    rationale:
      'Recognition that always lands on the same few people tells everyone else their work is invisible. The quiet contributors, the reviewer, the one who kept the build green, are the easiest to forget and the most discouraged by it. Looking at who was never named, retro after retro, is how a team notices.',
    howToFix:
      'Ask, at the next retro, what this person did that helped a win, and credit them by name in its `who`; a win the whole team made can say `who: [team]`.',
    example: 'wins:\n  - text: Rollback works for ten services\n    who: [sam, lee]   # lee reviewed every change',
  },
  checkTeam({ team, options, report, pass }) {
    const charter = team.charter;
    const { retros } = team.timeline;
    if (!charter?.data || retros.length < MIN_RETROS) return;
    const window = retros.slice(-options.lastRetros);
    const attended = new Map<string, number>();
    const credited = new Set<string>();
    for (const retro of window) {
      const own = retro.derived(attendeesAndCredits);
      for (const name of own.attendees) attended.set(name, (attended.get(name) ?? 0) + 1);
      for (const name of own.credited) credited.add(name);
    }
    // Nobody credited at all is retro-no-wins' and win-no-credit's to say.
    if (credited.size === 0) return;
    for (const [member, index] of entries(charter.data.members)) {
      const name = written(member.name);
      if (name === undefined) continue;
      const times = attended.get(name) ?? 0;
      if (times * 2 < window.length) continue;
      if (credited.has(name)) {
        pass(charter);
        continue;
      }
      report(charter, {
        path: ['members', index],
        anchor: 'key',
        message: `${name} attended ${times} of the last ${window.length} retros (since ${window[0].date}) and was never credited in a win, while others were: what did they do that helped?`,
        related: [{ file: window[0], path: ['date'], message: `the first of the last ${window.length} retros` }],
      });
    }
  },
});
