import { at } from '../base/dataReaders';
import { PLACEHOLDER, presence, quotePlaceholder } from '../format/placeholders';
import { defineRule } from '../engine/rule';

const CADENCES = [
  { key: 'retrospectives', what: 'retrospective cadence' },
  { key: 'oneOnOnes', what: 'one-on-one cadence' },
];

export default defineRule({
  id: 'feedback-cadence-missing',
  step: 6,
  severity: 'warning',
  on: ['C'],
  kinds: ['charter'],
  docs: {
    summary: 'The charter has no `feedback.retrospectives` or no `feedback.oneOnOnes` cadence (one finding each).',
    rationale:
      'Feedback that waits for a good moment never comes. A fixed rhythm for retrospectives and one-on-ones makes giving and asking for feedback routine rather than an event.',
    howToFix: 'Add `feedback.retrospectives` and `feedback.oneOnOnes` with a cadence such as weekly or biweekly.',
    example: 'feedback:\n  retrospectives: biweekly\n  oneOnOnes: weekly',
  },
  checkFile({ data, report, pass }) {
    for (const cadence of CADENCES) {
      const value = at(data, 'feedback', cadence.key);
      const state = presence(value);
      if (state === 'given') {
        pass();
        continue;
      }
      const path = ['feedback', cadence.key];
      if (state === 'placeholder') {
        report({ path, message: `the ${cadence.what} is a placeholder (${quotePlaceholder(value)}): say how often (feedback.${cadence.key})` });
        continue;
      }
      report({
        path,
        anchor: 'missing',
        message: `the charter sets no ${cadence.what} (feedback.${cadence.key})`,
        fixes: [{ title: `Add feedback.${cadence.key}`, edits: [{ op: 'set', path, value: PLACEHOLDER.cadence }], placeholder: PLACEHOLDER.cadence }],
      });
    }
  },
});
