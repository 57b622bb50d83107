/** The text of new charters and retrospectives (a retro's content comes from retroSeed.ts). */
import { stringify } from 'yaml';
import { COLUMNS, type RetroFormat } from './vocabulary';
import type { RetroSeed } from './retroSeed';

export type { RetroFormat };

export const FORMAT_DESCRIPTIONS: Record<RetroFormat, string> = {
  'start-stop-continue': 'What to start doing, stop doing, and keep doing',
  '4ls': 'Liked, learned, lacked, longed for',
  'mad-sad-glad': 'How the sprint felt: what made us mad, sad and glad',
  sailboat: 'Wind (helps), anchors (slows), rocks (risks) and the island (goal)',
  'went-well-improve': 'The simplest format: what went well, what to improve',
  custom: 'Your own columns under items',
};

function scalar(value: string): string {
  const text = stringify(value, { lineWidth: 0 }).trimEnd();
  // A multi-line value would come out as a block scalar, which needs indentation after "key: ".
  return text.includes('\n') ? JSON.stringify(value) : text;
}

export function charterTemplate(options: { id: string; team: string; today: string }): string {
  return `# Team charter for ${options.team.replace(/\s*\n\s*/g, ' ')}. Fill in each section with the team;
# the Problems view (or \`teamcharter lint\`) shows what is still missing.
kind: Charter
version: 1
id: ${options.id}
team: ${scalar(options.team)}
updated: ${options.today}

# Step 1: why the team exists, and the organisation's priorities it serves.
purpose:
  statement:
  why:
priorities:
  - id: P1
    title:
goals:
  - id: G1
    title:
    supports: [P1]
    owner:
    measure:
    due:
    status: not-started
commitment:
  agreed:
  by: []

members:
  - name:
    role:
    # Step 3: where they want to grow, their stretch work, and who coaches them.
    growth:
      aspiration:
      stretch:
      coach:

# Step 2: check-ins, open progress reviews, and where progress is visible.
accountability:
  checkIns: weekly
  progressReview: biweekly
  tracking:

# Step 4: change under way (leave empty when there is none).
change: []

# Step 5: who decides what.
decisions:
  framework: consent
  rights:
    - area:
      decidedBy: team

# Step 6: feedback rhythms and norms.
feedback:
  retrospectives: biweekly
  oneOnOnes: weekly
  norms: []

# Step 7: how the team celebrates.
recognition:
  practices:
    - Wins open every retrospective
  milestones: []
`;
}

export function retroTemplate(options: RetroSeed): string {
  const lines: string[] = [
    `# Retrospective of ${options.team} on ${options.date} (${options.format}).`,
    'kind: Retrospective',
    'version: 1',
    `team: ${options.team}`,
    `date: ${options.date}`,
    `format: ${options.format}`,
    'facilitator:',
    `attendees: [${(options.attendees ?? []).map(scalar).join(', ')}]`,
    '',
    '# Step 6: what became of the open actions: done, in-progress, carried or dropped.',
  ];
  if (options.carried.length === 0) lines.push('previousActions: []');
  else {
    lines.push('previousActions:');
    for (const action of options.carried) {
      const about = [action.title, action.owner, action.due && `due ${action.due}`].filter(Boolean).join(', ');
      lines.push(`  - id: ${scalar(action.id)}${about ? `  # ${about.replace(/\n/g, ' ')}` : ''}`, '    status: carried');
    }
  }
  lines.push('', '# Step 7: open with wins, and credit who made them happen.', 'wins: []', '', '# The discussion, in the columns of the format.');
  const columns = COLUMNS[options.format];
  if (columns.length === 0) lines.push('items: {}');
  else {
    lines.push('items:');
    for (const column of columns) lines.push(`  ${column}: []`);
  }
  lines.push('', `# Step 2: actions with an owner and a due date${options.nextActionId ? `; the next free id is ${options.nextActionId}` : ''}.`, 'actions: []', '', '# Step 3: who learned or stretched. Step 5: decisions the team took. Step 4: change.', 'growth: []', 'decisions: []', 'change: []', '');
  return lines.join('\n');
}

/** The default file name for a new retro (a slug is added only by the user). */
export function retroFileName(date: string): string {
  return `${date}.retro.yaml`;
}

export function charterFileName(id: string): string {
  return `${id}.charter.yaml`;
}
