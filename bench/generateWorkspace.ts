/**
 * A synthetic workspace for the benchmark: N teams × M retros, each retro two
 * weeks after the last, with realistic sizes and a sprinkling of defects
 * (missing growth, goals without measure, unreviewed and overdue actions…).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { addDays } from '../src/core/format/dates';

const FORMATS = ['start-stop-continue', '4ls', 'mad-sad-glad', 'sailboat', 'went-well-improve'] as const;
const COLUMNS: Record<string, string[]> = {
  'start-stop-continue': ['start', 'stop', 'continue'],
  '4ls': ['liked', 'learned', 'lacked', 'longed-for'],
  'mad-sad-glad': ['mad', 'sad', 'glad'],
  sailboat: ['wind', 'anchors', 'rocks', 'island'],
  'went-well-improve': ['went-well', 'improve'],
};
const NAMES = ['ana', 'ben', 'chen', 'dara', 'eli', 'fay', 'gus', 'hana'];

/** A small deterministic random generator, so every run benchmarks the same files. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function charterText(team: number, rnd: () => number): string {
  const members = NAMES.slice(0, 5 + (team % 3));
  const lines = [
    `# Charter of team ${team}`,
    'kind: Charter',
    'version: 1',
    `id: team-${team}`,
    `team: Team ${team}`,
    'updated: 2026-06-01',
    'purpose:',
    `  statement: Keep service ${team} fast and boring for its users.`,
    ...(rnd() < 0.9 ? ['  why: Slow pages cost the company customers every week.'] : []),
    'priorities:',
    '  - id: P1',
    '    title: Halve lead time for changes',
    '  - id: P2',
    '    title: Keep availability above 99.9%',
    'goals:',
  ];
  for (let g = 1; g <= 4; g++) {
    lines.push(`  - id: G${g}`, `    title: Goal ${g} of team ${team}`, `    supports: [P${(g % 2) + 1}]`, `    owner: ${members[g % members.length]}`);
    if (rnd() < 0.85) lines.push(`    measure: Metric ${g} reaches its target`);
    lines.push('    due: 2027-03-31', '    status: on-track');
  }
  lines.push('commitment:', '  agreed: 2026-06-01', `  by: [${members.slice(0, rnd() < 0.8 ? members.length : members.length - 1).join(', ')}]`, 'members:');
  for (const [i, name] of members.entries()) {
    lines.push(`  - name: ${name}`, `    role: Engineer ${i}`);
    if (rnd() < 0.8)
      lines.push('    growth:', '      aspiration: Tech lead', '      stretch: Run the next planning', `      coach: ${members[(i + 1) % members.length]}`);
  }
  lines.push(
    'accountability:',
    '  checkIns: weekly',
    '  progressReview: biweekly',
    '  tracking: https://example.org/board',
    'change:',
    '  - title: Move to the new CI',
    '    why: The old runners are slow',
    '    leaderCommitments: [The lead migrates the first service]',
    '    communication: Weekly note',
    'decisions:',
    '  framework: consent',
    '  rights:',
    '    - area: Tooling',
    '      decidedBy: team',
    '    - area: Hiring',
    `      decidedBy: ${members[0]}`,
    'feedback:',
    '  retrospectives: biweekly',
    '  oneOnOnes: weekly',
    '  norms:',
    '    - Disagree in the room, commit outside it',
    'recognition:',
    '  practices:',
    '    - Wins open every retrospective',
    '',
  );
  return lines.join('\n');
}

export interface GeneratedRetro {
  file: string;
  text: string;
}

/**
 * Where the files go:
 * - 'per-team': a folder per team, team-N/.team/ with its charter and retros/;
 * - 'shared': one .team folder with every team's charter and one shared retros/;
 * - 'split': every team's charter in one .team folder, its older retros in another
 *   team's folder tree (archive/.team/retros/), its recent ones beside the charter.
 */
export type Layout = 'per-team' | 'shared' | 'split';

function placeFile(dir: string, layout: Layout, team: number, retro?: { date: string; index: number; count: number }): string {
  let file: string;
  if (layout === 'per-team') file = retro ? `team-${team}/.team/retros/${retro.date}.retro.yaml` : `team-${team}/.team/team-${team}.charter.yaml`;
  else if (!retro) file = `${layout === 'split' ? 'teams/' : ''}.team/team-${team}.charter.yaml`;
  else if (layout === 'shared') file = `.team/retros/${retro.date}-team-${team}.retro.yaml`;
  else
    file =
      retro.index < retro.count / 2 ? `archive/.team/retros/team-${team}/${retro.date}.retro.yaml` : `teams/.team/retros/${retro.date}-team-${team}.retro.yaml`;
  const absolute = path.join(dir, file);
  mkdirSync(path.dirname(absolute), { recursive: true });
  return absolute;
}

export function generateWorkspace(dir: string, teams = 100, retrosPerTeam = 20, layout: Layout = 'per-team'): string[] {
  rmSync(dir, { recursive: true, force: true });
  const files: string[] = [];
  const rnd = random(42);
  for (let team = 1; team <= teams; team++) {
    const charter = placeFile(dir, layout, team);
    writeFileSync(charter, charterText(team, rnd));
    files.push(charter);
    const members = NAMES.slice(0, 5 + (team % 3));
    let open: string[] = [];
    let nextAction = 1;
    for (let r = 0; r < retrosPerTeam; r++) {
      const date = addDays('2026-01-05', r * 14);
      const format = FORMATS[(team + r) % FORMATS.length];
      const lines = [
        `kind: Retrospective`,
        'version: 1',
        `team: team-${team}`,
        `date: ${date}`,
        `format: ${format}`,
        `facilitator: ${members[r % members.length]}`,
        `attendees: [${members.join(', ')}]`,
      ];
      const reviewed = open.filter(() => rnd() < 0.95);
      lines.push(reviewed.length ? 'previousActions:' : 'previousActions: []');
      const stillOpen: string[] = [];
      for (const id of reviewed) {
        const status = rnd() < 0.6 ? 'done' : rnd() < 0.5 ? 'carried' : rnd() < 0.5 ? 'in-progress' : 'dropped';
        lines.push(`  - id: ${id}`, `    status: ${status}`, '    note: Discussed briefly');
        if (status === 'carried' || status === 'in-progress') stillOpen.push(id);
      }
      stillOpen.push(...open.filter((id) => !reviewed.includes(id)));
      lines.push('wins:');
      for (let w = 0; w < 2; w++) lines.push(`  - text: Win ${w} of retro ${r}`, ...(rnd() < 0.9 ? [`    who: [${members[(r + w) % members.length]}]`] : []));
      lines.push('items:');
      for (const column of COLUMNS[format]) lines.push(`  ${column}:`, `    - A point about ${column} in retro ${r}`, `    - Another point about ${column}`);
      lines.push('actions:');
      for (let a = 0; a < 3; a++) {
        const id = `A-${nextAction++}`;
        lines.push(`  - id: ${id}`, `    title: Action ${id} of team ${team}`, `    owner: ${members[(r + a) % members.length]}`);
        if (rnd() < 0.9) lines.push(`    due: ${addDays(date, 14)}`);
        if (rnd() < 0.5) lines.push(`    goal: G${1 + (a % 4)}`);
        stillOpen.push(id);
      }
      lines.push(
        'growth:',
        `  - who: ${members[r % members.length]}`,
        '    note: Facilitated for the first time',
        'decisions:',
        '  - Adopt trunk-based development',
        'change:',
        '  - Lead paired on the migration',
        '',
      );
      open = stillOpen;
      const file = placeFile(dir, layout, team, { date, index: r, count: retrosPerTeam });
      writeFileSync(file, lines.join('\n'));
      files.push(file);
    }
  }
  return files;
}
