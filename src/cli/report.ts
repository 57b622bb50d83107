/** `teamcharter report`: one team's insights as a Markdown or self-contained HTML file. */
import { teamInsights } from '../core/insights/insights';
import { REPORT_FORMATS, renderReport, type ReportFormat } from '../core/report';
import { defineCommand, todayOption, UsageError } from './args';
import { loadWorkspace, unknownTeam } from './files';
import { writeNew } from './newFile';
import { noteWriter } from './terminalText';

export const reportCommand = defineCommand({
  name: 'report',
  summary: "One team's insights as Markdown or a self-contained HTML page",
  positionals: '[PATH...]',
  options: {
    team: { value: 'ID', required: "the id of a team's charter" },
    format: { choices: REPORT_FORMATS, default: 'md' },
    out: { value: 'FILE' },
    today: { value: 'YYYY-MM-DD' },
    config: { value: 'FILE' },
  },
  run({ values, positionals }, io) {
    const { team: teamId, format, out } = values;
    if (out === '') throw new UsageError('--out needs a file name');
    const { workspace } = loadWorkspace(positionals, { today: todayOption(values.today), config: values.config, notes: noteWriter(io.stderr) });
    const insights = teamInsights(workspace, teamId);
    if (!insights) throw unknownTeam(workspace, teamId, positionals);
    const text = renderReport(insights, format as ReportFormat);
    if (out === undefined) {
      io.stdout(text);
      return 0;
    }
    return writeNew(out, text, io, 'choose another --out');
  },
});
