/** One field: its label, its control, why its text is not saved, and the findings about it. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { classMap } from 'lit/directives/class-map.js';
import type { VscodeTextfield } from '@vscode-elements/elements/dist/vscode-textfield/vscode-textfield.js';
import type { VscodeTextarea } from '@vscode-elements/elements/dist/vscode-textarea/vscode-textarea.js';
import type { VscodeSingleSelect } from '@vscode-elements/elements/dist/vscode-single-select/vscode-single-select.js';
import type { VscodeCheckbox } from '@vscode-elements/elements/dist/vscode-checkbox/vscode-checkbox.js';
import type { FormFinding } from '../../src/shared/protocol.js';
import { isRealDate } from '../constants.js';
import type { FieldNode } from '../formModel.js';
import { textRows } from '../values.js';
import { docsLabel, fieldDescriptionIds, findingsId, findingTextId, hintId, invalidId } from '../labels.js';
import type { Controller } from './controller.js';
import { describedBy } from './describedBy.js';

const SEVERITY_LABEL = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

/**
 * The findings shown at an element, each with its rule's docs. `ownerId` is the element's id:
 * each finding's text gets an id from it, so that the element can be described by them.
 */
export function findingList(c: Controller, findings: readonly FormFinding[], ownerId: string): TemplateResult | typeof nothing {
  if (findings.length === 0) return nothing;
  return html`<ul class="findings" id=${findingsId(ownerId)}>
    ${findings.map(
      (f, i) =>
        html`<li class=${`finding ${f.severity}`}>
          <vscode-icon name=${f.severity} class="severity-icon"></vscode-icon>
          <span class="finding-text" id=${findingTextId(ownerId, i)}
            ><span class="visually-hidden">${SEVERITY_LABEL[f.severity]}: </span><span class="finding-message">${f.message}</span></span
          >
          ${docsButton(c, f.rule)}
        </li>`,
    )}
  </ul>`;
}

/** "docs": opens the rule's page. Its name starts with what it shows, then names the rule. */
export function docsButton(c: Controller, rule: string): TemplateResult {
  return html`<button
    type="button"
    class="link-button docs-link"
    title=${`Open the documentation of ${rule}`}
    aria-label=${docsLabel(rule)}
    @click=${() => c.onDocs(rule)}
  >
    docs
  </button>`;
}

/** aria-describedby for a container (an item, a list, a group): its findings' texts. */
export function describedByFindings(ownerId: string, count: number): string | typeof nothing {
  return count > 0 ? fieldDescriptionIds(ownerId, { invalid: false, hint: false, findings: count }).join(' ') : nothing;
}

/**
 * A date input's value is '' both when it is emptied and while a date is only
 * partly typed (Chromium does not tell them apart), so '' in a date field is
 * written only when the field is left.
 */
function partlyTyped(e: Event): boolean {
  const input = (e.currentTarget as VscodeTextfield).wrappedElement as HTMLInputElement | undefined;
  return input?.type === 'date' && input.value === '';
}

/** Keep the focus bookkeeping on the field's wrapper: focus moving inside it (checkbox to checkbox) is not a blur. */
function focusHandlers(c: Controller, field: FieldNode) {
  return {
    focusin: () => c.onFocus(field),
    focusout: (e: FocusEvent) => {
      const wrapper = e.currentTarget as HTMLElement;
      const next = e.relatedTarget as Node | null;
      if (next && wrapper.contains(next)) return;
      c.onBlur(field);
    },
  };
}

function control(c: Controller, field: FieldNode, disabled: boolean, invalid: boolean, described: readonly string[]): TemplateResult {
  // Text stays readable (and selectable) in a read-only form; pickers are disabled.
  const readonly = c.readOnly;
  const textDisabled = field.disabledReason !== undefined && !c.readOnly;
  const w = field.widget;
  const dataPath = field.path ? JSON.stringify(field.path) : '';
  switch (w.kind) {
    case 'text':
    case 'date': {
      if (w.kind === 'text' && w.multiline) {
        return html`<vscode-textarea
          id=${field.id}
          data-path=${dataPath}
          .label=${field.name}
          .value=${live(c.shown(field))}
          placeholder=${field.placeholder ?? ''}
          rows=${textRows(c.shown(field))}
          resize="none"
          ?readonly=${readonly}
          ?disabled=${textDisabled}
          ?invalid=${invalid}
          ${describedBy(described, invalid)}
          @input=${(e: Event) => c.onInput(field, (e.currentTarget as VscodeTextarea).value)}
          @change=${(e: Event) => c.onCommit(field, (e.currentTarget as VscodeTextarea).value)}
        ></vscode-textarea>`;
      }
      const value = c.shown(field);
      // A value that is not a real date shows as text: a date input would show it as empty.
      const type = w.kind === 'date' && (value === '' || isRealDate(value)) ? 'date' : 'text';
      return html`<vscode-textfield
        id=${field.id}
        data-path=${dataPath}
        type=${type}
        .label=${field.name}
        .value=${live(value)}
        placeholder=${field.placeholder ?? (w.kind === 'date' ? 'YYYY-MM-DD' : '')}
        ?readonly=${readonly}
        ?disabled=${textDisabled}
        ?invalid=${invalid}
        ${describedBy(described, invalid)}
        @input=${(e: Event) => c.onInput(field, (e.currentTarget as VscodeTextfield).value, partlyTyped(e))}
        @change=${(e: Event) => c.onCommit(field, (e.currentTarget as VscodeTextfield).value, partlyTyped(e))}
      ></vscode-textfield>`;
    }
    case 'suggest':
      return html`<input
          class=${classMap({ 'native-input': true, invalid })}
          id=${field.id}
          data-path=${dataPath}
          type="text"
          list=${`${field.id}--suggestions`}
          autocomplete="off"
          aria-label=${field.name}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${described.length > 0 ? described.join(' ') : nothing}
          .value=${live(c.shown(field))}
          placeholder=${field.placeholder ?? ''}
          ?readonly=${readonly}
          ?disabled=${textDisabled}
          @input=${(e: Event) => c.onInput(field, (e.currentTarget as HTMLInputElement).value)}
          @change=${(e: Event) => c.onCommit(field, (e.currentTarget as HTMLInputElement).value)}
        /><datalist id=${`${field.id}--suggestions`}>${w.suggestions.map((s) => html`<option value=${s}></option>`)}</datalist>`;
    case 'select': {
      const value = c.shown(field);
      return html`<vscode-single-select
        id=${field.id}
        data-path=${dataPath}
        .label=${field.name}
        ?disabled=${disabled}
        ?invalid=${invalid}
        ${describedBy(described, invalid)}
        @change=${(e: Event) => c.onSelect(field, (e.currentTarget as VscodeSingleSelect).value)}
        >${w.options.map((o) => html`<vscode-option .value=${o.value} ?selected=${o.value === value} class=${o.unknown ? 'unknown-option' : ''}>${o.label}</vscode-option>`)}</vscode-single-select
      >`;
    }
    case 'multi':
    case 'checks': {
      const values = c.shownList(field);
      return html`<div
        class="checks"
        id=${field.id}
        data-path=${dataPath}
        role="group"
        aria-label=${field.name}
        aria-describedby=${described.length > 0 ? described.join(' ') : nothing}
        tabindex="-1"
      >
        ${w.options.length === 0 ? html`<span class="empty">${w.kind === 'multi' ? 'Nothing to choose from yet.' : 'No members yet.'}</span>` : nothing}
        ${w.options.map(
          (o) =>
            html`<vscode-checkbox
              id=${`${field.id}--${o.value.replace(/[^A-Za-z0-9_-]/g, '_')}`}
              .checked=${live(values.includes(o.value))}
              ?disabled=${disabled}
              @change=${(e: Event) => c.onTick(field, o.value, (e.currentTarget as VscodeCheckbox).checked)}
              >${o.label}</vscode-checkbox
            >`,
        )}
      </div>`;
    }
  }
}

export function fieldView(c: Controller, field: FieldNode, opts: { inline?: boolean } = {}): TemplateResult {
  const findings = c.findingsAt(field.key);
  const invalidText = c.invalidText(field);
  const disabled = c.readOnly || field.disabledReason !== undefined;
  const invalid = invalidText !== undefined || findings.some((f) => f.severity === 'error');
  const hint = field.disabledReason !== undefined && !c.readOnly;
  const described = fieldDescriptionIds(field.id, { invalid: invalidText !== undefined, hint, findings: findings.length });
  const focus = focusHandlers(c, field);
  // A group of checkboxes is named by its aria-label; the visible label is not a <label> of anything.
  const group = field.widget.kind === 'checks' || field.widget.kind === 'multi';
  const wide = group || (field.widget.kind === 'text' && field.widget.multiline === true);
  return html`<div
    class=${classMap({ field: true, wide, inline: opts.inline === true, [`widget-${field.widget.kind}`]: true })}
    @focusin=${focus.focusin}
    @focusout=${focus.focusout}
  >
    ${opts.inline ? nothing : group ? html`<span class="field-label" aria-hidden="true">${field.label}</span>` : html`<label class="field-label" for=${field.id}>${field.label}</label>`}
    ${control(c, field, disabled, invalid, described)} ${hint ? html`<div class="field-hint" id=${hintId(field.id)}>${field.disabledReason}</div>` : nothing}
    ${invalidText ? html`<div class="field-invalid" id=${invalidId(field.id)}>${invalidText}</div>` : nothing} ${findingList(c, findings, field.id)}
  </div>`;
}
