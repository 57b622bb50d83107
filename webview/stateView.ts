/** What the form draws for a state, derived from it once per state: the form tree, where findings show, the checklist, the agenda. */
import type { FormFinding, FormState } from '../src/shared/protocol.js';
import { agendaView, type AgendaView } from './agenda.js';
import { checklist, type Checklist } from './checklist.js';
import { anchorsOf, fieldsOf, formModel, type Anchor, type FieldNode, type FormModel } from './formModel.js';
import { placeFindings } from './placement.js';

export interface StateView {
  model: FormModel;
  anchors: Map<string, Anchor>;
  /** Findings by the anchor key they show at. */
  placed: Map<string, FormFinding[]>;
  /** How many findings show inside each section (for its header when folded). */
  sectionCounts: Map<string, number>;
  check: Checklist;
  fieldsByKey: Map<string, FieldNode>;
  /** What is still to do in the meeting, when the file is the team's latest retro. */
  agenda: AgendaView | undefined;
}

/** The view of a state, or undefined when the file could not be read (the form shows a banner instead). */
export function stateView(state: FormState): StateView | undefined {
  if (!state.data) return undefined;
  const subtitles = Object.fromEntries(state.steps.map((s) => [s.step, s.title]));
  const model = formModel(state.kind, state.data, state.context, subtitles);
  const anchors = anchorsOf(model);
  const placed = placeFindings(state.findings, anchors);
  const sectionCounts = new Map<string, number>();
  for (const [key, list] of placed) {
    const section = anchors.get(key)?.section;
    if (section) sectionCounts.set(section, (sectionCounts.get(section) ?? 0) + list.length);
  }
  const fieldsByKey = new Map(fieldsOf(model).map((field) => [field.key, field]));
  const agenda = state.kind === 'retro' && state.agenda ? agendaView(state.agenda, state.data) : undefined;
  return { model, anchors, placed, sectionCounts, check: checklist(state, anchors), fieldsByKey, agenda };
}
