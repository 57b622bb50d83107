/**
 * The agenda the retro form's Agenda section acts on (webview/agenda.ts): the
 * team's agenda (docs/cli.md "agenda") with the core's words for each item, as
 * the CLI and Prepare Retrospective say them, and each pulse item with the
 * core's own "Add an action for this step" fix (pulse-not-acted's, which
 * appends to the team's latest retro). Only for the team's latest dated retro:
 * the meeting runs in that file. Pure (no vscode), so it is tested on fixtures.
 */
import type { Config } from '../core/engine/config';
import type { Workspace } from '../core/engine/workspace';
import type { Team } from '../core/format/team';
import { teamAgenda } from '../core/insights/agenda';
import { agendaSections } from '../core/report/agenda';
import { stepActionFix } from '../core/rules/stepActionFix';
import type { FormAgenda } from '../shared/protocol';

/** The agenda for the file at `path` when it is `team`'s latest dated retro, else undefined. */
export function formAgenda(workspace: Workspace, path: string, team: Team | undefined, configFor: (path: string) => Config): FormAgenda | undefined {
  const retros = team?.timeline.retros;
  if (!team || !retros?.length || retros[retros.length - 1].path !== path) return undefined;
  const agenda = teamAgenda(workspace, team.id, configFor);
  if (!agenda) return undefined;
  // agendaSections words the lists in the agenda's order: open actions, pulse, focus, uncredited, facilitator, changes, goals.
  const [actions, pulse, , uncredited, facilitator] = agendaSections(agenda);
  return {
    date: agenda.date,
    headings: { actions: actions.heading, pulse: pulse.heading, uncredited: uncredited.heading, facilitator: facilitator.heading },
    actions: agenda.actions.map((action, index) => ({ id: action.id, text: actions.items[index], overdue: action.overdue, decide: action.decide })),
    pulse: agenda.pulse.map((item, index) => {
      const fix = stepActionFix(team, item.step);
      return { step: item.step, key: item.key, text: pulse.items[index], ...(fix ? { fix: { title: fix.title, edits: fix.edits } } : {}) };
    }),
    uncredited: [...agenda.uncredited],
    facilitator: agenda.facilitator,
  };
}
