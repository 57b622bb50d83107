/**
 * The quick fix "Add an action for this step": when the team's pulse says a
 * step is not working, the answer is an action aimed at that step. It is
 * pulse-not-acted's fix, the finding that goes once such an action is written;
 * pulse-low and pulse-gap report the rating itself, which only the next pulse changes.
 */
import { str } from '../base/dataReaders';
import { nextActionId } from '../format/membersAndActions';
import { PLACEHOLDER } from '../format/placeholders';
import { pulseKey, type PulseStep } from '../format/pulse';
import { retroActions, type Team } from '../format/team';
import type { Fix } from '../base/types';

export const STEP_ACTION_FIX_TITLE = 'Add an action for this step';

/**
 * An action appended to the `actions` of the team's latest dated retro, with
 * `step` set to the step's pulse key, the next free action id, and a title
 * (and owner) for a person to type over. The edit is for that retro's file:
 * report the finding that offers it there. Undefined when the team has no
 * dated retro.
 */
export function stepActionFix(team: Team, step: PulseStep, title = STEP_ACTION_FIX_TITLE): Fix | undefined {
  const { retros } = team.timeline;
  if (retros.length === 0) return undefined;
  // Every id the team's retros use, undated ones too: the new id must clash with none.
  const taken = team.retros.flatMap((retro) => retroActions(retro).map(([action]) => str(action.id) ?? ''));
  const action = { id: nextActionId(taken), title: PLACEHOLDER.actionTitle, owner: PLACEHOLDER.owner, step: pulseKey(step) };
  return { title, edits: [{ op: 'append', path: ['actions'], value: action }], placeholder: PLACEHOLDER.actionTitle };
}
