/**
 * Structural edits (add, remove, move, a review that lists an action) go one at
 * a time: each names list positions, or makes new ones, as the form last showed
 * them, so the next one waits until the document — and the form's picture of it
 * — has caught up. The gate opens when the extension replies to the edit and,
 * when the edit changed the document, once a state of that version is shown.
 * No timer: a reply always comes (applied, unchanged or refused).
 */
import type { Reply } from '../src/shared/protocol.js';

export class EditGate {
  /** The request id of the structural edit in flight. */
  private waitingFor: number | undefined;
  /** The document version that shows the applied edit, until a state of it is shown. */
  private untilVersion: number | undefined;
  private shownVersion = -1;

  /** A structural edit must wait. */
  get busy(): boolean {
    return this.waitingFor !== undefined || this.untilVersion !== undefined;
  }

  /** A structural edit was sent as request `id`. */
  started(id: number): void {
    this.waitingFor = id;
    this.untilVersion = undefined;
  }

  /** The extension replied to a request (any request: replies to others change nothing). */
  replied(reply: Reply): void {
    if (reply.id !== this.waitingFor) return;
    this.waitingFor = undefined;
    if (reply.outcome === 'applied' && reply.version > this.shownVersion) this.untilVersion = reply.version;
  }

  /** A state of `version` is shown. */
  shown(version: number): void {
    this.shownVersion = version;
    if (this.untilVersion !== undefined && version >= this.untilVersion) this.untilVersion = undefined;
  }
}
