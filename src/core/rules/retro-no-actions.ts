import { PLACEHOLDER } from '../format/placeholders';
import { requireField } from './factories';

export default requireField({
  id: 'retro-no-actions',
  step: 6,
  severity: 'warning',
  kind: 'retro',
  path: ['actions'],
  message: 'this retro agreed no actions: feedback that changes nothing stops being given',
  placeholderMessage: (shown) => `the actions of this retro are only placeholders (${shown}): write what the team will do`,
  fix: {
    title: 'Add an action',
    edits: [{ op: 'append', path: ['actions'], value: { id: 'A-1', title: PLACEHOLDER.actionTitle, owner: PLACEHOLDER.owner, due: PLACEHOLDER.date } }],
    placeholder: PLACEHOLDER.actionTitle,
  },
  docs: {
    summary: 'A retro with no `actions`.',
    rationale:
      'A retrospective that ends without an action was a conversation, not a feedback loop. Even one small, owned action shows the team that speaking up changes things.',
    howToFix: 'Pick the one or two items the team most wants to change and record them under `actions` with an owner and a due date.',
    example: 'actions:\n  - id: A-8\n    title: Automate canary analysis\n    owner: sam\n    due: 2026-12-14',
  },
});
