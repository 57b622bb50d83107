/**
 * The retro form's Agenda section as data: what is still to do in the meeting,
 * and the edit that does each item. The extension sends the team's agenda
 * (docs/cli.md "agenda") with the state of the team's latest retro; this module
 * keeps the items that retro has not handled yet, read from the document as it
 * stands, so an item leaves the list as soon as its edit is in the file:
 *
 * - an open action: handled once this retro reviews it (its previousActions
 *   entry has a status); one created in this retro is not for review;
 * - a pulse step: handled once one of this retro's actions aims at it (`step`,
 *   by key or number), as pulse-not-acted counts it;
 * - an uncredited member: handled once a win of this retro credits them in
 *   `who` (by name, or `team`/`everyone` when they attended, as
 *   recognition-unbalanced counts it);
 * - the suggested facilitator: handled once the retro names one.
 *
 * Pure: the agenda and the retro's data in, items and edits out.
 */
import { nextActionId, reviewWithStatus } from '../src/core/format/membersAndActions.js';
import { PLACEHOLDER, written } from '../src/core/format/placeholders.js';
import { stepOfPulseKey, type PulseStep } from '../src/core/format/pulse.js';
import { COLLECTIVE_NAMES, REVIEW_STATUSES, STATUSES_WITH_REASON, isRealDate, type ReviewStatus } from '../src/core/format/vocabulary.js';
import type { FormAgenda, YamlEdit, YamlPath } from '../src/shared/protocol.js';
import { domId } from './paths.js';
import { displayText, obj, typeOverText, type Data } from './values.js';

type AgendaPulse = FormAgenda['pulse'][number];

/** An open action to review: a status, and for some statuses `until` and a note (docs/format.md "Retrospective"). */
export interface ActionItem {
  kind: 'action';
  key: string;
  id: string;
  /** The core's words for it: owner, due date, how long it has been open. */
  text: string;
  overdue: boolean;
  decide: boolean;
  /** What the retro's entry for it says already (a note typed in Previous actions), to start the review from. */
  until: string;
  note: string;
}

/** A step the team's pulse calls a problem: add an action aimed at it. */
export interface PulseItem {
  kind: 'pulse';
  key: string;
  step: PulseStep;
  pulseKey: string;
  text: string;
  fix: AgendaPulse['fix'];
}

/** A member not credited in a win lately: credit them in one of this retro's wins, or a new one. */
export interface CreditItem {
  kind: 'credit';
  key: string;
  name: string;
}

/** The member who has gone longest without facilitating: make them this retro's facilitator. */
export interface FacilitatorItem {
  kind: 'facilitator';
  key: string;
  name: string;
}

export type AgendaItem = ActionItem | PulseItem | CreditItem | FacilitatorItem;

export interface AgendaGroup {
  kind: AgendaItem['kind'];
  heading: string;
  items: AgendaItem[];
}

export interface AgendaView {
  /** The lists that still have items, in the agenda's order. */
  groups: AgendaGroup[];
  /** How many items are left in all. */
  remaining: number;
}

/** A DOM id for an agenda item's element: any text (an action id, a name) made selector-safe, as domId does for paths. */
export function agendaId(key: string, part?: string): string {
  return `agenda-${domId([key]).slice('field-'.length)}${part ? `--${part}` : ''}`;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function maps(value: unknown): Data[] {
  return list(value).map(obj);
}

/** The ids this retro's own `actions` give: actions created here, not reviewed here. */
function ownActionIds(data: Data): Set<string> {
  return new Set(maps(data.actions).map((action) => displayText(action.id).trim()));
}

/** The entry of previousActions for an action id, with its index there. */
function reviewEntry(data: Data, id: string): { entry: Data; index: number } | undefined {
  const entries = list(data.previousActions);
  for (let index = 0; index < entries.length; index++) {
    const entry = obj(entries[index]);
    if (displayText(entry.id).trim() === id) return { entry, index };
  }
  return undefined;
}

function reviewed(data: Data, id: string): boolean {
  const status = displayText(reviewEntry(data, id)?.entry.status).trim();
  return (REVIEW_STATUSES as readonly string[]).includes(status);
}

/** The step an action aims at (`step`: a pulse key or 1-7), as pulse-not-acted reads it. */
function actionStep(action: Data): PulseStep | undefined {
  const step = action.step;
  if (typeof step === 'number') return Number.isInteger(step) && step >= 1 && step <= 7 ? (step as PulseStep) : undefined;
  return typeof step === 'string' ? stepOfPulseKey(step.trim()) : undefined;
}

function aimedAt(data: Data, step: PulseStep): boolean {
  return maps(data.actions).some((action) => actionStep(action) === step);
}

/** The names a win's `who` gives (a list, or one name written alone). */
function whoNames(who: unknown): string[] {
  const names = Array.isArray(who) ? who : [who];
  return names.map((name) => written(name)?.trim()).filter((name): name is string => name !== undefined);
}

function credited(data: Data, name: string): boolean {
  const attended = list(data.attendees).some((attendee) => written(attendee)?.trim() === name);
  return maps(data.wins).some((win) => whoNames(win.who).some((who) => who === name || (attended && COLLECTIVE_NAMES.includes(who.toLowerCase()))));
}

/** What the Agenda section lists for a retro: the agenda's items this retro has not handled yet. */
export function agendaView(agenda: FormAgenda, data: Data): AgendaView {
  const own = ownActionIds(data);
  const actions = agenda.actions
    .filter((action) => !own.has(action.id) && !reviewed(data, action.id))
    .map((action): ActionItem => {
      const entry = reviewEntry(data, action.id)?.entry;
      return {
        kind: 'action',
        key: `action:${action.id}`,
        id: action.id,
        text: action.text,
        overdue: action.overdue,
        decide: action.decide,
        until: typeOverText(entry?.until).text,
        note: typeOverText(entry?.note).text,
      };
    });
  const pulse = agenda.pulse
    .filter((item) => !aimedAt(data, item.step))
    .map((item): PulseItem => ({ kind: 'pulse', key: `pulse:${item.key}`, step: item.step, pulseKey: item.key, text: item.text, fix: item.fix }));
  const credits = agenda.uncredited.filter((name) => !credited(data, name)).map((name): CreditItem => ({ kind: 'credit', key: `credit:${name}`, name }));
  const facilitator: FacilitatorItem[] =
    agenda.facilitator !== null && written(data.facilitator) === undefined
      ? [{ kind: 'facilitator', key: `facilitator:${agenda.facilitator}`, name: agenda.facilitator }]
      : [];
  const groups: AgendaGroup[] = [
    { kind: 'action', heading: agenda.headings.actions, items: actions },
    { kind: 'pulse', heading: agenda.headings.pulse, items: pulse },
    { kind: 'credit', heading: agenda.headings.uncredited, items: credits },
    { kind: 'facilitator', heading: agenda.headings.facilitator, items: facilitator },
  ];
  const shown = groups.filter((group) => group.items.length > 0);
  return { groups: shown, remaining: shown.reduce((n, group) => n + group.items.length, 0) };
}

// ---- the edits ----

/** What the form holds of a review while it is being written, before it goes into the file. */
export interface ReviewDraft {
  /** '' until a status is picked. */
  status: string;
  until: string;
  note: string;
}

/** The draft an action's review starts from: no status yet, and what the retro's entry says already. */
export function startDraft(item: ActionItem): ReviewDraft {
  return { status: '', until: item.until, note: item.note };
}

export type ReviewField = 'status' | 'until' | 'note';

/** Which of a review's fields a status asks for: `until` for deferred, a note (why) for deferred, dropped and blocked. */
export function reviewFieldsFor(status: string): { until: boolean; note: boolean } {
  return { until: status === 'deferred', note: STATUSES_WITH_REASON.includes(status as ReviewStatus) };
}

export type ReviewResult = { ok: true; edits: YamlEdit[] } | { ok: false; problems: { field: ReviewField; message: string }[] };

/**
 * The edits that record a review, from its draft: the core's review
 * (reviewWithStatus, as the quick fixes and the Teams view write it) of the
 * retro's previousActions entry for the action, added when the retro does not
 * list it yet. A status that asks for a date or a reason is not recorded
 * without it: the meeting says why now, rather than leaving a placeholder.
 */
export function reviewEdits(data: Data, id: string, draft: ReviewDraft): ReviewResult {
  const status = draft.status.trim();
  if (!(REVIEW_STATUSES as readonly string[]).includes(status)) return { ok: false, problems: [{ field: 'status', message: 'Pick a status first' }] };
  const needs = reviewFieldsFor(status);
  const until = draft.until.trim();
  const note = draft.note.trim();
  const problems: { field: ReviewField; message: string }[] = [];
  if (needs.until && !isRealDate(until))
    problems.push({ field: 'until', message: until === '' ? 'Say until when (YYYY-MM-DD)' : 'Not a date: write it as YYYY-MM-DD' });
  if (needs.note && note === '') problems.push({ field: 'note', message: `Say why it is ${status}` });
  if (problems.length > 0) return { ok: false, problems };
  const given = { ...(needs.until ? { until } : {}), ...(needs.note ? { note } : {}) };
  return { ok: true, edits: reviewWithStatus(data.previousActions, id, status as ReviewStatus, given).edits };
}

/**
 * The core's "Add an action for this step" (pulse-not-acted's fix, sent by the
 * extension): an action appended to this retro's actions with `step` set and
 * a placeholder title. Its id is the team's next as the extension last saw the
 * team, moved past any id this retro uses by now (an action added since).
 */
export function pulseActionEdits(item: PulseItem, data: Data): YamlEdit[] | undefined {
  if (!item.fix) return undefined;
  const taken = [...ownActionIds(data)];
  return item.fix.edits.map((edit) => {
    if (edit.op !== 'append' || edit.path.length !== 1 || edit.path[0] !== 'actions') return edit;
    const value = obj(edit.value);
    return typeof value.id === 'string' ? { ...edit, value: { ...value, id: nextActionId(taken, value.id) } } : edit;
  });
}

/** Where the new action lands: the next position of this retro's actions. */
export function newActionPath(data: Data): YamlPath {
  return ['actions', list(data.actions).length];
}

/** The wins a member can be credited in: a new one first, then this retro's own, by number and text. */
export function creditTargets(data: Data): { value: string; label: string }[] {
  return [
    { value: 'new', label: 'A new win' },
    ...list(data.wins).map((win, index) => {
      const text = typeOverText(obj(win).text).text.trim();
      return { value: String(index), label: `Win ${index + 1}${text ? `: ${text.length > 60 ? `${text.slice(0, 59)}…` : text}` : ''}` };
    }),
  ];
}

/**
 * Credit a member in a win: `target` is a win's index (as a string, from the
 * picker) or 'new'. An existing win gets the name added to its `who` (the list
 * made when it has none; a single name written alone becomes a list of two); a
 * new win says what went well as a placeholder for the meeting to type over.
 */
export function creditEdit(data: Data, name: string, target: string): YamlEdit | undefined {
  if (target === 'new') return { op: 'append', path: ['wins'], value: { text: PLACEHOLDER.winText, who: [name] } };
  const index = Number(target);
  const wins = list(data.wins);
  if (!Number.isInteger(index) || index < 0 || index >= wins.length) return undefined;
  const who = obj(wins[index]).who;
  const path: YamlPath = ['wins', index, 'who'];
  // Appending to a missing or empty `who` makes the list.
  if (Array.isArray(who) || who === undefined || who === null) return { op: 'append', path, value: name };
  const alone = displayText(who).trim();
  return { op: 'set', path, value: alone === '' ? [name] : [alone, name] };
}

/** Where a new win lands: the next position of this retro's wins. */
export function newWinPath(data: Data): YamlPath {
  return ['wins', list(data.wins).length];
}

export function facilitatorEdit(name: string): YamlEdit {
  return { op: 'set', path: ['facilitator'], value: name };
}

/**
 * Where the focus goes once an item is handled and has left the list: the next
 * item's first control, else the one before, else the section itself. The
 * control of each item is `first(item)`.
 */
export function focusAfter(view: AgendaView, handled: string, first: (item: AgendaItem) => string): string[] {
  const items = view.groups.flatMap((group) => group.items);
  const at = items.findIndex((item) => item.key === handled);
  const after = at < 0 ? items : [...items.slice(at + 1), ...items.slice(0, at).reverse()];
  return [...after.map(first), AGENDA_BODY_ID];
}

export const AGENDA_SECTION_KEY = 'agenda';
export const AGENDA_BODY_ID = `section-${AGENDA_SECTION_KEY}-body`;
