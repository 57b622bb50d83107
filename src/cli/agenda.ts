/** `teamcharter agenda`: what a team's next retro should take up, from its files as they stand (docs/cli.md "agenda"). */
import { agendaJson, teamAgenda } from '../core/insights/agenda';
import { renderAgendaMarkdown } from '../core/report/agenda';
import { defineCommand, todayOption } from './args';
import { loadWorkspace, unknownTeam } from './files';
import { noteWriter } from './terminalText';

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
    const today = todayOption(values.today);
    const { workspace, configFor } = loadWorkspace(positionals, { today, config: values.config, notes: noteWriter(io.stderr) });
    const agenda = teamAgenda(workspace, values.team, configFor);
    if (!agenda) throw unknownTeam(workspace, values.team, positionals);
    io.stdout(values.format === 'json' ? `${JSON.stringify(agendaJson(agenda), null, 2)}\n` : renderAgendaMarkdown(agenda));
    return 0;
  },
});
