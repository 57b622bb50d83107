import { at, entries } from '../base/dataReaders';
import { memberNamed } from '../format/membersAndActions';
import { written } from '../format/placeholders';
import { defineRule } from '../engine/rule';

export default defineRule({
  id: 'coach-self',
  step: 3,
  severity: 'warning',
  on: ['C'],
  kinds: ['charter'],
  docs: {
    summary: "A member whose `growth.coach` is that member's own name (compared without case).",
    rationale:
      'Coaching is one person investing in another: asking the questions, opening doors, telling the truth about how the stretch work went. A member listed as their own coach has nobody doing that, and the charter hides it behind a filled-in field. Growing future leaders takes the time of the people who are leaders now.',
    howToFix:
      'Ask who will coach them: a more experienced member, a lead, or someone outside the team they trust; agree on how often they meet, and write that name in `growth.coach`. If nobody has the time yet, say so with a placeholder such as `<who coaches them>` rather than their own name.',
    details:
      'A member is read when both their `name` and `growth.coach` are written (not placeholders); names are compared trimmed and without case. Each member read is one check of step 3.',
    example: 'members:\n  - name: sam\n    growth:\n      aspiration: Tech lead\n      coach: dana',
  },
  checkFile({ data, report, pass }) {
    for (const [member, index] of entries(data.members)) {
      const name = written(member.name);
      const coach = written(at(member, 'growth', 'coach'));
      if (name === undefined || coach === undefined) continue;
      if (memberNamed(coach, [name]) === undefined) {
        pass();
        continue;
      }
      report({
        path: ['members', index, 'growth', 'coach'],
        message: `${name} is named as their own coach: ask who will coach ${name}, and write that person's name`,
      });
    }
  },
});
