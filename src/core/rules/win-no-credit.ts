import { strs } from '../access';
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
  fixes: (path, data) => [{ title: 'Credit attendees', edits: [{ op: 'set', path, value: strs(data.attendees).slice(0, 1) }] }],
  docs: {
    summary: 'A win without `who`.',
    rationale:
      'Recognition works when it is specific: a named person, for a named thing. "The team did well" is pleasant; "sam got rollback working for ten services" is remembered.',
    howToFix: 'Add `who` with the people to credit.',
    example: 'wins:\n  - text: Rollback works for ten services\n    who: [sam]',
  },
});
