import { entries } from '../base/dataReaders';
import { presence } from '../format/placeholders';
import { countOption, defineRule } from '../engine/rule';
import { CHANGE_STATUSES } from '../format/vocabulary';
import { label } from './labels';

export default defineRule({
  id: 'change-not-reviewed',
  step: 4,
  severity: 'info',
  on: ['X'],
  options: { lastRetros: countOption(3, "How many of the team's latest retros are searched for anything recorded under change") },
  docs: {
    summary:
      "A charter `change` entry whose `status` is not `done` while none of the team's last N retros records anything under `change` (option `lastRetros`, default 3; only once the team has N dated retros; on the change entry).",
    rationale:
      'A change written into the charter and never mentioned again in a retrospective is a change nobody is looking back on: the team does not say how it is going, and the leads have no occasion to show how they are going first. The retro is where the change is talked through while it happens.',
    howToFix:
      "Talk the change through in the next retro and record what came up (and what the leads did) under the retro's `change`; mark the charter entry `status: done` when the change is over.",
    example: '# .team/retros/2026-11-30.retro.yaml\nchange:\n  - Lead migrated the first service to the new CI and paired on the second',
  },
  checkTeam({ team, options, report, pass }) {
    const charter = team.charter;
    const { retros } = team.timeline;
    const window = options.lastRetros;
    // A young team has not had the time to talk about it yet.
    if (!charter?.data || retros.length < window) return;
    const recent = retros.slice(-window);
    const recorded = recent.some((retro) => presence(retro.data?.change) === 'given');
    for (const [change, index] of entries(charter.data.change)) {
      if (change.status === 'done') continue;
      if (recorded) {
        pass(charter);
        continue;
      }
      report(charter, {
        path: ['change', index],
        anchor: 'key',
        message: `${label('change', change, index)} is ${(CHANGE_STATUSES as readonly unknown[]).includes(change.status) ? String(change.status) : 'in-progress'}, but none of the last ${window} retros (since ${recent[0].date}) records anything under change: talk it through in the next retro, or mark it done`,
        related: [{ file: recent[0], path: ['date'], message: `the first of the last ${window} retros` }],
        fixes: [{ title: 'Mark the change done', edits: [{ op: 'set', path: ['change', index, 'status'], value: 'done' }] }],
      });
    }
  },
});
