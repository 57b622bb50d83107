import { PLACEHOLDER } from '../format/placeholders';
import { requireField } from './factories';

export default requireField({
  id: 'retro-no-wins',
  step: 7,
  severity: 'warning',
  kind: 'retro',
  path: ['wins'],
  message: 'this retro records no wins: what went well, and who made it happen?',
  placeholderMessage: (shown) => `the wins of this retro are only placeholders (${shown}): what went well, and who made it happen?`,
  fix: {
    title: 'Add a win',
    edits: [{ op: 'append', path: ['wins'], value: { text: PLACEHOLDER.winText, who: [PLACEHOLDER.name] } }],
    placeholder: PLACEHOLDER.winText,
  },
  docs: {
    summary: 'A retro with no `wins`.',
    rationale:
      'Retros drift into complaint sessions when they only look for problems. Opening with wins sets the tone, reminds the team of its progress, and is the cheapest recognition there is.',
    howToFix: 'Start the retro with wins, and record them under `wins` with who to credit.',
    example: 'wins:\n  - text: Rollback works for ten services\n    who: [sam]',
  },
});
