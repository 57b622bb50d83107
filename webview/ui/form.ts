/** The form: sections of fields, lists with add/remove/move buttons, the retro's review list and columns. */
import { html, nothing, type TemplateResult } from 'lit';
import type { YamlPath } from '../../src/shared/protocol.js';
import { repeat } from 'lit/directives/repeat.js';
import { live } from 'lit/directives/live.js';
import type { VscodeTextfield } from '@vscode-elements/elements/dist/vscode-textfield/vscode-textfield.js';
import type { ColumnsNode, FormModel, FormNode, GroupNode, ItemNode, ListNode, ReviewNode, SectionNode } from '../formModel.js';
import { capitalize } from '../model/builders.js';
import { domId, pathKey } from '../paths.js';
import { invalidId, moveLabel, removeLabel } from '../labels.js';
import { openForText } from '../reviewList.js';
import type { Controller } from './controller.js';
import { describedBy } from './describedBy.js';
import { describedByFindings, fieldView, findingList } from './fields.js';
import { pulseView } from './pulse.js';

function iconButton(opts: { id: string; icon: string; label: string; disabled?: boolean; onClick: () => void }): TemplateResult {
  return html`<button
    type="button"
    class="icon-button"
    id=${opts.id}
    aria-label=${opts.label}
    title=${opts.label}
    ?disabled=${opts.disabled === true}
    @click=${opts.onClick}
  >
    <vscode-icon name=${opts.icon}></vscode-icon>
  </button>`;
}

function itemButtons(c: Controller, list: ListNode, item: ItemNode): TemplateResult | typeof nothing {
  if (c.readOnly) return nothing;
  const last = list.items.length - 1;
  return html`<span class="item-buttons">
    ${iconButton({ id: `${item.id}--up`, icon: 'arrow-up', label: moveLabel(item.label, -1), disabled: item.index === 0 || c.busy, onClick: () => c.onMove(list, item, -1) })}
    ${iconButton({ id: `${item.id}--down`, icon: 'arrow-down', label: moveLabel(item.label, 1), disabled: item.index === last || c.busy, onClick: () => c.onMove(list, item, 1) })}
    ${iconButton({ id: `${item.id}--remove`, icon: 'trash', label: removeLabel(item.label), disabled: c.busy, onClick: () => c.onRemove(list, item) })}
  </span>`;
}

function itemView(c: Controller, list: ListNode, item: ItemNode): TemplateResult {
  if (item.inline) {
    const only = item.children[0];
    return html`<li class="item inline-item">
      <div class="inline-row">${only && only.type === 'field' ? fieldView(c, only, { inline: true }) : nothing} ${itemButtons(c, list, item)}</div>
    </li>`;
  }
  // A list holds only list items: the item's group (named by its title) sits inside one.
  const findings = c.findingsAt(pathKey(item.path));
  return html`<li class="item-slot">
    <div
      class="item"
      id=${item.id}
      data-path=${JSON.stringify(item.path)}
      tabindex="-1"
      role="group"
      aria-labelledby=${`${item.id}--title`}
      aria-describedby=${describedByFindings(item.id, findings.length)}
    >
      <div class="item-head"><span class="item-title" id=${`${item.id}--title`}>${capitalize(item.label)}</span>${itemButtons(c, list, item)}</div>
      ${findingList(c, findings, item.id)}
      <div class="item-fields">${item.children.map((child) => nodeView(c, child))}</div>
    </div>
  </li>`;
}

function listView(c: Controller, list: ListNode, level: 'list' | 'column' = 'list'): TemplateResult {
  const labelId = `${list.id}--label`;
  const findings = c.findingsAt(pathKey(list.path));
  return html`<div
    class=${`list ${level}`}
    id=${list.id}
    data-path=${JSON.stringify(list.path)}
    tabindex="-1"
    role="group"
    aria-labelledby=${labelId}
    aria-describedby=${describedByFindings(list.id, findings.length)}
  >
    <div class="list-head">
      <h3 class="list-label" id=${labelId}>${list.label}</h3>
      ${list.note ? html`<span class="list-note">${list.note}</span>` : nothing}
      ${
        list.removableColumn !== undefined && !c.readOnly
          ? iconButton({
              id: `${list.id}--remove-column`,
              icon: 'close',
              label: removeLabel(`column ${list.removableColumn}`),
              disabled: c.busy,
              onClick: () => c.onRemoveColumn(list.removableColumn!),
            })
          : nothing
      }
    </div>
    ${findingList(c, findings, list.id)}
    ${
      list.items.length === 0
        ? html`<p class="empty">None yet.</p>`
        : html`<ol class=${list.items[0]?.inline ? 'items inline-items' : 'items'}>
            ${list.items.map((item) => itemView(c, list, item))}
          </ol>`
    }
    ${
      c.readOnly
        ? nothing
        : html`<vscode-button id=${`${list.id}--add`} class="add-button" secondary icon="add" ?disabled=${c.busy} @click=${() => c.onAdd(list)}
            >Add ${list.noun}</vscode-button
          >`
    }
  </div>`;
}

function groupView(c: Controller, group: GroupNode): TemplateResult {
  const findings = c.findingsAt(pathKey(group.path));
  return html`<fieldset
    class="group"
    id=${group.id}
    data-path=${JSON.stringify(group.path)}
    tabindex="-1"
    aria-describedby=${describedByFindings(group.id, findings.length)}
  >
    <legend>${group.label}</legend>
    ${findingList(c, findings, group.id)}
    <div class="group-fields">${group.children.map((child) => nodeView(c, child))}</div>
  </fieldset>`;
}

function reviewView(c: Controller, review: ReviewNode): TemplateResult {
  const findings = c.findingsAt(pathKey(review.path));
  return html`<div
    class="review"
    id=${review.id}
    data-path=${JSON.stringify(review.path)}
    tabindex="-1"
    role="group"
    aria-label="Previous actions to review"
    aria-describedby=${describedByFindings(review.id, findings.length)}
  >
    ${findingList(c, findings, review.id)} ${review.rows.length === 0 ? html`<p class="empty">No open actions to review.</p>` : nothing}
    <ol class="items review-rows">
      ${repeat(
        review.rows,
        (r) => r.row.key,
        (r) => {
          const row = r.row;
          const meta = [row.owner, row.due ? `due ${row.due}` : undefined, openForText(row.retros)].filter((s): s is string => s !== undefined && s !== '');
          const name = row.id !== '' ? `action ${row.id}` : `entry #${row.index + 1}`;
          const findings = r.anchor ? c.findingsAt(r.anchor) : [];
          return html`<li class="review-row" data-action-id=${row.id}>
            <div
              class="item"
              id=${r.id}
              data-path=${row.path ? JSON.stringify(row.path) : ''}
              tabindex="-1"
              role="group"
              aria-label=${capitalize(name)}
              aria-describedby=${describedByFindings(r.id, findings.length)}
            >
              <div class="item-head">
                <span class="item-title"><span class="action-id">${row.id || `#${row.index + 1}`}</span> ${row.title ?? ''}</span>
                ${!row.open ? html`<span class="list-note">not an open action</span>` : nothing}
                ${!row.open && row.path && !c.readOnly ? iconButton({ id: `${r.id}--remove`, icon: 'trash', label: removeLabel(`review of ${name}`), disabled: c.busy, onClick: () => c.onRemoveReview(r) }) : nothing}
              </div>
              ${meta.length > 0 ? html`<div class="review-meta">${meta.join(' · ')}</div>` : nothing} ${findingList(c, findings, r.id)}
              <div class="item-fields">${fieldView(c, r.status)} ${r.until ? fieldView(c, r.until) : nothing} ${fieldView(c, r.note)}</div>
            </div>
          </li>`;
        },
      )}
    </ol>
  </div>`;
}

function columnsView(c: Controller, columns: ColumnsNode): TemplateResult {
  const draftId = `${domId(['items'])}--new-column`;
  const findings = c.findingsAt(pathKey(columns.path));
  return html`<div
    class="columns"
    id=${columns.id}
    data-path=${JSON.stringify(columns.path)}
    tabindex="-1"
    role="group"
    aria-label="Discussion"
    aria-describedby=${describedByFindings(columns.id, findings.length)}
  >
    ${findingList(c, findings, columns.id)} ${columns.lists.length === 0 ? html`<p class="empty">No columns yet.</p>` : nothing}
    <div class="columns-grid">${columns.lists.map((list) => listView(c, list, 'column'))}</div>
    ${
      columns.canAddColumn && !c.readOnly
        ? html`<div class="add-column">
            <label class="field-label" for=${draftId}>New column</label>
            <div class="inline-row">
              <vscode-textfield
                id=${draftId}
                .label=${'New column name'}
                placeholder="e.g. kudos"
                .value=${live(c.columnDraft)}
                ?invalid=${c.columnError !== undefined}
                ${describedBy(c.columnError !== undefined ? [invalidId(draftId)] : [], c.columnError !== undefined)}
                @input=${(e: Event) => c.onColumnDraft((e.currentTarget as VscodeTextfield).value)}
                @keydown=${(e: KeyboardEvent) => {
                  if (e.key === 'Enter') c.onAddColumn();
                }}
              ></vscode-textfield>
              <vscode-button secondary icon="add" ?disabled=${c.busy} @click=${() => c.onAddColumn()}>Add column</vscode-button>
            </div>
            ${c.columnError ? html`<div class="field-invalid" id=${invalidId(draftId)}>${c.columnError}</div>` : nothing}
          </div>`
        : nothing
    }
  </div>`;
}

export function nodeView(c: Controller, node: FormNode): TemplateResult {
  switch (node.type) {
    case 'field':
      return fieldView(c, node);
    case 'list':
      return listView(c, node);
    case 'group':
      return groupView(c, node);
    case 'review':
      return reviewView(c, node);
    case 'columns':
      return columnsView(c, node);
    case 'pulse':
      return pulseView(c, node);
    case 'item':
      // Items are drawn by their list.
      return html``;
  }
}

/** Findings about something without a field of its own (a missing map): at the top of its section, focusable to be shown. */
function anchorView(c: Controller, path: YamlPath): TemplateResult {
  const id = domId(path);
  const findings = c.findingsAt(pathKey(path));
  return html`<div class="anchor" id=${id} tabindex="-1" aria-describedby=${describedByFindings(id, findings.length)}>${findingList(c, findings, id)}</div>`;
}

function sectionView(c: Controller, section: SectionNode): TemplateResult {
  const collapsed = c.isCollapsed(section.key);
  const count = c.findingsInSection(section.key);
  const headingId = `section-${section.key}-heading`;
  const bodyId = `section-${section.key}-body`;
  return html`<section class="form-section" id=${`section-${section.key}`} aria-labelledby=${headingId}>
    <h2 class="section-heading" id=${headingId}>
      <button
        type="button"
        class="section-toggle"
        aria-expanded=${collapsed ? 'false' : 'true'}
        aria-controls=${bodyId}
        @click=${() => c.onToggleSection(section.key)}
      >
        <vscode-icon name=${collapsed ? 'chevron-right' : 'chevron-down'}></vscode-icon>
        ${section.step !== undefined ? html`<span class="step-number"><span class="visually-hidden">Step </span>${section.step}</span>` : nothing}
        <span class="section-title">${section.title}</span>
        ${section.subtitle ? html`<span class="section-subtitle">${section.subtitle}</span>` : nothing}
        ${count > 0 ? html`<span class="count-badge">${count}<span class="visually-hidden"> ${count === 1 ? 'finding' : 'findings'}</span></span>` : nothing}
      </button>
    </h2>
    <div class="section-body" id=${bodyId} ?hidden=${collapsed}>
      ${section.anchors.map((path) => anchorView(c, path))}
      <div class="section-fields">${section.children.map((child) => nodeView(c, child))}</div>
    </div>
  </section>`;
}

export function formView(c: Controller, model: FormModel): TemplateResult {
  return html`<form class="form" aria-label=${model.title} @submit=${(e: Event) => e.preventDefault()}>${model.sections.map((s) => sectionView(c, s))}</form>`;
}
