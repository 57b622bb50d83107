import { countOption, defineRule } from '../engine/rule';
import { daysBetween } from '../format/dates';

/** A pulse this recent, before the latest retro, still counts: a team may ask once a quarter. */
const QUARTER_DAYS = 92;

export default defineRule({
  id: 'pulse-missing',
  step: 6,
  severity: 'info',
  on: ['X'],
  options: { lastRetros: countOption(3, "How many of the team's latest retros are searched for a pulse (the team must have this many dated retros)") },
  docs: {
    summary:
      'The team has N dated retros (option `lastRetros`, default 3), and none of its last N retros, nor any retro in the 92 days up to its latest, has a `pulse` that rates a step. Reported on the `date` of its latest retro.',
    rationale:
      'The files say what the team wrote down; only the team can say whether it is true. A pulse, a quick anonymous 1 to 5 for each step, is how a team is asked how it sees its own goals, growth, decisions and feedback. A team that is never asked cannot disagree with its charter, and a good-looking charter then hides exactly the problems a pulse would show. Once a quarter is enough.',
    howToFix:
      'At the next retro, read out the steps and collect a 1 to 5 for each, anonymously (fingers at once, a poll, paper slips), and write only how many gave each rating under `pulse`. Rating a few steps is fine; so is asking once a quarter.',
    example: 'pulse:\n  responses: 5\n  growth: [0, 1, 1, 2, 1]     # how many rated it 1, 2, 3, 4, 5\n  decisions: [0, 0, 2, 2, 1]',
  },
  checkTeam({ team, options, report, pass }) {
    const { retros, pulses } = team.timeline;
    const window = options.lastRetros;
    if (retros.length < window) return;
    const last = retros.slice(-window);
    const latest = last[last.length - 1];
    const recent = new Set(last);
    const asked = pulses.some((pulse) => recent.has(pulse.retro) || daysBetween(pulse.date, latest.date!) <= QUARTER_DAYS);
    if (asked) return pass(latest);
    const before = pulses[pulses.length - 1];
    report(latest, {
      path: ['date'],
      message: `no pulse in the last ${window} retros (since ${last[0].date}) nor in the ${QUARTER_DAYS} days before this one: ask the team to rate the steps, 1 to 5, anonymously`,
      related: before ? [{ file: before.retro, path: ['pulse'], anchor: 'key', message: `the team's latest pulse, ${before.date}` }] : undefined,
    });
  },
});
