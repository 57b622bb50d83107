/** `teamcharter agenda`: what a team's next retro should take up, from its files as they stand (docs/cli.md "agenda"). */
import { agendaJson, teamAgenda, type Agenda } from '../core/insights/agenda';
import { renderAgendaMarkdown } from '../core/report/agenda';
import { defineCommand, todayOption } from './args';
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
  options: {
    team: { value: 'ID', required: "the id of a team's charter" },
    format: { choices: ['md', 'json'], default: 'md' },
    today: { value: 'YYYY-MM-DD' },
    config: { value: 'FILE' },
  },
  run({ values, positionals }, io) {
    const agenda = loadAgenda(values.team, positionals, { today: todayOption(values.today), config: values.config, notes: noteWriter(io.stderr) });
    io.stdout(values.format === 'json' ? `${JSON.stringify(agendaJson(agenda), null, 2)}\n` : renderAgendaMarkdown(agenda));
    return 0;
  },
});
