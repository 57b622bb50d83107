/**
 * The form editor's controller: receives states from the extension, keeps the
 * per-field echo bookkeeping, turns what the user does into edits (through the
 * pure modules), remembers the view state, and renders. The document is the
 * model: nothing here keeps content beyond what is being typed.
 */
import { html, nothing, render } from 'lit';
import type { FormFinding, FormState, FromWebview, ToWebview, YamlEdit, YamlPath } from '../src/shared/protocol.js';
import { checklist, type Checklist, type ChecklistFinding } from './checklist.js';
import { FieldSync } from './fieldSync.js';
import { anchorsOf, fieldsOf, formModel, type Anchor, type FieldNode, type FormModel, type ItemNode, type ListNode, type ReviewRowNode } from './formModel.js';
import { addColumn, addItem, moveItem, removeColumn, removeItem, reviewAction, setField, tickName } from './intents.js';
import { domId, pathKey } from './paths.js';
import { placeFindings } from './placement.js';
import { parseFieldText, toggleName } from './values.js';
import { readViewState, toggleCollapsed, type ViewState } from './viewState.js';
import type { Controller } from './ui/controller.js';
import { formView } from './ui/form.js';
import { checklistView, errorBanner, schemaBanner, unreadableView } from './ui/panel.js';

export interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): unknown;
  setState(state: unknown): void;
}

/** Typing is sent this long after the last keystroke (and at once on change or blur). */
export const DEBOUNCE_MS = 250;
/** Dates wait longer: typing a year digit by digit makes valid dates (0002-…) on the way. */
const DATE_DEBOUNCE_MS = 800;
/** How long add/remove/move buttons wait for the previous structural edit to come back. */
const STRUCTURAL_WAIT_MS = 3000;

const NO_FINDINGS: readonly FormFinding[] = [];

function isStateMessage(message: unknown): message is ToWebview {
  if (message === null || typeof message !== 'object') return false;
  const m = message as { type?: unknown; state?: unknown; message?: unknown };
  if (m.type === 'state') return m.state !== null && typeof m.state === 'object';
  if (m.type === 'unchanged') return true;
  return m.type === 'error' && typeof m.message === 'string';
}

export class App implements Controller {
  private state: FormState | undefined;
  private model: FormModel | undefined;
  private anchors = new Map<string, Anchor>();
  private placed = new Map<string, FormFinding[]>();
  private sectionCounts = new Map<string, number>();
  private check: Checklist | undefined;
  private fieldsByKey = new Map<string, FieldNode>();

  private readonly sync = new FieldSync();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly invalid = new Map<string, string>();
  /** Fields whose edit waits for the previous structural edit to come back (a review that appends). */
  private readonly deferred = new Set<string>();
  /** Date fields showing '' while focused: maybe emptied, maybe partly typed; written when left. */
  private readonly incomplete = new Set<string>();
  private view: ViewState;
  private error: string | undefined;
  private structural: { version: number; at: number } | undefined;
  /** Elements to focus once a state newer than `after` has been drawn (the first that exists). */
  private pendingFocus: { ids: string[]; after: number } | undefined;
  private restored = false;

  columnDraft = '';
  columnError: string | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly vscode: VsCodeApi,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.view = readViewState(vscode.getState());
  }

  start(): void {
    window.addEventListener('message', (event: MessageEvent) => this.receive(event.data));
    let scrollQueued = false;
    window.addEventListener('scroll', () => {
      if (scrollQueued) return;
      scrollQueued = true;
      requestAnimationFrame(() => {
        scrollQueued = false;
        if (!this.restored) return;
        this.view = { ...this.view, scrollY: Math.round(window.scrollY) };
        this.saveView();
      });
    });
    // Whatever is typed goes out before the webview is hidden or closed.
    const flush = () => this.flushAll(true);
    window.addEventListener('blur', flush);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush();
    });
    this.render();
    this.vscode.postMessage({ type: 'ready' });
  }

  // ---- messages from the extension ----

  receive(message: unknown): void {
    if (!isStateMessage(message)) return;
    if (message.type === 'error' || message.type === 'unchanged') {
      // Either way no new state follows the edit: the buttons need not wait for one.
      if (message.type === 'error') this.error = message.message;
      this.structural = undefined;
      this.render();
      return;
    }
    this.applyState(message.state);
  }

  private applyState(state: FormState): void {
    const now = this.now();
    this.state = state;
    if (this.structural && state.version > this.structural.version) this.structural = undefined;
    if (state.data) {
      const subtitles = Object.fromEntries(state.steps.map((s) => [s.step, s.title]));
      this.model = formModel(state.kind, state.data, state.context, subtitles);
      this.anchors = anchorsOf(this.model);
      this.placed = placeFindings(state.findings, this.anchors);
      this.sectionCounts = new Map();
      for (const [key, list] of this.placed) {
        const section = this.anchors.get(key)?.section;
        if (section) this.sectionCounts.set(section, (this.sectionCounts.get(section) ?? 0) + list.length);
      }
      this.check = checklist(state, this.anchors);
      this.fieldsByKey = new Map();
      for (const field of fieldsOf(this.model)) {
        this.fieldsByKey.set(field.key, field);
        const resolution = this.sync.incoming(field.key, serialize(field), now);
        if (!resolution.kept) {
          this.invalid.delete(field.key);
          this.incomplete.delete(field.key);
        }
      }
    } else {
      this.model = undefined;
      this.anchors = new Map();
      this.placed = new Map();
      this.check = undefined;
      this.fieldsByKey = new Map();
    }
    this.render();
    this.afterRender();
    if (!this.busy) {
      for (const key of [...this.deferred]) {
        this.deferred.delete(key);
        const field = this.fieldsByKey.get(key);
        if (field) this.flush(field, true);
      }
    }
  }

  private afterRender(): void {
    // A state of the same version (new findings, not the edit) is not the one to wait for.
    let wanted: string[] = [];
    if (this.pendingFocus && this.state && this.state.version > this.pendingFocus.after) {
      wanted = this.pendingFocus.ids;
      this.pendingFocus = undefined;
    }
    const restore = !this.restored && this.model !== undefined;
    if (restore) this.restored = true;
    if (wanted.length === 0 && !restore) return;
    // Let the components draw themselves first (they render in a microtask).
    requestAnimationFrame(() => {
      for (const id of wanted) {
        const el = document.getElementById(id);
        if (el && !(el as HTMLButtonElement).disabled) {
          el.focus();
          return;
        }
      }
      if (restore) {
        if (this.view.focusId) document.getElementById(this.view.focusId)?.focus({ preventScroll: true });
        window.scrollTo(0, this.view.scrollY);
      }
    });
  }

  // ---- what the templates read ----

  get readOnly(): boolean {
    return !this.state || !this.state.data || this.state.schemaErrors.length > 0;
  }

  get busy(): boolean {
    return this.structural !== undefined && this.now() - this.structural.at < STRUCTURAL_WAIT_MS;
  }

  shown(field: FieldNode): string {
    const current = this.sync.current(field.key);
    if (current !== undefined) return current;
    return typeof field.value === 'string' ? field.value : JSON.stringify(field.value);
  }

  shownList(field: FieldNode): string[] {
    const current = this.sync.current(field.key);
    if (current === undefined) return Array.isArray(field.value) ? field.value : [];
    try {
      const parsed: unknown = JSON.parse(current);
      return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
    } catch {
      return [];
    }
  }

  invalidText(field: FieldNode): string | undefined {
    return this.invalid.get(field.key);
  }

  findingsAt(anchorKey: string): readonly FormFinding[] {
    return this.placed.get(anchorKey) ?? NO_FINDINGS;
  }

  findingsInSection(sectionKey: string): number {
    return this.sectionCounts.get(sectionKey) ?? 0;
  }

  isCollapsed(sectionKey: string): boolean {
    return this.view.collapsed.includes(sectionKey);
  }

  // ---- sending ----

  private post(edit: YamlEdit): boolean {
    if (this.readOnly || !this.state) return false;
    this.vscode.postMessage({ type: 'edit', version: this.state.version, edit });
    return true;
  }

  private editFor(field: FieldNode, value: string | null): YamlEdit | undefined {
    switch (field.write.kind) {
      case 'set':
        return field.path ? setField(field.path, value) : undefined;
      case 'review':
        return reviewAction(this.state?.data?.previousActions, field.write.actionId, field.write.field, value);
      default:
        return undefined;
    }
  }

  /** Send a text field's pending text now (when it can be written). `commit`: the user is done with it (change, blur). */
  private flush(stale: FieldNode, commit: boolean): void {
    // The field as the latest state has it (a review row may have been listed since).
    const field = this.fieldsByKey.get(stale.key) ?? stale;
    const timer = this.timers.get(field.key);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(field.key);
    if (!this.sync.isDirty(field.key) || this.readOnly) return;
    const text = this.sync.current(field.key) ?? '';
    if (this.incomplete.has(field.key)) return;
    const parsed = parseFieldText(text, field.validation, field.required);
    if (!parsed.ok) {
      if (commit && this.invalid.get(field.key) !== parsed.message) {
        this.invalid.set(field.key, parsed.message);
        this.render();
      }
      return;
    }
    const edit = this.editFor(field, parsed.value);
    if (edit?.op === 'append') {
      // Reviewing an action not listed yet appends to previousActions: one append at a
      // time, or two quick choices would list the action twice. The next state lists it.
      if (this.busy) {
        this.deferred.add(field.key);
        return;
      }
      if (this.state) this.structural = { version: this.state.version, at: this.now() };
    }
    if (edit && this.post(edit)) this.sync.sent(field.key, text, this.now());
    if (this.invalid.delete(field.key)) this.render();
  }

  private flushAll(commit: boolean): void {
    for (const key of [...this.timers.keys()]) {
      const field = this.fieldsByKey.get(key);
      if (field) this.flush(field, commit);
      else {
        clearTimeout(this.timers.get(key));
        this.timers.delete(key);
      }
    }
  }

  private noteIncomplete(field: FieldNode, incomplete: boolean): void {
    if (incomplete) this.incomplete.add(field.key);
    else this.incomplete.delete(field.key);
  }

  onInput(field: FieldNode, text: string, incomplete = false): void {
    if (this.readOnly) return;
    this.sync.edited(field.key, text);
    this.noteIncomplete(field, incomplete);
    if (this.invalid.has(field.key) && !incomplete && parseFieldText(text, field.validation, field.required).ok) {
      this.invalid.delete(field.key);
      this.render();
    }
    const timer = this.timers.get(field.key);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.set(
      field.key,
      setTimeout(() => this.flush(field, false), field.widget.kind === 'date' ? DATE_DEBOUNCE_MS : DEBOUNCE_MS),
    );
  }

  onCommit(field: FieldNode, text: string, incomplete = false): void {
    if (this.readOnly) return;
    this.sync.edited(field.key, text);
    this.noteIncomplete(field, incomplete);
    this.flush(field, true);
  }

  onFocus(field: FieldNode): void {
    this.sync.focus(field.key);
    if (this.view.focusId !== field.id) {
      this.view = { ...this.view, focusId: field.id };
      this.saveView();
    }
  }

  onBlur(field: FieldNode): void {
    this.incomplete.delete(field.key);
    this.flush(field, true);
    this.sync.blur(field.key);
    // Focus leaving the page (another tab, another editor) is not the user leaving the field.
    if (document.hasFocus() && this.view.focusId === field.id) {
      this.view = { ...this.view, focusId: undefined };
      this.saveView();
    }
  }

  onSelect(field: FieldNode, value: string): void {
    if (this.readOnly || value === this.shown(field)) return;
    this.sync.edited(field.key, value);
    this.flush(field, true);
    this.render();
  }

  onTick(field: FieldNode, name: string, on: boolean): void {
    if (this.readOnly || !field.path) return;
    const current = this.shownList(field);
    const edit = tickName(field.path, current, name, on, this.sync.isSettled(field.key) && this.matchesDocument(field, current));
    if (!edit) return;
    const json = JSON.stringify(toggleName(current, name, on));
    this.sync.edited(field.key, json);
    if (this.post(edit)) this.sync.sent(field.key, json, this.now());
    this.render();
  }

  /** The list shown is exactly the document's (a list of plain strings, nothing else in it). */
  private matchesDocument(field: FieldNode, shown: readonly string[]): boolean {
    let value: unknown = this.state?.data;
    for (const segment of field.path ?? []) value = value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[segment] : undefined;
    return Array.isArray(value) && value.length === shown.length && value.every((v, i) => v === shown[i]);
  }

  // ---- structural edits: one at a time, each after the previous one came back ----

  private structuralEdit(edit: YamlEdit, forget: YamlPath | undefined, focus: string[]): void {
    if (this.readOnly || this.busy || !this.state) return;
    this.flushAll(true);
    if (!this.post(edit)) return;
    this.structural = { version: this.state.version, at: this.now() };
    if (forget) {
      const exact = pathKey(forget);
      const prefix = `${exact.slice(0, -1)},`;
      this.sync.forgetWhere((key) => key === exact || key.startsWith(prefix) || (forget[0] === 'previousActions' && (key.startsWith('entry:') || key.startsWith('action:'))));
    }
    this.pendingFocus = { ids: focus, after: this.state.version };
    this.render();
    setTimeout(() => this.render(), STRUCTURAL_WAIT_MS + 50);
  }

  onAdd(list: ListNode): void {
    const index = list.items.length;
    const itemPath = [...list.path, index];
    this.structuralEdit(addItem(list.path, list.add.value), undefined, [list.add.focus ? domId([...itemPath, list.add.focus]) : domId(itemPath)]);
  }

  onRemove(list: ListNode, item: ItemNode): void {
    const at = (i: number) => `${domId([...list.path, i])}--remove`;
    this.structuralEdit(removeItem(list.path, item.index), list.path, [at(item.index), at(item.index - 1), `${list.id}--add`]);
  }

  onMove(list: ListNode, item: ItemNode, by: -1 | 1): void {
    const edit = moveItem(list.path, list.items.length, item.index, by);
    if (!edit) return;
    const to = domId([...list.path, item.index + by]);
    this.structuralEdit(edit, list.path, by < 0 ? [`${to}--up`, `${to}--down`] : [`${to}--down`, `${to}--up`]);
  }

  onRemoveReview(row: ReviewRowNode): void {
    if (row.row.index < 0) return;
    this.structuralEdit(removeItem(['previousActions'], row.row.index), ['previousActions'], [`${domId(['previousActions'])}`]);
  }

  onColumnDraft(text: string): void {
    this.columnDraft = text;
    if (this.columnError !== undefined) {
      this.columnError = undefined;
      this.render();
    }
  }

  onAddColumn(): void {
    if (this.readOnly || this.busy) return;
    const result = addColumn(this.state?.data?.items, this.columnDraft);
    if (!result.ok) {
      this.columnError = result.message;
      this.render();
      return;
    }
    const key = this.columnDraft.trim();
    this.columnDraft = '';
    this.columnError = undefined;
    this.structuralEdit(result.edit, undefined, [`${domId(['items', key])}--add`]);
  }

  onRemoveColumn(key: string): void {
    this.structuralEdit(removeColumn(key), ['items', key], [`${domId(['items'])}`]);
  }

  // ---- view ----

  onToggleSection(sectionKey: string): void {
    this.flushAll(true);
    this.view = toggleCollapsed(this.view, sectionKey, !this.isCollapsed(sectionKey));
    this.saveView();
    this.render();
  }

  onToggleChecklist(): void {
    this.view = { ...this.view, checklistHidden: !this.view.checklistHidden };
    this.saveView();
    this.render();
  }

  onReveal(cf: ChecklistFinding): void {
    if (cf.section && this.isCollapsed(cf.section)) {
      this.view = toggleCollapsed(this.view, cf.section, false);
      this.saveView();
      this.render();
    }
    requestAnimationFrame(() => {
      const el = document.getElementById(cf.targetId);
      if (!el) return;
      el.scrollIntoView({ block: 'center' });
      el.focus({ preventScroll: true });
      el.classList.remove('flash');
      void el.offsetWidth; // restart the highlight animation
      el.classList.add('flash');
      setTimeout(() => el.classList.remove('flash'), 1600);
    });
  }

  onDocs(rule: string): void {
    this.vscode.postMessage({ type: 'openRuleDocs', rule });
  }

  onOpenText(line?: number): void {
    this.flushAll(true);
    this.vscode.postMessage(line !== undefined && line >= 1 ? { type: 'openText', line } : { type: 'openText' });
  }

  onDismissError(): void {
    this.error = undefined;
    this.render();
  }

  private saveView(): void {
    this.vscode.setState(this.view);
  }

  render(): void {
    const state = this.state;
    const error = this.error ? errorBanner(this, this.error) : nothing;
    if (!state) {
      render(html`${error}<p class="loading" role="status">Loading the form…</p>`, this.root);
      return;
    }
    if (!state.data || !this.model || !this.check) {
      render(html`${error}${unreadableView(this, state)}`, this.root);
      return;
    }
    const model = this.model;
    render(
      html`<a class="skip-link" href="#form-start" @click=${(e: Event) => {
          e.preventDefault();
          document.getElementById('form-start')?.focus();
        }}>Skip to the form</a>
        <header class="topbar">
          <h1 class="title">${model.title}</h1>
          <span class="file-name">${state.fileName}</span>
          <vscode-button secondary icon="go-to-file" @click=${() => this.onOpenText()}>Open as text</vscode-button>
        </header>
        ${error} ${state.schemaErrors.length > 0 ? schemaBanner(this, state.schemaErrors) : nothing}
        <div class=${this.view.checklistHidden ? 'layout checklist-hidden' : 'layout'}>
          ${checklistView(this, this.check, this.view.checklistHidden)}
          <main class=${this.readOnly ? 'form-pane read-only' : 'form-pane'}>
            <div id="form-start" tabindex="-1" class="visually-hidden">Form</div>
            ${formView(this, model)}
          </main>
        </div>`,
      this.root,
    );
  }
}

function serialize(field: FieldNode): string {
  return typeof field.value === 'string' ? field.value : JSON.stringify(field.value);
}
