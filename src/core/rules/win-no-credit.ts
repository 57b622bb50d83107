import { strs } from '../base/dataReaders';
import { written } from '../format/placeholders';
import { requireFieldInEach } from './factories';

export default requireFieldInEach({
  id: 'win-no-credit',
  step: 7,
  severity: 'info',
  kind: 'retro',
  list: 'wins',
  item: 'win',
  field: 'who',
  message: (name) => `${name} credits nobody (who)`,
  placeholderMessage: (name, shown) => `${name} credits only placeholders (${shown}): name who made it happen, or the team`,
  // A choice for a person: who made it happen (Fix All never picks one).
  fixes: (path, data) => [
    ...strs(data.attendees)
      .filter((name) => written(name) !== undefined)
      .slice(0, 8)
      .map((name) => ({ title: `Credit ${name}`, edits: [{ op: 'set' as const, path, value: [name] }] })),
    { title: 'Credit the whole team', edits: [{ op: 'set', path, value: ['team'] }] },
  ],
  docs: {
    summary: 'A win without `who`.',
    rationale:
      'Recognition works when it is specific: a named person, for a named thing. "The team did well" is pleasant; "sam got rollback working for ten services" is remembered.',
    howToFix: 'Add `who` with the people to credit; `team` or `everyone` credits everyone who was there.',
    example: 'wins:\n  - text: Rollback works for ten services\n    who: [sam]',
  },
});
