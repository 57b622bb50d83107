/**
 * The agenda as an HTML page's body, for the editor's Prepare Retrospective
 * panel: the same words as `teamcharter agenda` (agendaSections in
 * ./agenda.ts), each list under its own heading, each item with links to where
 * it lives. The links are the caller's (the editor makes them command URIs):
 * this module says which thing each item is about, never how to open it. Pure:
 * the agenda in, HTML out; every value from the files goes through escapeHtml.
 */
import type { Agenda, AgendaGoal, PulseReason } from '../insights/agenda';
import type { PulseKey, PulseStep } from '../format/pulse';
import { agendaSections, agendaTitle, sourceWords } from './agenda';
import { escapeHtml } from './format';

/** What an agenda item is about: the thing in the team's files it links to. */
export type AgendaRef =
  | { kind: 'action'; id: string }
  | { kind: 'pulse'; step: PulseStep; key: PulseKey; why: readonly PulseReason[] }
  | { kind: 'focus'; step: PulseStep; holding: readonly string[] }
  | { kind: 'member'; name: string }
  /** The index is the change's among the agenda's changes (those not done), not the charter's. */
  | { kind: 'change'; index: number; title: string | null }
  | { kind: 'goal'; goal: AgendaGoal };

/** The agenda's lists by their JSON names (docs/cli.md "agenda --format json"), in the order the agenda gives them. */
export const AGENDA_LISTS = ['actions', 'pulse', 'focus', 'uncredited', 'facilitator', 'changes', 'goals'] as const;
export type AgendaListKey = (typeof AGENDA_LISTS)[number];

export interface AgendaList {
  key: AgendaListKey;
  heading: string;
  none: string;
  items: { text: string; ref: AgendaRef }[];
}

function refsOf(agenda: Agenda): Record<AgendaListKey, AgendaRef[]> {
  return {
    actions: agenda.actions.map((a) => ({ kind: 'action', id: a.id })),
    pulse: agenda.pulse.map((p) => ({ kind: 'pulse', step: p.step, key: p.key, why: p.why })),
    focus: agenda.focus.map((f) => ({ kind: 'focus', step: f.step, holding: f.holding })),
    uncredited: agenda.uncredited.map((name) => ({ kind: 'member', name })),
    facilitator: agenda.facilitator === null ? [] : [{ kind: 'member', name: agenda.facilitator }],
    changes: agenda.changes.map((c, index) => ({ kind: 'change', index, title: c.title })),
    goals: agenda.goals.map((goal) => ({ kind: 'goal', goal })),
  };
}

/**
 * The agenda's lists in words (agendaSections), each item paired with what it
 * is about. The sections come in the order of AGENDA_LISTS, one line per entry
 * of that list; a section that does not match its list in length throws, so a
 * change of the words' order cannot pair an item with another's link.
 */
export function agendaLists(agenda: Agenda): AgendaList[] {
  const sections = agendaSections(agenda);
  const refs = refsOf(agenda);
  if (sections.length !== AGENDA_LISTS.length) throw new Error(`the agenda has ${sections.length} sections, not ${AGENDA_LISTS.length}`);
  return AGENDA_LISTS.map((key, i) => {
    const { heading, none, items } = sections[i];
    if (items.length !== refs[key].length) throw new Error(`the agenda's section "${heading}" has ${items.length} items, its list ${key} ${refs[key].length}`);
    return { key, heading, none, items: items.map((text, j) => ({ text, ref: refs[key][j] })) };
  });
}

/** A link as the caller makes it: where it goes (href) and what it says (text: where it goes, in words). */
export interface AgendaLink {
  href: string;
  text: string;
}

export interface AgendaHtmlOptions {
  /** The links of an item, in the order shown; none when it has nowhere to go. */
  linksFor?: (ref: AgendaRef) => AgendaLink[];
  /** The link that starts the retro, shown as a button after the title, with a sentence saying what it does. */
  start?: AgendaLink & { note: string };
}

/** Where the agenda comes from, as the Markdown says it under the title. */
export function agendaSource(agenda: Agenda): string {
  return `From ${sourceWords(agenda)}.`;
}

function link({ href, text }: AgendaLink, className?: string): string {
  return `<a${className ? ` class="${className}"` : ''} href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
}

/**
 * The agenda's body: a title, where it comes from, the start button, then one
 * section per list, every list under an h2 (an empty one says so in a
 * sentence, so that the page's outline is the same for every team).
 */
export function renderAgendaHtmlBody(agenda: Agenda, options: AgendaHtmlOptions = {}): string {
  const out = [`<h1>${escapeHtml(agendaTitle(agenda))}</h1>`, `<p class="sub">${escapeHtml(agendaSource(agenda))}</p>`];
  if (options.start) out.push(`<p class="start">${link(options.start, 'button')} <span class="muted">${escapeHtml(options.start.note)}</span></p>`);
  for (const list of agendaLists(agenda)) {
    const id = `agenda-${list.key}`;
    out.push(`<section class="agenda-list" aria-labelledby="${id}">`, `<h2 id="${id}">${escapeHtml(list.heading)}</h2>`);
    if (list.items.length === 0) out.push(`<p class="none">${escapeHtml(list.none)}</p>`);
    else {
      out.push('<ul>');
      for (const item of list.items) {
        const links = options.linksFor?.(item.ref) ?? [];
        const where = links.length ? ` <span class="links">${links.map((l) => link(l)).join(' ')}</span>` : '';
        out.push(`<li><span class="item">${escapeHtml(item.text)}</span>${where}</li>`);
      }
      out.push('</ul>');
    }
    out.push('</section>');
  }
  return out.join('\n');
}
