/** `teamcharter score`: per-step scores for each team (with the rules off and the findings suppressed), and each file's own. */
import { str } from '../core/base/dataReaders';
import type { FileKind } from '../core/base/types';
import { overallScore, stepScores, type Tally } from '../core/engine/score';
import { PULSE_NOTE, SCORE_NOTE, levelName, nextStepSentence, notCountedLines, percent, stepRow } from '../core/insights/scoreWords';
import { teamScore } from '../core/insights/teamScore';
import { CONFIG_OPTION, defineCommand, OUTPUT_FILE_OPTION, TODAY_OPTION, todayOption } from './args';
import { loadWorkspace } from './files';
import type { Workspace } from '../core/engine/workspace';
import { noteWriter, showControls } from './terminalText';

function fileRow(file: string, kind: FileKind | undefined, tally: Tally) {
  return { file, kind: kind ?? null, overall: overallScore(tally), steps: stepScores(tally) };
}

/**
 * What `score --format json` prints (docs/cli.md "score --format json"): the teams of the files
 * named, each scored whole, and the files of no team. The table and the Node API start from it too.
 */
export function scoreReport(workspace: Workspace, targets: readonly string[]) {
  const teamFiles = new Map<string, ReturnType<typeof fileRow>[]>();
  const loose: ReturnType<typeof fileRow>[] = [];
  for (const target of targets) {
    const result = workspace.lintFile(target);
    if (!result) continue;
    const row = fileRow(result.file, result.kind, result.tally);
    if (result.team === undefined) loose.push(row);
    else teamFiles.set(result.team, [...(teamFiles.get(result.team) ?? []), row]);
  }
  // A team's score is the whole team's, whichever of its files were named.
  return {
    teams: [...teamFiles].map(([id, files]) => {
      const { team, overall, level, steps, off, suppressed } = teamScore(workspace, id)!;
      return { team, name: str(workspace.team(id)?.charter?.data?.team) ?? null, overall, level, steps, off, suppressed, files };
    }),
    files: loose,
  };
}

export const scoreCommand = defineCommand({
  name: 'score',
  summary: "Each team's score per step of the checklist (and each file's own)",
  positionals: '[PATH...]',
  positionalsHelp: 'files, or folders searched for team files; default: .',
  options: {
    format: { short: 'f', choices: ['table', 'json'], default: 'table', help: 'a table per team, or JSON' },
    ...TODAY_OPTION,
    ...CONFIG_OPTION,
    ...OUTPUT_FILE_OPTION,
  },
  run({ values, positionals }, io) {
    const { workspace, targets } = loadWorkspace(positionals, {
      today: todayOption(values.today),
      config: values.config,
      notes: noteWriter(io.stderr),
      reads: io.reads,
    });
    const report = scoreReport(workspace, targets);
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
      // The pulse column only for a team that recorded one (docs/rules.md "The pulse": only where a retro rated the step).
      const pulsed = team.steps.some((s) => s.pulse);
      // The level first: a team sees where it stands, and what holds it, before a percentage.
      const rows = team.steps.map(stepRow);
      const holdingWidth = rows.reduce((width, row) => Math.max(width, row.holding.length), 10);
      lines.push(
        `  ${'step'.padEnd(40)} ${'level'.padEnd(10)}  ${'held by'.padEnd(holdingWidth)}  ${'score'.padStart(6)}  checks passed${pulsed ? '  team pulse (latest)' : ''}`,
      );
      for (const row of rows) {
        const checks = pulsed ? `${row.checks.padEnd(13)}  ${row.pulse}` : row.checks;
        lines.push(`  ${row.name.padEnd(40)} ${row.level.padEnd(10)}  ${row.holding.padEnd(holdingWidth)}  ${row.score.padStart(6)}  ${checks}`);
      }
      lines.push(`  ${'Team level (its lowest step)'.padEnd(40)} ${levelName(team.level)}`);
      lines.push(`  ${'Overall score (mean of the steps)'.padEnd(40)} ${team.level === null ? 'no charter' : percent(team.overall)}`);
      const next = nextStepSentence(team.steps);
      if (next) lines.push(`  ${next}`);
      for (const line of notCountedLines(team)) lines.push(`  ${line}`);
      lines.push('');
    }
    lines.push(SCORE_NOTE);
    if (report.teams.some((team) => team.steps.some((s) => s.pulse))) lines.push(PULSE_NOTE);
    lines.push('');
    io.stdout(lines.join('\n'));
    return 0;
  },
});
