import { strs } from '../base/dataReaders';
import { PLACEHOLDER, written } from '../format/placeholders';
import { placeholderFix, requireFieldInEach } from './factories';

export default requireFieldInEach({
  id: 'action-no-owner',
  step: 2,
  severity: 'warning',
  kind: 'retro',
  list: 'actions',
  item: 'action',
  field: 'owner',
  message: (name) => `${name} has no owner`,
  placeholderMessage: (name, shown) => `${name} has a placeholder owner (${shown}): name the person who drives it`,
  fixes: (path, data) => {
    const people = strs(data.attendees)
      .filter((name) => written(name) !== undefined)
      .slice(0, 8);
    return people.length
      ? people.map((name) => ({ title: `Set owner to ${name}`, edits: [{ op: 'set', path, value: name }] }))
      : [placeholderFix('Add an owner', path, PLACEHOLDER.owner)];
  },
  docs: {
    summary: 'A retro action without an `owner`.',
    rationale:
      'Retro actions without an owner are the main reason retros stop changing anything: everyone agrees, nobody does it, and the same item comes back next time. One name per action makes the follow-up possible.',
    howToFix: 'Set `owner` to the member who will drive the action (not necessarily do all of it).',
    example: 'actions:\n  - id: A-8\n    title: Automate canary analysis\n    owner: sam\n    due: 2026-12-14',
  },
});
