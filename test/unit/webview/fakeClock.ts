/** A clock the tests move by hand: timers run when `advance` passes their time, in order. */
import type { Clock } from '../../../webview/fieldEditor.js';

export class FakeClock implements Clock {
  now = 0;
  private lastId = 0;
  private readonly timers = new Map<number, { at: number; run: () => void }>();

  setTimeout(run: () => void, ms: number): unknown {
    const id = ++this.lastId;
    this.timers.set(id, { at: this.now + ms, run });
    return id;
  }

  clearTimeout(timer: unknown): void {
    this.timers.delete(timer as number);
  }

  /** Timers waiting to run. */
  get waiting(): number {
    return this.timers.size;
  }

  advance(ms: number): void {
    const end = this.now + ms;
    for (;;) {
      let next: [number, { at: number; run: () => void }] | undefined;
      for (const entry of this.timers) if (entry[1].at <= end && (!next || entry[1].at < next[1].at)) next = entry;
      if (!next) break;
      this.timers.delete(next[0]);
      this.now = next[1].at;
      next[1].run();
    }
    this.now = end;
  }
}
