/** `teamcharter agenda`: what a team's next retro should take up, from its files as they stand (docs/cli.md "agenda"). */
import { agendaJson, teamAgenda } from '../core/insights/agenda';
import { renderAgendaMarkdown } from '../core/report/agenda';
import { CONFIG_OPTION, defineCommand, OUTPUT_FILE_OPTION, TODAY_OPTION, todayOption } from './args';
import { loadWorkspace, unknownTeam } from './files';
import { noteWriter } from './terminalText';

export const agendaCommand = defineCommand({
  name: 'agenda',
  summary: "What a team's next retro should take up: open actions, pulse, focus, credit, facilitator, change and goals",
  positionals: '[PATH...]',
  positionalsHelp: 'files, or folders searched for team files; default: .',
  options: {
    team: { value: 'ID', required: "the id of a team's charter", help: "the team: its charter's id" },
    format: { short: 'f', choices: ['md', 'json'], default: 'md', help: 'Markdown, or JSON' },
    ...TODAY_OPTION,
    ...CONFIG_OPTION,
    ...OUTPUT_FILE_OPTION,
  },
  run({ values, positionals }, io) {
    const today = todayOption(values.today);
    const { workspace, configFor } = loadWorkspace(positionals, { today, config: values.config, notes: noteWriter(io.stderr), reads: io.reads });
    const agenda = teamAgenda(workspace, values.team, configFor);
    if (!agenda) throw unknownTeam(workspace, values.team, positionals);
    io.stdout(values.format === 'json' ? `${JSON.stringify(agendaJson(agenda), null, 2)}\n` : renderAgendaMarkdown(agenda));
    return 0;
  },
});
