import { entries, strs } from '../base/dataReaders';
import { countOption, defineRule } from '../engine/rule';
import { written } from '../format/placeholders';
import type { TeamFile } from '../format/teamFile';
import { COLLECTIVE_NAMES } from '../format/vocabulary';

/** Fewer wins than this are too few to call it a habit. */
const MIN_WINS = 4;

interface Win {
  index: number;
  /** Whether its `who` names only the whole team (team, everyone) and nobody in person. */
  collective: boolean;
}

/** A retro's wins (those whose text is written), and whom they credit. Read once per file version. */
function retroWins(retro: TeamFile): Win[] {
  return entries(retro.data?.wins)
    .filter(([win]) => written(win.text) !== undefined)
    .map(([win, index]) => {
      const names = strs(win.who)
        .map((name) => written(name)?.trim().toLowerCase())
        .filter((name): name is string => name !== undefined);
      return { index, collective: names.length > 0 && names.every((name) => COLLECTIVE_NAMES.includes(name)) };
    });
}

export default defineRule({
  id: 'recognition-never-individual',
  step: 7,
  severity: 'info',
  on: ['X'],
  options: {
    lastRetros: countOption(6, "How many of the team's latest retros are read for whom their wins credit (the team must have this many dated retros)"),
  },
  docs: {
    summary:
      'The team has N dated retros (option `lastRetros`, default 6), its last N retros record at least 4 wins, and every one of them credits only `team` or `everyone`. Reported on the `who` of the latest of those wins.',
    rationale:
      'Crediting the whole team is generous once in a while; as a habit it means nobody is ever thanked for what they did. People want to know that their own work was seen: the fix at 2 am, the review that caught the bug, the customer call nobody else wanted. Recognition that never names a person reaches nobody in particular, and it is easy to fill in without noticing anyone.',
    howToFix:
      'For the next wins, ask who made them happen and name them in `who`, alongside `team` when it was a joint effort. Look back at the recent wins too: someone behind one of them probably deserves a word at the next retro.',
    example: 'wins:\n  - text: Rollback works for ten services\n    who: [sam, lee]\n  - text: A whole sprint without a failed deploy\n    who: [team]',
  },
  checkTeam({ team, options, report, pass }) {
    const { retros } = team.timeline;
    const window = options.lastRetros;
    if (retros.length < window) return;
    const last = retros.slice(-window);
    let count = 0;
    let other = false;
    let latest: { retro: TeamFile; win: Win } | undefined;
    for (const retro of last) {
      for (const win of retro.derived(retroWins)) {
        count++;
        if (!win.collective) other = true;
        latest = { retro, win };
      }
    }
    if (count < MIN_WINS) return;
    if (other) return pass(last[last.length - 1]);
    report(latest!.retro, {
      path: ['wins', latest!.win.index, 'who'],
      message: `all ${count} wins of the last ${window} retros (since ${last[0].date}) credit only the whole team: who made them happen? Name them too`,
      related: [{ file: last[0], path: ['date'], message: `the first of the last ${window} retros` }],
    });
  },
});
