/**
 * The form editor's wiring: messages from the extension in (validated), requests
 * out (each with an id), the browser's events, and rendering. What a field shows
 * and when its text is sent is fieldEditor.ts; one structural edit at a time is
 * editGate.ts; what a state draws is stateView.ts. The document is the model:
 * nothing here keeps content beyond what is being typed.
 */
import { html, nothing, render } from 'lit';
import { parseToWebview, type FormFinding, type FormState, type FromWebview, type Reply, type YamlEdit, type YamlPath } from '../src/shared/protocol.js';
import {
  agendaId,
  creditEdit,
  creditTargets,
  facilitatorEdit,
  focusAfter,
  newActionPath,
  newWinPath,
  pulseActionEdits,
  reviewEdits,
  startDraft,
  type ActionItem,
  type AgendaItem,
  type CreditItem,
  type FacilitatorItem,
  type PulseItem,
  type ReviewDraft,
  type ReviewField,
} from './agenda.js';
import { Announcer, liveRegions, NoteWatch } from './announcer.js';
import type { ChecklistFinding } from './checklist.js';
import { EditGate } from './editGate.js';
import { FieldEditor, realClock, type Clock, type FieldHost } from './fieldEditor.js';
import type { FieldNode, ItemNode, ListNode, ReviewRowNode } from './formModel.js';
import { addColumn, addItem, moveItem, removeColumn, removeItem } from './intents.js';
import { noteAnnouncement } from './labels.js';
import { at } from './model/builders.js';
import { domId } from './paths.js';
import { stateView, type StateView } from './stateView.js';
import { keepSelectAllInFields } from './selectAll.js';
import { readViewState, toggleCollapsed, type ViewState } from './viewState.js';
import type { Controller } from './ui/controller.js';
import { agendaSection, firstControlId } from './ui/agenda.js';
import { formView } from './ui/form.js';
import { checklistView, errorBanner, schemaBanner, unreadableView } from './ui/panel.js';

export interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): unknown;
  setState(state: unknown): void;
}

const NO_FINDINGS: readonly FormFinding[] = [];

export class App implements Controller, FieldHost {
  private state: FormState | undefined;
  private shownView: StateView | undefined;
  readonly gate = new EditGate();
  private readonly fields: FieldEditor;
  private view: ViewState;
  private error: string | undefined;
  /** Elements to focus once the structural edit `id` shows in a state newer than `after` (the first that exists). */
  private pendingFocus: { id: number; ids: string[]; after: number } | undefined;
  private restored = false;
  private lastId = 0;
  /** Flushes the extension asked for before a save, answered once no typed text waits. */
  private flushes: number[] = [];
  private announcer: Announcer | undefined;
  private readonly notes = new NoteWatch();

  columnDraft = '';
  columnError: string | undefined;
  /** Reviews being written in the Agenda section, by item key, until recorded (or the item leaves). */
  private readonly reviewDrafts = new Map<string, ReviewDraft>();
  private readonly reviewProblems = new Map<string, Map<ReviewField, string>>();
  /** The win picked to credit each member in, by item key. */
  private readonly creditPicks = new Map<string, string>();

  constructor(
    private readonly root: HTMLElement,
    private readonly vscode: VsCodeApi,
    clock: Clock = realClock,
  ) {
    this.view = readViewState(vscode.getState());
    this.fields = new FieldEditor(this, clock);
  }

  start(): void {
    const regions = liveRegions(document);
    this.announcer = new Announcer(regions.polite, regions.assertive, (step) => requestAnimationFrame(step));
    window.addEventListener('message', (event: MessageEvent) => this.receive(event.data));
    keepSelectAllInFields(document);
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
    // Whatever is typed goes out when the form loses focus, is hidden or is closed.
    const flush = () => this.fields.flushAll(true);
    window.addEventListener('blur', flush);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush();
    });
    this.render();
    this.vscode.postMessage({ type: 'ready', id: this.nextId() });
  }

  // ---- messages from the extension ----

  receive(raw: unknown): void {
    const message = parseToWebview(raw);
    if (!message) {
      console.warn('Team Charter form: ignored a message it does not understand', raw);
      return;
    }
    switch (message.type) {
      case 'state':
        this.applyState(message.state);
        break;
      case 'reply':
        this.applyReply(message);
        break;
      case 'flush':
        // A save is coming: send what is typed, then say so.
        this.flushes.push(message.id);
        this.fields.flushAll(false);
        break;
    }
    this.answerFlushes();
  }

  private applyState(state: FormState): void {
    this.state = state;
    this.gate.shown(state.version);
    this.shownView = stateView(state);
    if (this.shownView) this.fields.stateShown(this.shownView.fieldsByKey.values());
    this.forgetLeftAgendaItems();
    this.render();
    this.afterRender();
  }

  private applyReply(reply: Reply): void {
    if (reply.outcome === 'refused' && reply.message) {
      this.error = reply.message;
      this.announcer?.say(reply.message, true);
    }
    if (this.pendingFocus?.id === reply.id && reply.outcome !== 'applied') this.pendingFocus = undefined;
    this.gate.replied(reply);
    this.fields.replied(reply, this.state?.version ?? -1);
    this.render();
    this.afterRender();
  }

  /** The edits a flush sent are ahead of its answer: the extension applies them before it lets the save go on. */
  private answerFlushes(): void {
    if (this.flushes.length === 0 || this.fields.deferred) return;
    for (const id of this.flushes) this.vscode.postMessage({ type: 'flushed', id });
    this.flushes = [];
  }

  private afterRender(): void {
    // The focus moves once the form shows the edit (a state of the same version, with new
    // findings only, is not it) and its buttons work again: the state often comes before the
    // reply, while the item buttons are still disabled, and a disabled button takes no focus.
    let wanted: string[] = [];
    if (this.pendingFocus && this.state && this.state.version > this.pendingFocus.after && !this.gate.busy) {
      wanted = this.pendingFocus.ids;
      this.pendingFocus = undefined;
    }
    const restore = !this.restored && this.shownView !== undefined;
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

  // ---- what the field editor needs ----

  latest(key: string): FieldNode | undefined {
    return this.shownView?.fieldsByKey.get(key);
  }

  valueAt(path: YamlPath): unknown {
    return at(this.state?.data, ...path);
  }

  post(edit: YamlEdit): number {
    const id = this.nextId();
    this.vscode.postMessage({ type: 'edit', id, version: this.state?.version ?? 0, edit });
    return id;
  }

  /** Several edits applied together (all or none, one undo step); one edit goes as itself. */
  private postAll(edits: readonly YamlEdit[]): number {
    if (edits.length === 1) return this.post(edits[0]);
    const id = this.nextId();
    this.vscode.postMessage({ type: 'edits', id, version: this.state?.version ?? 0, edits: [...edits] });
    return id;
  }

  redraw(): void {
    this.render();
  }

  private nextId(): number {
    return ++this.lastId;
  }

  // ---- what the templates read ----

  get readOnly(): boolean {
    return !this.state || !this.state.data || this.state.schemaErrors.length > 0;
  }

  get busy(): boolean {
    return this.gate.busy;
  }

  shown(field: FieldNode): string {
    return this.fields.shown(field);
  }

  shownList(field: FieldNode): string[] {
    return this.fields.shownList(field);
  }

  invalidText(field: FieldNode): string | undefined {
    return this.fields.invalidText(field);
  }

  findingsAt(anchorKey: string): readonly FormFinding[] {
    return this.shownView?.placed.get(anchorKey) ?? NO_FINDINGS;
  }

  findingsInSection(sectionKey: string): number {
    return this.shownView?.sectionCounts.get(sectionKey) ?? 0;
  }

  isCollapsed(sectionKey: string): boolean {
    return this.view.collapsed.includes(sectionKey);
  }

  // ---- fields ----

  onInput(field: FieldNode, text: string, incomplete = false): void {
    this.fields.input(field, text, incomplete);
    // A step's mean follows its counts as they are typed.
    if (field.write.kind === 'pulse') this.render();
  }

  onCommit(field: FieldNode, text: string, incomplete = false): void {
    this.fields.commit(field, text, incomplete);
  }

  onFocus(field: FieldNode): void {
    this.fields.focus(field);
    if (this.view.focusId !== field.id) {
      this.view = { ...this.view, focusId: field.id };
      this.saveView();
    }
  }

  onBlur(field: FieldNode): void {
    this.fields.blur(field);
    // Focus leaving the page (another tab, another editor) is not the user leaving the field.
    if (document.hasFocus() && this.view.focusId === field.id) {
      this.view = { ...this.view, focusId: undefined };
      this.saveView();
    }
  }

  onSelect(field: FieldNode, value: string): void {
    this.fields.select(field, value);
  }

  onTick(field: FieldNode, name: string, on: boolean): void {
    this.fields.tick(field, name, on);
  }

  // ---- structural edits: one at a time, each after the previous one came back ----

  private structuralEdit(edit: YamlEdit | readonly YamlEdit[], forget: YamlPath | undefined, focus: string[]): void {
    if (this.readOnly || this.gate.busy || !this.state) return;
    this.fields.flushAll(true);
    const id = Array.isArray(edit) ? this.postAll(edit) : this.post(edit as YamlEdit);
    this.gate.started(id);
    if (forget) this.fields.forgetUnder(forget);
    this.pendingFocus = { id, ids: focus, after: this.state.version };
    this.render();
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

  // ---- the Agenda section: each item's edit, one at a time like the other structural edits ----

  reviewDraft(item: ActionItem): ReviewDraft {
    return this.reviewDrafts.get(item.key) ?? startDraft(item);
  }

  agendaProblem(item: ActionItem, field: ReviewField): string | undefined {
    return this.reviewProblems.get(item.key)?.get(field);
  }

  onReviewDraft(item: ActionItem, field: ReviewField, value: string): void {
    this.reviewDrafts.set(item.key, { ...this.reviewDraft(item), [field]: value });
    // A problem goes once its field is changed; a new status asks anew.
    const problems = this.reviewProblems.get(item.key);
    if (field === 'status') this.reviewProblems.delete(item.key);
    else problems?.delete(field);
    this.render();
  }

  onRecordReview(item: ActionItem): void {
    if (this.readOnly || this.busy || !this.state?.data) return;
    const result = reviewEdits(this.state.data, item.id, this.reviewDraft(item));
    if (!result.ok) {
      this.reviewProblems.set(item.key, new Map(result.problems.map((p) => [p.field, p.message])));
      this.render();
      this.announcer?.say(result.problems.map((p) => p.message).join('. '));
      const first = result.problems[0].field;
      requestAnimationFrame(() => document.getElementById(agendaId(item.key, first))?.focus());
      return;
    }
    this.reviewProblems.delete(item.key);
    this.structuralEdit(result.edits, undefined, this.focusAfterAgendaItem(item));
  }

  onPulseAction(item: PulseItem): void {
    const data = this.state?.data;
    const edits = data ? pulseActionEdits(item, data) : undefined;
    if (!data || !edits) return;
    // The new action's title, to type what the team will do; its section must be open to take the focus.
    const title = this.isCollapsed('actions') ? [] : [domId([...newActionPath(data), 'title'])];
    this.structuralEdit(edits, undefined, [...title, ...this.focusAfterAgendaItem(item)]);
  }

  get creditTargets(): readonly { value: string; label: string }[] {
    return this.state?.data ? creditTargets(this.state.data) : [];
  }

  creditTarget(item: CreditItem): string {
    const picked = this.creditPicks.get(item.key);
    return picked !== undefined && this.creditTargets.some((o) => o.value === picked) ? picked : 'new';
  }

  onCreditTarget(item: CreditItem, target: string): void {
    this.creditPicks.set(item.key, target);
    this.render();
  }

  onCredit(item: CreditItem): void {
    const data = this.state?.data;
    const target = this.creditTarget(item);
    const edit = data ? creditEdit(data, item.name, target) : undefined;
    if (!data || !edit) return;
    // A new win's text, to say what they did that helped.
    const text = target === 'new' && !this.isCollapsed('wins') ? [domId([...newWinPath(data), 'text'])] : [];
    this.structuralEdit(edit, undefined, [...text, ...this.focusAfterAgendaItem(item)]);
  }

  onSetFacilitator(item: FacilitatorItem): void {
    this.structuralEdit(facilitatorEdit(item.name), undefined, this.focusAfterAgendaItem(item));
  }

  /** Once an item is handled it leaves the list: the focus goes on to the next one (or the section when none is left). */
  private focusAfterAgendaItem(item: AgendaItem): string[] {
    const view = this.shownView?.agenda;
    return view ? focusAfter(view, item.key, firstControlId) : [];
  }

  /** Drafts and picks of items that have left the list are done with. */
  private forgetLeftAgendaItems(): void {
    const keys = new Set(this.shownView?.agenda?.groups.flatMap((group) => group.items.map((item) => item.key)) ?? []);
    for (const map of [this.reviewDrafts, this.reviewProblems, this.creditPicks]) for (const key of [...map.keys()]) if (!keys.has(key)) map.delete(key);
  }

  // ---- view ----

  onToggleSection(sectionKey: string): void {
    this.fields.flushAll(true);
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
    this.vscode.postMessage({ type: 'openRuleDocs', id: this.nextId(), rule });
  }

  onOpenText(line?: number): void {
    this.fields.flushAll(true);
    this.vscode.postMessage(line !== undefined && line >= 1 ? { type: 'openText', id: this.nextId(), line } : { type: 'openText', id: this.nextId() });
  }

  onDismissError(): void {
    this.error = undefined;
    this.render();
  }

  private saveView(): void {
    this.vscode.setState(this.view);
  }

  /** Say each new "Not saved yet" (and the new column's problem) once, with the name of its field. */
  private announceNotes(): void {
    const current = new Map<string, string>();
    for (const field of this.shownView?.fieldsByKey.values() ?? []) {
      const note = this.fields.invalidText(field);
      if (note !== undefined) current.set(field.key, noteAnnouncement(field.name, note));
    }
    if (this.columnError !== undefined) current.set('new column', noteAnnouncement('New column name', this.columnError));
    const news = this.notes.news(current);
    if (news.length > 0) this.announcer?.say(news.join('. '));
  }

  render(): void {
    this.announceNotes();
    const state = this.state;
    const error = this.error ? errorBanner(this, this.error) : nothing;
    if (!state) {
      render(
        html`<main>
          ${error}
          <p class="loading">Loading the form…</p>
        </main>`,
        this.root,
      );
      return;
    }
    const shown = this.shownView;
    if (!state.data || !shown) {
      render(html`${error}${unreadableView(this, state)}`, this.root);
      return;
    }
    render(
      html`<a
          class="skip-link"
          href="#form-start"
          @click=${(e: Event) => {
            e.preventDefault();
            document.getElementById('form-start')?.focus();
          }}
          >Skip to the form</a
        >
        <header class="topbar">
          <h1 class="title">${shown.model.title}</h1>
          <span class="file-name">${state.fileName}</span>
          <vscode-button secondary icon="go-to-file" @click=${() => this.onOpenText()}>Open as text</vscode-button>
        </header>
        ${error} ${state.schemaErrors.length > 0 ? schemaBanner(this, state.schemaErrors) : nothing}
        <div class=${this.view.checklistHidden ? 'layout checklist-hidden' : 'layout'}>
          ${checklistView(this, shown.check, this.view.checklistHidden)}
          <main class=${this.readOnly ? 'form-pane read-only' : 'form-pane'}>
            <div id="form-start" tabindex="-1" class="visually-hidden">Form</div>
            ${shown.agenda ? agendaSection(this, shown.agenda) : nothing} ${formView(this, shown.model)}
          </main>
        </div>`,
      this.root,
    );
  }
}
