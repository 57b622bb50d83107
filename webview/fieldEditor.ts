/**
 * Editing the form's fields: what each field shows, the text typed and not sent
 * yet, when it is sent (a pause in typing, a change, leaving the field, a flush
 * asked for by a save), and what the extension's replies and states make of it.
 * Pure: time comes from an injected clock, edits go out through the host's post
 * function, which returns the request id the reply will name.
 */
import type { Reply, YamlEdit, YamlPath } from '../src/shared/protocol.js';
import type { EditGate } from './editGate.js';
import { FieldSync } from './fieldSync.js';
import type { FieldNode } from './formModel.js';
import { HeldText } from './heldText.js';
import { reviewAction, setDecision, setField, setPulseCount, setResponses, setStep, tickName, type HeldBack } from './intents.js';
import { pathKey } from './paths.js';
import { toggleName } from './values.js';

/** Typing is sent this long after the last keystroke (and at once on change or blur). */
export const DEBOUNCE_MS = 250;
/** Dates wait longer: typing a year digit by digit makes valid dates (0002-…) on the way. */
export const DATE_DEBOUNCE_MS = 800;

export interface Clock {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
}

export const realClock: Clock = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

/** What the field editor needs from the form around it. */
export interface FieldHost {
  /** The form cannot write now (no state yet, a banner, schema errors). */
  readonly readOnly: boolean;
  /** The field as the latest state has it (a review row may have been listed since it was drawn). */
  latest(key: string): FieldNode | undefined;
  /** The document's value at a path, in the latest state. */
  valueAt(path: YamlPath): unknown;
  /** Send an edit made on the latest state; returns the id its reply will name. */
  post(edit: YamlEdit): number;
  readonly gate: EditGate;
  /** Something shown changed without a new state (a note, a picked value). */
  redraw(): void;
}

/** A field's value as text: lists as JSON. */
function serialize(field: FieldNode): string {
  return typeof field.value === 'string' ? field.value : JSON.stringify(field.value);
}

export class FieldEditor {
  private readonly sync = new FieldSync();
  private readonly held = new HeldText();
  /** Fields with typed text waiting for a pause in typing. */
  private readonly timers = new Map<string, unknown>();

  constructor(
    private readonly host: FieldHost,
    private readonly clock: Clock = realClock,
  ) {}

  // ---- what the view reads ----

  /** What a field shows now (its local text while that wins, else the document's). */
  shown(field: FieldNode): string {
    return this.sync.current(field.key) ?? serialize(field);
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
    return this.held.invalidText(field.key);
  }

  /** Some field's edit waits for the gate (it goes when the structural edit in flight comes back). */
  get deferred(): boolean {
    return this.held.hasDeferred;
  }

  // ---- what the user does ----

  /** A keystroke: sent after a pause. `incomplete`: a date input showing '' while focused. */
  input(field: FieldNode, text: string, incomplete = false): void {
    if (this.host.readOnly) return;
    this.sync.edited(field.key, text);
    if (this.held.typed(field, text, incomplete)) this.host.redraw();
    this.clock.clearTimeout(this.timers.get(field.key));
    this.timers.set(
      field.key,
      this.clock.setTimeout(() => this.flush(field, false), field.widget.kind === 'date' ? DATE_DEBOUNCE_MS : DEBOUNCE_MS),
    );
  }

  /** The control's change event: the user is done with the text. */
  commit(field: FieldNode, text: string, incomplete = false): void {
    if (this.host.readOnly) return;
    this.sync.edited(field.key, text);
    if (this.held.typed(field, text, incomplete)) this.host.redraw();
    this.flush(field, true);
  }

  /** A pick in a single-choice picker. */
  select(field: FieldNode, value: string): void {
    if (this.host.readOnly || value === this.shown(field)) return;
    this.sync.edited(field.key, value);
    this.flush(field, true);
    this.host.redraw();
  }

  /** One checkbox of a list of names. */
  tick(field: FieldNode, name: string, on: boolean): void {
    if (this.host.readOnly || !field.path) return;
    const current = this.shownList(field);
    const edit = tickName(field.path, current, name, on, this.sync.isSettled(field.key) && this.matchesDocument(field.path, current));
    if (!edit) return;
    const json = JSON.stringify(toggleName(current, name, on));
    this.sync.edited(field.key, json);
    this.sync.sent(field.key, json, this.host.post(edit));
    this.host.redraw();
  }

  focus(field: FieldNode): void {
    this.sync.focus(field.key);
  }

  blur(field: FieldNode): void {
    this.held.left(field.key);
    this.flush(field, true);
    this.sync.blur(field.key);
  }

  /** Send a field's pending text now, when it can be written. `commit`: the user is done with it. */
  flush(drawn: FieldNode, commit: boolean): void {
    const field = this.host.latest(drawn.key) ?? drawn;
    this.clock.clearTimeout(this.timers.get(field.key));
    this.timers.delete(field.key);
    if (!this.sync.isDirty(field.key) || this.host.readOnly) return;
    const text = this.sync.current(field.key) ?? '';
    const decision = this.held.decide(field, text, commit, (value) => this.editFor(field, value), this.host.gate.busy);
    if (decision.kind === 'send') {
      const id = this.host.post(decision.edit);
      if (decision.structural) this.host.gate.started(id);
      this.sync.sent(field.key, text, id);
    }
    if (decision.changed) this.host.redraw();
  }

  /** Send every field's pending text (before a structural edit, a save, leaving the form). */
  flushAll(commit: boolean): void {
    for (const key of [...this.timers.keys()]) {
      const field = this.host.latest(key);
      if (field) this.flush(field, commit);
      else {
        this.clock.clearTimeout(this.timers.get(key));
        this.timers.delete(key);
      }
    }
  }

  // ---- what the extension says ----

  /** A new state is shown: each field takes the document's value unless its own text wins (see FieldSync). */
  stateShown(fields: Iterable<FieldNode>): void {
    for (const field of fields) {
      if (!this.sync.incoming(field.key, serialize(field)).kept) this.held.settled(field.key);
    }
    this.retryDeferred();
  }

  /**
   * The extension replied to a request. A field whose last send it answers stops
   * waiting and shows the document's value — at once when the state shown already
   * holds what the edit did (it was refused, changed nothing, or its state came first).
   */
  replied(reply: Reply, shownVersion: number): void {
    const key = this.sync.replied(reply.id);
    const field = key !== undefined ? this.host.latest(key) : undefined;
    if (field && (reply.outcome !== 'applied' || shownVersion >= reply.version)) {
      if (!this.sync.incoming(field.key, serialize(field)).kept) this.held.settled(field.key);
    }
    this.retryDeferred();
  }

  /** Send the edits that waited for the gate, once it is open. */
  private retryDeferred(): void {
    if (this.host.gate.busy || !this.held.hasDeferred) return;
    for (const key of this.held.takeDeferred()) {
      const field = this.host.latest(key);
      if (field) this.flush(field, true);
    }
  }

  /**
   * Forget the fields at and under a list or column after a structural edit of it:
   * their paths now name other items. Review rows are keyed by action, not position,
   * and are forgotten with previousActions.
   */
  forgetUnder(path: YamlPath): void {
    const exact = pathKey(path);
    const prefix = `${exact.slice(0, -1)},`;
    this.sync.forgetWhere(
      (key) => key === exact || key.startsWith(prefix) || (path[0] === 'previousActions' && (key.startsWith('entry:') || key.startsWith('action:'))),
    );
  }

  // ---- helpers ----

  private editFor(field: FieldNode, value: string | null): YamlEdit | HeldBack | undefined {
    switch (field.write.kind) {
      case 'set':
        return field.path ? setField(field.path, value) : undefined;
      case 'review':
        return reviewAction(this.host.valueAt(['previousActions']), field.write.actionId, field.write.field, value);
      case 'responses':
        return setResponses(this.host.valueAt(['pulse']), value);
      case 'step':
        return field.path ? setStep(field.path, this.host.valueAt(field.path), value) : undefined;
      case 'decision': {
        const { index, part, sibling } = field.write;
        return setDecision(this.host.valueAt(['decisions']), index, part, value, this.sync.current(sibling));
      }
      case 'pulse': {
        // The row's other counts as shown: a step's first counts make its list together.
        const key = field.write.key;
        const typed = [0, 1, 2, 3, 4].map((i) => this.sync.current(pathKey(['pulse', key, i])));
        return setPulseCount(this.host.valueAt(['pulse']), key, field.write.index, value, typed);
      }
      default:
        return undefined;
    }
  }

  /** The list shown is exactly the document's (a list of plain strings, nothing else in it). */
  private matchesDocument(path: YamlPath, shown: readonly string[]): boolean {
    const value = this.host.valueAt(path);
    return Array.isArray(value) && value.length === shown.length && value.every((v, i) => v === shown[i]);
  }
}
