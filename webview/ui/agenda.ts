/** The retro form's Agenda section: what is still to do in the meeting, each item with its action beside it (webview/agenda.ts). */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { VscodeSingleSelect } from '@vscode-elements/elements/dist/vscode-single-select/vscode-single-select.js';
import type { VscodeTextfield } from '@vscode-elements/elements/dist/vscode-textfield/vscode-textfield.js';
import {
  AGENDA_BODY_ID,
  AGENDA_SECTION_KEY,
  agendaId,
  reviewFieldsFor,
  type ActionItem,
  type AgendaGroup,
  type AgendaItem,
  type AgendaView,
  type CreditItem,
  type FacilitatorItem,
  type PulseItem,
  type ReviewField,
} from '../agenda.js';
import { stepLabel } from '../../src/core/insights/scoreWords.js';
import { REVIEW_STATUSES } from '../constants.js';
import { invalidId } from '../labels.js';
import type { Controller } from './controller.js';
import { describedBy } from './describedBy.js';

/** The id of an item's first control: where the focus goes when the item before it is handled. */
export function firstControlId(item: AgendaItem): string {
  return agendaId(item.key, item.kind === 'action' ? 'status' : item.kind === 'credit' ? 'target' : 'do');
}

/** A field of a review being written: its label, its control, and why it cannot be recorded yet. */
function reviewInput(c: Controller, item: ActionItem, field: Exclude<ReviewField, 'status'>, label: string, name: string): TemplateResult {
  const id = agendaId(item.key, field);
  const problem = c.agendaProblem(item, field);
  const date = field === 'until';
  return html`<div class="field">
    <label class="field-label" for=${id}>${label}</label>
    <vscode-textfield
      id=${id}
      type=${date ? 'date' : 'text'}
      .label=${name}
      .value=${live(c.reviewDraft(item)[field])}
      placeholder=${date ? 'YYYY-MM-DD' : 'Why, or what happened'}
      ?disabled=${c.readOnly}
      ?invalid=${problem !== undefined}
      ${describedBy(problem !== undefined ? [invalidId(id)] : [], problem !== undefined)}
      @input=${(e: Event) => c.onReviewDraft(item, field, (e.currentTarget as VscodeTextfield).value)}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'Enter') c.onRecordReview(item);
      }}
    ></vscode-textfield>
    ${problem !== undefined ? html`<div class="field-invalid" id=${invalidId(id)}>${problem}</div>` : nothing}
  </div>`;
}

function actionView(c: Controller, item: ActionItem): TemplateResult {
  const draft = c.reviewDraft(item);
  const needs = reviewFieldsFor(draft.status);
  const statusId = agendaId(item.key, 'status');
  const problem = c.agendaProblem(item, 'status');
  return html`<div class="agenda-controls">
    <div class="field">
      <label class="field-label" for=${statusId}>Status</label>
      <vscode-single-select
        id=${statusId}
        .label=${`Agenda: status of action ${item.id}`}
        ?disabled=${c.readOnly}
        ?invalid=${problem !== undefined}
        ${describedBy(problem !== undefined ? [invalidId(statusId)] : [], problem !== undefined)}
        @change=${(e: Event) => c.onReviewDraft(item, 'status', (e.currentTarget as VscodeSingleSelect).value)}
      >
        <vscode-option value="" ?selected=${draft.status === ''}>(choose a status)</vscode-option>
        ${REVIEW_STATUSES.map((status) => html`<vscode-option .value=${status} ?selected=${status === draft.status}>${status}</vscode-option>`)}
      </vscode-single-select>
      ${problem !== undefined ? html`<div class="field-invalid" id=${invalidId(statusId)}>${problem}</div>` : nothing}
    </div>
    ${needs.until ? reviewInput(c, item, 'until', 'Deferred until', `Agenda: action ${item.id} deferred until`) : nothing}
    ${needs.note ? reviewInput(c, item, 'note', 'Why', `Agenda: why action ${item.id} is ${draft.status}`) : nothing}
    <vscode-button
      id=${agendaId(item.key, 'do')}
      class="agenda-do"
      aria-label=${`Record review of action ${item.id}`}
      ?disabled=${c.readOnly || c.busy}
      @click=${() => c.onRecordReview(item)}
      >Record review</vscode-button
    >
  </div>`;
}

function pulseView(c: Controller, item: PulseItem): TemplateResult | typeof nothing {
  if (!item.fix) return nothing;
  return html`<div class="agenda-controls">
    <vscode-button
      id=${agendaId(item.key, 'do')}
      class="agenda-do"
      secondary
      icon="add"
      aria-label=${`${item.fix.title}: ${stepLabel(item.step)}`}
      ?disabled=${c.readOnly || c.busy}
      @click=${() => c.onPulseAction(item)}
      >${item.fix.title}</vscode-button
    >
  </div>`;
}

function creditView(c: Controller, item: CreditItem): TemplateResult {
  const targetId = agendaId(item.key, 'target');
  const target = c.creditTarget(item);
  return html`<div class="agenda-controls">
    <div class="field">
      <label class="field-label" for=${targetId}>Credit in</label>
      <vscode-single-select
        id=${targetId}
        .label=${`Agenda: the win to credit ${item.name} in`}
        ?disabled=${c.readOnly}
        @change=${(e: Event) => c.onCreditTarget(item, (e.currentTarget as VscodeSingleSelect).value)}
      >
        ${c.creditTargets.map((o) => html`<vscode-option .value=${o.value} ?selected=${o.value === target}>${o.label}</vscode-option>`)}
      </vscode-single-select>
    </div>
    <vscode-button
      id=${agendaId(item.key, 'do')}
      class="agenda-do"
      secondary
      icon="star-empty"
      aria-label=${`Credit in a win: ${item.name}`}
      ?disabled=${c.readOnly || c.busy}
      @click=${() => c.onCredit(item)}
      >Credit in a win</vscode-button
    >
  </div>`;
}

function facilitatorView(c: Controller, item: FacilitatorItem): TemplateResult {
  return html`<div class="agenda-controls">
    <vscode-button
      id=${agendaId(item.key, 'do')}
      class="agenda-do"
      secondary
      icon="person"
      aria-label=${`Set as facilitator: ${item.name}`}
      ?disabled=${c.readOnly || c.busy}
      @click=${() => c.onSetFacilitator(item)}
      >Set as facilitator</vscode-button
    >
  </div>`;
}

function itemText(item: AgendaItem): string {
  return item.kind === 'credit' || item.kind === 'facilitator' ? item.name : item.text;
}

function itemView(c: Controller, item: AgendaItem): TemplateResult {
  const textId = agendaId(item.key, 'text');
  const flags = item.kind === 'action' ? [item.overdue && 'overdue', item.decide && 'decide'].filter((flag): flag is string => flag !== false) : [];
  return html`<li class="agenda-slot">
    <div class=${`agenda-item agenda-${item.kind}`} id=${agendaId(item.key)} data-agenda-key=${item.key} role="group" aria-labelledby=${textId}>
      <p class="agenda-text" id=${textId}>${flags.map((flag) => html`<span class=${`agenda-flag ${flag}`}>${flag}</span> `)}${itemText(item)}</p>
      ${
        item.kind === 'action'
          ? actionView(c, item)
          : item.kind === 'pulse'
            ? pulseView(c, item)
            : item.kind === 'credit'
              ? creditView(c, item)
              : facilitatorView(c, item)
      }
    </div>
  </li>`;
}

function groupView(c: Controller, group: AgendaGroup): TemplateResult {
  const headingId = agendaId(`group:${group.kind}`, 'heading');
  return html`<div class="agenda-group" data-agenda-group=${group.kind} role="group" aria-labelledby=${headingId}>
    <h3 class="list-label" id=${headingId}>${group.heading}</h3>
    <ul class="agenda-items">
      ${repeat(
        group.items,
        (item) => item.key,
        (item) => itemView(c, item),
      )}
    </ul>
  </div>`;
}

/** The Agenda section, at the top of the team's latest retro. */
export function agendaSection(c: Controller, view: AgendaView): TemplateResult {
  const collapsed = c.isCollapsed(AGENDA_SECTION_KEY);
  const headingId = `section-${AGENDA_SECTION_KEY}-heading`;
  const left = view.remaining;
  return html`<section class="form-section agenda" id=${`section-${AGENDA_SECTION_KEY}`} aria-labelledby=${headingId}>
    <h2 class="section-heading" id=${headingId}>
      <button
        type="button"
        class="section-toggle"
        aria-expanded=${collapsed ? 'false' : 'true'}
        aria-controls=${AGENDA_BODY_ID}
        @click=${() => c.onToggleSection(AGENDA_SECTION_KEY)}
      >
        <vscode-icon name=${collapsed ? 'chevron-right' : 'chevron-down'}></vscode-icon>
        <span class="section-title">Agenda</span>
        <span class="section-subtitle">what is still to do in this meeting</span>
        ${left > 0 ? html`<span class="count-badge">${left}<span class="visually-hidden"> ${left === 1 ? 'item' : 'items'} left</span></span>` : nothing}
      </button>
    </h2>
    <div class="section-body" id=${AGENDA_BODY_ID} tabindex="-1" ?hidden=${collapsed}>
      ${left === 0 ? html`<p class="empty">Nothing left on the agenda.</p>` : view.groups.map((group) => groupView(c, group))}
    </div>
  </section>`;
}
