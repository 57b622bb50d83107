/**
 * Text from the files, made safe to print on a terminal or in a CI log: every
 * control character is shown as a visible escape (ESC as \u001b), so that
 * nothing a file holds can move the cursor, change colours, open an OSC 8
 * link, start a new line that a CI runner reads as a command, or reorder the
 * text around it (bidirectional overrides).
 */

// C0 controls, DEL, C1 controls, the line and paragraph separators, and the bidirectional embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex -- finding control characters is what this module is for
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every control character written as \uXXXX; `keep` lists characters to leave as they are. */
export function showControls(text: string, keep = ''): string {
  return text.replace(CONTROL, (c) => (keep.includes(c) ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
