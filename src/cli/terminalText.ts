/** What the CLI prints for people: notes and errors, with file text made visible (showControls). */
import { showControls } from '../core/base/controlChars';
import type { Notes } from './fsRead';

/** A note about something skipped: one line on stderr. */
export function noteWriter(stderr: (text: string) => void): Notes {
  return (message) => stderr(`teamcharter: note: ${showControls(message)}\n`);
}

export { showControls };
