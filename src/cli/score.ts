/** `teamcharter score`: per-step scores for each team and each file. */
import { str } from '../core/access';
import { percent } from '../core/teamFacts';
import { STEP_TITLES, addTally, emptyTally, overallScore, stepScores, type StepScore, type Tally } from '../core/score';
import { defineCommand, OUTPUT_FILE_OPTION, todayOption } from './args';
import { loadWorkspace } from './files';
import { noteWriter, showControls } from './terminalText';

interface ScoreRow {
  overall: number | null;
  steps: StepScore[];
}

function row(tally: Tally): ScoreRow {
  return { overall: overallScore(tally), steps: stepScores(tally) };
}

export const scoreCommand = defineCommand({
  name: 'score',
  summary: "Each team's score per step of the checklist, and each file's",
  positionals: '[PATH...]',
  options: { format: { choices: ['table', 'json'], default: 'table' }, today: { value: 'YYYY-MM-DD' }, config: { value: 'FILE' }, ...OUTPUT_FILE_OPTION },
  run({ values, positionals }, io) {
    const { workspace, targets } = loadWorkspace(positionals, { today: todayOption(values.today), config: values.config, notes: noteWriter(io.stderr) });
    const teams = new Map<string, { name?: string; tally: Tally; files: { file: string; kind?: string; tally: Tally }[] }>();
    const loose: { file: string; kind?: string; tally: Tally }[] = [];
    for (const target of targets) {
      const result = workspace.lintFile(target);
      if (!result) continue;
      const entry = { file: result.file, kind: result.kind, tally: result.tally };
      if (result.team === undefined) {
        loose.push(entry);
        continue;
      }
      let team = teams.get(result.team);
      if (!team) teams.set(result.team, (team = { tally: emptyTally(), files: [] }));
      const charter = workspace.team(result.team)?.charter;
      team.name = str(charter?.data?.team) ?? team.name;
      addTally(team.tally, result.tally);
      team.files.push(entry);
    }
    const report = {
      teams: [...teams].map(([id, team]) => ({ team: id, name: team.name ?? null, ...row(team.tally), files: team.files.map((f) => ({ file: f.file, kind: f.kind ?? null, ...row(f.tally) })) })),
      files: loose.map((f) => ({ file: f.file, kind: f.kind ?? null, ...row(f.tally) })),
    };
    if (values.format === 'json') {
      io.stdout(`${JSON.stringify(report, null, 2)}\n`);
      return 0;
    }
    if (report.teams.length === 0) {
      io.stdout('No teams found.\n');
      return 0;
    }
    const lines: string[] = [];
    for (const team of report.teams) {
      lines.push(`Team ${team.team}${team.name ? ` (${showControls(team.name)})` : ''}: ${team.files.length} file${team.files.length === 1 ? '' : 's'}`, '');
      lines.push(`  ${'step'.padEnd(40)} ${'score'.padStart(6)}  checks passed`);
      for (const s of team.steps) lines.push(`  ${`${s.step}. ${STEP_TITLES[s.step]}`.padEnd(40)} ${percent(s.score).padStart(6)}  ${s.passed}/${s.passed + s.failed}`);
      lines.push(`  ${'Overall (mean of the steps)'.padEnd(40)} ${percent(team.overall).padStart(6)}`, '');
    }
    io.stdout(lines.join('\n'));
    return 0;
  },
});
