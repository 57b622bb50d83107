/** The text of new charters and retrospectives (a retro's content comes from retroSeed.ts). */
import { stringify } from 'yaml';
import { PLACEHOLDER } from './placeholders';
import { COLUMNS, PULSE_KEYS, type RetroFormat } from './vocabulary';
import type { RetroSeed } from './retroSeed';
import { showControls } from '../base/controlChars';
import { dataProblem } from '../yaml/yamlEditCheck';

export type { RetroFormat };

export const FORMAT_DESCRIPTIONS: Record<RetroFormat, string> = {
  'start-stop-continue': 'What to start doing, stop doing, and keep doing',
  '4ls': 'Liked, learned, lacked, longed for',
  'mad-sad-glad': 'How the sprint felt: what made us mad, sad and glad',
  sailboat: 'Wind (helps), anchors (slows), rocks (risks) and the island (goal)',
  'went-well-improve': 'The simplest format: what went well, what to improve',
  custom: 'Your own columns under items',
};

/**
 * A value as YAML data, on one line. One with a control character (a line
 * break too) is double-quoted with each written as an escape: written raw, an
 * editor may turn a CR, NEL or U+2028 into a line break and the file would no
 * longer parse, or hold another value.
 */
function scalar(value: string): string {
  if (showControls(value) !== value) return `"${showControls(value.replace(/["\\]/g, '\\$&'))}"`;
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/**
 * Text from the user or the files in a comment: on the one line, line breaks
 * as spaces and other control characters as visible escapes; and a `#` that
 * would start a suppression comment (docs/rules.md "Suppression comments")
 * written `\#`, so that no title silences a rule in the file it is copied to.
 */
function commentText(text: string): string {
  return showControls(text.replace(/\s*\n\s*/g, ' ')).replace(/#(?=\s*teamcharter-disable)/g, '\\#');
}

/**
 * A new charter: every field the team fills in holds an angle-bracket
 * placeholder (docs/rules.md "Placeholders"), so linting it at once lists what is
 * left to write and no step scores before anyone wrote a word.
 */
export function charterTemplate(options: { id: string; team: string; today: string }): string {
  const p = (key: keyof typeof PLACEHOLDER) => scalar(PLACEHOLDER[key]);
  return `# Team charter for ${commentText(options.team)}. Fill in each section with the team, typing over
# every <placeholder>; the Problems view (or \`teamcharter lint\`) shows what is still missing.
kind: Charter
version: 1
id: ${scalar(options.id)}
team: ${scalar(options.team)}
updated: ${options.today}

# Step 1: why the team exists, and the organisation's priorities it serves.
purpose:
  statement: ${p('purposeStatement')}
  why: ${p('purposeWhy')}
priorities:
  - id: P1
    title: ${p('priorityTitle')}
goals:
  - id: G1
    title: ${p('goalTitle')}
    supports: [${p('priorityId')}]
    owner: ${p('owner')}
    contributors: []
    measure: ${p('measure')}
    due: ${p('date')}
    status: not-started
# When the team agrees to the charter: the date, and every member who agreed.
commitment:
  agreed: ${p('date')}
  by: []

members:
  - name: ${p('name')}
    role: ${p('role')}
    # Step 3: where they want to grow, their stretch work, and who coaches them.
    growth:
      aspiration: ${p('aspiration')}
      stretch: ${p('stretch')}
      coach: ${p('coach')}

# Step 2: progress check-ins, open progress reviews, and where progress is visible.
accountability:
  checkIns: ${p('cadence')}
  progressReview: ${p('cadence')}
  tracking: ${p('tracking')}

# Step 4: change under way (leave empty when there is none).
change: []

# Step 5: who decides what.
decisions:
  framework: ${p('framework')}
  rights:
    - area: ${p('area')}
      decidedBy: ${p('decidedBy')}

# Step 6: feedback rhythms and norms.
feedback:
  retrospectives: ${p('cadence')}
  oneOnOnes: ${p('cadence')}
  norms:
    - ${p('norm')}

# Step 7: how the team celebrates.
recognition:
  practices:
    - ${p('practice')}
  milestones: []
`;
}

/** A new retrospective for the seed; checked to parse to exactly the data it means, or an error and nothing to write. */
export function retroTemplate(options: RetroSeed): string {
  const text = retroText(options);
  const columns = COLUMNS[options.format];
  const expected = {
    kind: 'Retrospective',
    version: 1,
    team: options.team,
    date: options.date,
    format: options.format,
    facilitator: PLACEHOLDER.facilitator,
    attendees: [...(options.attendees ?? [])],
    previousActions: options.toReview.map((action) => ({ id: action.id })),
    wins: [],
    items: Object.fromEntries(columns.map((column) => [column, []])),
    actions: [],
    growth: [],
    decisions: [],
    change: [],
  };
  const problem = dataProblem(text, expected);
  if (problem) throw new Error(`the new retrospective of ${showControls(options.team)} could not be written safely: ${problem}; nothing was written`);
  return text;
}

function retroText(options: RetroSeed): string {
  const lines: string[] = [
    `# Retrospective of ${commentText(options.team)} on ${options.date} (${options.format}).`,
    // The agenda first, one line per item: what the person who opens the file takes up (docs/cli.md "new retro").
    ...(options.agenda?.length ? ['#', ...options.agenda.map((line) => `# ${commentText(line)}`), ''] : []),
    'kind: Retrospective',
    'version: 1',
    `team: ${scalar(options.team)}`,
    `date: ${options.date}`,
    `format: ${options.format}`,
    `facilitator: ${scalar(PLACEHOLDER.facilitator)}`,
    `attendees: [${(options.attendees ?? []).map(scalar).join(', ')}]`,
    '',
    '# Step 6: review every open action with the team; give each a status: done, in-progress, carried,',
    '# blocked, deferred (with until) or dropped, and a note saying why for the last three.',
  ];
  if (options.toReview.length === 0) lines.push('previousActions: []');
  else {
    lines.push('previousActions:');
    // No status: the meeting reviews each one (an entry without a status is not a review).
    for (const action of options.toReview) {
      const about = commentText([action.title, action.owner, action.due && `due ${action.due}`].filter(Boolean).join(', '));
      lines.push(`  - id: ${scalar(action.id)}${about ? `  # ${about}` : ''}`);
    }
  }
  lines.push('', '# Step 7: open with wins, and credit who made them happen.', 'wins: []', '', '# The discussion, in the columns of the format.');
  const columns = COLUMNS[options.format];
  if (columns.length === 0) lines.push('items: {}');
  else {
    lines.push('items:');
    for (const column of columns) lines.push(`  ${column}: []`);
  }
  lines.push(
    '',
    `# Step 2: actions with an owner and a due date${options.nextActionId ? `; the next free id is ${options.nextActionId}` : ''}.`,
    'actions: []',
    '',
    '# Step 3: who learned or stretched. Step 5: decisions the team took. Step 4: change.',
    'growth: []',
    'decisions: []',
    'change: []',
    '',
  );
  // Commented out: a team sees the pulse exists, and nothing counts as written until it uncomments it.
  lines.push(
    '# The team pulse (optional, anonymous): each person rates how true each step is of the team, from 1 (not at all)',
    '# to 5 (completely), by a show of fingers, a poll or slips. Write only how many gave each rating, never who.',
    '# It stands beside the score and never counts in it. Remove the # to record it; a step left at zeros is not rated.',
    '# pulse:',
    `#   ${'responses: 0'.padEnd(32)} # how many people answered`,
  );
  PULSE_KEYS.forEach((key, index) =>
    lines.push(`#   ${`${key}: [0, 0, 0, 0, 0]`.padEnd(32)} # step ${index + 1}${index === 0 ? ': how many rated it 1, 2, 3, 4, 5' : ''}`),
  );
  lines.push('');
  return lines.join('\n');
}

/** The default file name for a new retro (a slug is added only by the user). */
export function retroFileName(date: string): string {
  return `${date}.retro.yaml`;
}

export function charterFileName(id: string): string {
  return `${id}.charter.yaml`;
}
