/** `teamcharter agenda`: what a team's next retro should take up, from its files as they stand (docs/cli.md "agenda"). */
import { agendaJson, teamAgenda, type Agenda } from '../core/insights/agenda';
import { renderAgendaMarkdown } from '../core/report/agenda';
import { CONFIG_OPTION, defineCommand, OUTPUT_FILE_OPTION, TODAY_OPTION, todayOption } from './args';
import { loadWorkspace, unknownTeam, type ReadOptions } from './files';
import { noteWriter } from './terminalText';

/** The agenda of a team found from `paths`; a usage error naming the teams found when there is no such team. The Node API reads it here too. */
export function loadAgenda(teamId: string, paths: string[], options: ReadOptions): Agenda {
  const { workspace, configFor } = loadWorkspace(paths, options);
  const agenda = teamAgenda(workspace, teamId, configFor);
  if (!agenda) throw unknownTeam(workspace, teamId, paths);
  return agenda;
}

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
    const agenda = loadAgenda(values.team, positionals, {
      today: todayOption(values.today),
      config: values.config,
      notes: noteWriter(io.stderr),
      reads: io.reads,
    });
    io.stdout(values.format === 'json' ? `${JSON.stringify(agendaJson(agenda), null, 2)}\n` : renderAgendaMarkdown(agenda));
    return 0;
  },
});
