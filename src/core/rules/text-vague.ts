import { arr, at, entries, type Data } from '../base/dataReaders';
import { textKey } from '../base/wording';
import { isProposed } from '../format/goals';
import { isPlaceholderText, written } from '../format/placeholders';
import type { PulseStep } from '../format/pulse';
import { defineRule } from '../engine/rule';
import { label } from './labels';
import { GENERIC_WORDS, STOP_WORDS, hasQuantity, vagueness, quoted, shownWords } from './words';

/** A free-text field the rule reads: its value, where it is, the step it serves, how a finding names it, and what to write instead. */
interface Field {
  value: unknown;
  path: (string | number)[];
  step: PulseStep;
  name: string;
  instead: string;
  /** Read, but not judged: a goal's title when its measure names a quantity. */
  exempt?: boolean;
}

/** Every field the rule reads, in file order. */
function fields(data: Data): Field[] {
  const out: Field[] = [];
  const add = (value: unknown, field: Omit<Field, 'value'>) => out.push({ value, ...field });
  add(at(data, 'purpose', 'statement'), {
    path: ['purpose', 'statement'],
    step: 1,
    name: 'the purpose',
    instead: 'say what this team exists to do, in words no other team would write',
  });
  add(at(data, 'purpose', 'why'), {
    path: ['purpose', 'why'],
    step: 1,
    name: "the purpose's why",
    instead: 'say who gains what when the team gets it right',
  });
  for (const [goal, index] of entries(data.goals)) {
    // A proposed goal is an idea, not yet a commitment; a goal whose measure names a quantity says there what it means.
    if (isProposed(goal)) continue;
    const measure = written(goal.measure);
    const id = written(goal.id) ?? `#${index + 1}`;
    add(goal.title, {
      path: ['goals', index, 'title'],
      step: 1,
      name: `the title of goal ${id}`,
      instead: "name the outcome in the team's own words, or give the measure a number",
      exempt: measure !== undefined && hasQuantity(measure),
    });
  }
  for (const [member, index] of entries(data.members)) {
    const name = label('member', member, index);
    add(at(member, 'growth', 'aspiration'), {
      path: ['members', index, 'growth', 'aspiration'],
      step: 3,
      name: `${name}'s aspiration`,
      instead: 'name the role or the skill they are working towards',
    });
    add(at(member, 'growth', 'stretch'), {
      path: ['members', index, 'growth', 'stretch'],
      step: 3,
      name: `${name}'s stretch`,
      instead: 'name the piece of work that stretches them',
    });
  }
  for (const [change, index] of entries(data.change)) {
    const name = label('change', change, index);
    add(change.why, {
      path: ['change', index, 'why'],
      step: 4,
      name: `the why of ${name}`,
      instead: 'say what problem it solves, or what staying as is costs',
    });
    add(change.communication, {
      path: ['change', index, 'communication'],
      step: 4,
      name: `how ${name} is communicated`,
      instead: 'say where, how often and by whom',
    });
    arr(change.leaderCommitments).forEach((item, i) =>
      add(item, {
        path: ['change', index, 'leaderCommitments', i],
        step: 4,
        name: `a leader commitment of ${name}`,
        instead: 'say what the leads will do themselves, and when',
      }),
    );
  }
  arr(at(data, 'feedback', 'norms')).forEach((item, i) =>
    add(item, { path: ['feedback', 'norms', i], step: 6, name: 'the norm', instead: 'describe something people do, or stop doing, that anyone could notice' }),
  );
  arr(at(data, 'recognition', 'practices')).forEach((item, i) =>
    add(item, {
      path: ['recognition', 'practices', i],
      step: 7,
      name: 'the recognition practice',
      instead: 'say what the team does, when, and for whom',
    }),
  );
  arr(at(data, 'recognition', 'milestones')).forEach((item, i) =>
    add(item, { path: ['recognition', 'milestones', i], step: 7, name: 'the milestone', instead: 'name the moment: what will have happened' }),
  );
  return out;
}

export default defineRule({
  id: 'text-vague',
  step: 'field',
  severity: 'warning',
  on: ['C'],
  kinds: ['charter'],
  options: {
    words: { default: [], texts: true, description: "more words to count as stock words, such as your organisation's own buzzwords" },
    allow: {
      default: [],
      texts: true,
      description: 'texts never reported, compared trimmed, without case and with runs of spaces as one (a motto the team stands by)',
    },
  },
  docs: {
    summary:
      "A free-text field of the charter made only of stock words, with no digit: the purpose and its why, a goal's title (unless its measure has a number), a member's growth aspiration and stretch, a change's why, communication and leader commitments, a feedback norm, a recognition practice or milestone. One finding per field, counted in the step that field belongs to.",
    rationale:
      'A charter full of stock phrases commits nobody to anything. "Deliver value to our customers" could head any team\'s page in any company: nobody can disagree with it, so nobody can be held to it, and nobody can tell whether it happened. The same goes for a growth path of "Grow", a norm of "Be transparent", a practice of "Celebrate wins". Such a charter also reads as complete, so it scores as well as an honest one. The words only this team would write (its systems, its users, a number, a habit someone could notice) are what turn a field into a promise people can check.',
    howToFix:
      'Rewrite the text with the people it is about, in words that could only be about this team: what it does, for whom, how much, how often. "Make every deploy boring" and "Demo every sprint" pass; "Improve quality" does not. If a short text is a motto the team truly stands by, add it to the option `allow`; to catch your own organisation\'s buzzwords, add them to `words`.',
    details: `A text is stock when it has no digit and each of its words (the runs of letters, split at anything else, compared without case) is a small word or a generic word. A placeholder is left to the rules that ask for the field, and a text with no word at all is not stock. A goal marked \`proposed\` is not read; nor is a goal's title when its measure has a digit or a number word (see measure-not-measurable).\n\nSmall words: ${shownWords(STOP_WORDS)}.\n\nGeneric words: ${shownWords(GENERIC_WORDS)}.\n\nThe option \`words\` adds to the generic words (each entry read as its words: \`follow-up\` adds \`follow\` and \`up\`). The option \`allow\` exempts whole texts, compared trimmed, without case, runs of white space as one. Each field is one check of its own step: the purpose, its why and goal titles count in step 1, growth in step 3, change in step 4, norms in step 6, recognition in step 7.`,
    example:
      'purpose:\n  statement: Make every deploy boring\n  why: A failed deploy costs our users an evening of work\nfeedback:\n  norms:\n    - Demo every sprint\nrecognition:\n  practices:\n    - Wins open every retrospective, with names',
  },
  checkFile({ data, options, report, pass }) {
    const vague = vagueness(options.words);
    const allowed = new Set(options.allow.map(textKey));
    for (const field of fields(data)) {
      const value = field.value;
      // Only written text is read: a placeholder (or a blank) is for the rules that ask for the field, anything else for `schema`.
      if (typeof value !== 'string' || isPlaceholderText(value)) continue;
      if (field.exempt || !vague(value) || allowed.has(textKey(value))) {
        pass(1, field.step);
        continue;
      }
      report({ path: field.path, step: field.step, message: `${field.name}, ${quoted(value)}, is only stock words: ${field.instead}` });
    }
  },
});
