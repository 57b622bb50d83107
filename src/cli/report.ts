/** `teamcharter report`: one team's insights as a Markdown or self-contained HTML file. */
import { teamInsights } from '../core/insights';
import { REPORT_FORMATS, renderReport, type ReportFormat } from '../core/report';
import { UsageError, loadWorkspace } from './files';
import { parse, todayOption, type Io } from './main';
import { noteWriter } from './terminalText';
import { writeNew } from './newFile';

export function runReport(args: string[], io: Io): number {
  const { values, positionals } = parse(args, {
    team: { type: 'string' },
    format: { type: 'string', default: 'md' },
    out: { type: 'string' },
    today: { type: 'string' },
    config: { type: 'string' },
  });
  const teamId = values.team as string | undefined;
  if (!teamId) throw new UsageError('report needs --team ID (the id of a team\'s charter)');
  const format = values.format as string;
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${REPORT_FORMATS.join(', ')}, got "${format}"`);
  const out = values.out as string | undefined;
  if (out === '') throw new UsageError('--out needs a file name');
  const { workspace } = loadWorkspace(positionals, { today: todayOption(values.today as string | undefined), config: values.config as string | undefined, notes: noteWriter(io.stderr) });
  const insights = teamInsights(workspace, teamId);
  if (!insights) {
    const ids = [...workspace.allTeams()].map((team) => team.id).sort();
    const where = positionals.join(', ') || '.';
    throw new UsageError(`no team "${teamId}" in ${where}; ${ids.length ? `teams found: ${ids.join(', ')}` : 'no teams found'}`);
  }
  const text = renderReport(insights, format as ReportFormat);
  if (out === undefined) {
    io.stdout(text);
    return 0;
  }
  return writeNew(out, text, io, 'choose another --out');
}
