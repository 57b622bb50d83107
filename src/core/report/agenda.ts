/**
 * A retro's agenda in words (docs/cli.md "agenda"): as Markdown that reads on
 * its own, pasted into a meeting invite or a chat, and as the plain lines `new
 * retro` writes at the top of the new file as comments. One wording for both:
 * each list is a section with a heading and one line per item, and a short
 * sentence instead when it is empty. Pure: the agenda in, text out.
 */
import type { Agenda, AgendaAction, AgendaChange, AgendaGoal, AgendaPulse, GoalReason, PulseReason } from '../insights/agenda';
import { GOAL_DUE_SOON_DAYS } from '../insights/agenda';
import { holdingWords, levelName, stepLabel } from '../insights/scoreWords';
import { pushAll } from '../base/arrays';
import { plural } from '../base/wording';
import { escapeMarkdown } from './markdown';

export interface AgendaSection {
  heading: string;
  /** One line each, as plain text (the renderers escape it). */
  items: string[];
  /** What is said instead of the items when there are none. */
  none: string;
}

const DECIDE = 'decide: finish, split, drop or escalate';

function quoted(text: string | null): string {
  return text === null ? '' : ` "${text}"`;
}

function actionLine(action: AgendaAction): string {
  const who = [action.owner ?? 'no owner', action.due === null ? 'no due date' : `due ${action.due}`].join(', ');
  const flags = [action.overdue && 'overdue', action.decide && DECIDE].filter(Boolean);
  return `${action.id}${quoted(action.title)} (${who}): open since ${action.since}, in ${plural(action.retros, 'retro')}${flags.length ? `; ${flags.join('; ')}` : ''}`;
}

const PULSE_WORDS: Record<PulseReason, string> = { low: 'rated low', gap: 'rated far below its score', declining: 'declining' };

function pulseLine(pulse: AgendaPulse): string {
  return `${stepLabel(pulse.step)}: ${pulse.why.map((reason) => PULSE_WORDS[reason]).join(', ')} (mean ${pulse.mean} out of 5); agree an action with step: ${pulse.key}`;
}

function changeLine(change: AgendaChange): string {
  const title = change.title === null ? 'A change with no title' : `"${change.title}"`;
  return `${title}: ${change.leaderCommitments.length ? `leaders' commitments ${change.leaderCommitments.map((text) => `"${text}"`).join(', ')}` : 'no leader commitment written'}`;
}

const GOAL_WORDS: Record<GoalReason, (due: string | null) => string> = {
  overdue: (due) => `overdue, it was due ${due}`,
  'due-soon': (due) => `due ${due}, within ${GOAL_DUE_SOON_DAYS} days`,
  'no-activity': () => 'no action touched it in the last retros',
};

function goalLine(goal: AgendaGoal): string {
  return `${goal.id ?? 'A goal with no id'}${quoted(goal.title)}: ${GOAL_WORDS[goal.why](goal.due)}`;
}

/** The agenda's lists in the order docs/cli.md "agenda" gives them, each in words. */
export function agendaSections(agenda: Agenda): AgendaSection[] {
  const lowest = agenda.focus[0]?.level;
  return [
    {
      heading: 'Open actions, oldest first (the meeting gives each a status)',
      items: agenda.actions.map(actionLine),
      none: 'No open action to review.',
    },
    {
      heading: "The team's pulse (each step needs an action aimed at it)",
      items: agenda.pulse.map(pulseLine),
      none: "No step of the team's recent pulse is low, far below its score or declining.",
    },
    {
      heading: `Focus (the steps at the team's lowest level${lowest === undefined ? '' : `, ${levelName(lowest)}`})`,
      items: agenda.focus.map((s) => `${stepLabel(s.step)}${s.holding.length ? `: held by ${holdingWords(s.holding)}` : ''}`),
      none: 'No focus: without a charter the team has no level.',
    },
    {
      heading: 'Not credited in a win lately (what did they do that helped?)',
      items: [...agenda.uncredited],
      none: 'Nobody who attends is left out of the wins.',
    },
    {
      heading: 'Suggested facilitator (the member who has gone longest without facilitating)',
      items: agenda.facilitator === null ? [] : [agenda.facilitator],
      none: 'No members to suggest a facilitator from.',
    },
    {
      heading: 'Change under way (what the leaders committed to)',
      items: agenda.changes.map(changeLine),
      none: 'No change under way.',
    },
    {
      heading: `Goals overdue, due within ${GOAL_DUE_SOON_DAYS} days or with no activity`,
      items: agenda.goals.map(goalLine),
      none: `No goal is overdue, due within ${GOAL_DUE_SOON_DAYS} days or without activity.`,
    },
  ];
}

/** "Retro agenda: Platform Team (platform)": the Markdown's title, the panel's heading. */
export function agendaTitle(agenda: Agenda): string {
  return `Retro agenda: ${agenda.name === null ? agenda.team : `${agenda.name} (${agenda.team})`}`;
}

/** Where the agenda comes from, after "From" (the Markdown, the panel, the comments of a new retro): "the team's files on 2026-12-06; the last retro was on 2026-11-30". */
export function sourceWords(agenda: Agenda): string {
  return `the team's files on ${agenda.date}; ${agenda.lastRetro === null ? 'no retro yet' : `the last retro was on ${agenda.lastRetro}`}`;
}

/** A list item that cannot start a block of Markdown (a heading, a list, a quote) whatever text it begins with. */
function markdownItem(text: string): string {
  return `- ${escapeMarkdown(text).replace(/^(?=[#+\-=>]|\d+[.)])/, '\\')}`;
}

/** The agenda as Markdown: a heading per list and a line per item; an empty list is one short sentence. */
export function renderAgendaMarkdown(agenda: Agenda): string {
  const out = [`# ${escapeMarkdown(agendaTitle(agenda))}`, '', escapeMarkdown(`From ${sourceWords(agenda)}.`), ''];
  for (const section of agendaSections(agenda)) {
    if (section.items.length === 0) out.push(escapeMarkdown(section.none), '');
    else pushAll(out, [`## ${escapeMarkdown(section.heading)}`, '', ...section.items.map(markdownItem), '']);
  }
  return out.join('\n');
}

/**
 * The agenda as the lines `new retro` writes at the top of a new retro, before
 * each is made a comment (templates.ts escapes them): a line saying where it
 * comes from, then each list that has items, its heading and an indented line
 * per item. Empty lists are left out: the file is for the meeting's notes.
 */
export function agendaCommentLines(agenda: Agenda): string[] {
  const out = [`Agenda, from ${sourceWords(agenda)}:`];
  for (const section of agendaSections(agenda)) {
    if (section.items.length === 0) continue;
    out.push(`${section.heading}:`);
    pushAll(
      out,
      section.items.map((item) => `  - ${item}`),
    );
  }
  return out;
}
