import { entries, str } from '../base/dataReaders';
import { PLACEHOLDER, presence, quotePlaceholder } from '../format/placeholders';
import { defineRule } from '../engine/rule';
import type { YamlEdit } from '../base/types';
import { STATUSES_WITH_REASON, type ReviewStatus } from '../format/vocabulary';

export default defineRule({
  id: 'review-no-reason',
  step: 6,
  severity: 'info',
  on: ['R'],
  kinds: ['retro'],
  docs: {
    summary: 'A `previousActions` entry with status `dropped`, `blocked` or `deferred` and no `note`, or `deferred` with no `until` (one finding per entry).',
    rationale:
      'Dropping, blocking and deferring are decisions, and a decision without its reason is lost by the next retro: nobody remembers why the action stopped, what it waits on, or whether the reason still holds. A deferral without a date is an action put away without a time to take it out again.',
    howToFix: 'Say why in `note`; for a deferral, add `until` with the date the team picks it up again.',
    example: 'previousActions:\n  - id: A-5\n    status: deferred\n    until: 2027-01-10\n    note: After the code freeze',
  },
  checkFile({ data, report, pass }) {
    for (const [entry, index] of entries(data.previousActions)) {
      const status = entry.status as ReviewStatus;
      if (!STATUSES_WITH_REASON.includes(status)) continue;
      const note = presence(entry.note);
      const until = status === 'deferred' ? presence(entry.until) : 'given';
      if (note === 'given' && until === 'given') {
        pass();
        continue;
      }
      const at = ['previousActions', index];
      const lacks: string[] = [];
      const asks: string[] = [];
      // What the fix adds, as placeholders: only what is missing altogether (a placeholder is typed over, not replaced).
      const adds: [string, string][] = [];
      if (until !== 'given') {
        lacks.push(until === 'missing' ? 'no until' : `a placeholder until (${quotePlaceholder(entry.until)})`);
        if (until === 'missing') adds.push(['until', PLACEHOLDER.date]);
      }
      if (note !== 'given') {
        lacks.unshift(note === 'missing' ? 'no note' : `a placeholder note (${quotePlaceholder(entry.note)})`);
        if (note === 'missing') adds.push(['note', PLACEHOLDER.reviewNote]);
      }
      if (note !== 'given') asks.push('say why');
      if (until !== 'given') asks.push('say when the team picks it up again');
      const field = note !== 'given' ? 'note' : 'until';
      const id = str(entry.id);
      report({
        path: [...at, field],
        anchor: (field === 'note' ? note : until) === 'missing' ? 'missing' : 'value',
        message: `${id ? `action ${id}` : `previousActions[${index}]`} is ${status} with ${lacks.join(' and ')}: ${asks.join(', and ')}`,
        fixes: adds.length
          ? [
              {
                title: `Add ${adds.map(([key]) => (key === 'note' ? 'a note' : key)).join(' and ')}`,
                edits: adds.map(([key, value]): YamlEdit => ({ op: 'set', path: [...at, key], value })),
                placeholder: adds[0][1],
              },
            ]
          : undefined,
      });
    }
  },
});
