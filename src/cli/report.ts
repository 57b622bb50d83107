/** `teamcharter report`: one team's insights as a Markdown or self-contained HTML file. */
import { teamInsights } from '../core/insights/insights';
import { REPORT_FORMATS, renderReport, type ReportFormat } from '../core/report';
import { CONFIG_OPTION, defineCommand, OUTPUT_FILE_OPTION, TODAY_OPTION, todayOption } from './args';
import { loadWorkspace, unknownTeam } from './files';
import { noteWriter } from './terminalText';

export const reportCommand = defineCommand({
  name: 'report',
  summary: "One team's insights as Markdown or a self-contained HTML page",
  positionals: '[PATH...]',
  positionalsHelp: 'files, or folders searched for team files; default: .',
  options: {
    team: { value: 'ID', required: "the id of a team's charter", help: "the team: its charter's id" },
    format: { short: 'f', choices: REPORT_FORMATS, default: 'md', help: 'Markdown, or one self-contained HTML page' },
    ...OUTPUT_FILE_OPTION,
    // Before -o, report wrote its file with --out: older scripts keep working (main writes it as -o).
    out: { value: 'FILE', synonymOf: 'output-file', help: 'the same as -o (its older name)' },
    ...TODAY_OPTION,
    ...CONFIG_OPTION,
  },
  run({ values, positionals }, io) {
    const { team: teamId, format } = values;
    const { workspace } = loadWorkspace(positionals, {
      today: todayOption(values.today),
      config: values.config,
      notes: noteWriter(io.stderr),
      reads: io.reads,
    });
    const insights = teamInsights(workspace, teamId);
    if (!insights) throw unknownTeam(workspace, teamId, positionals);
    io.stdout(renderReport(insights, format as ReportFormat));
    return 0;
  },
});
