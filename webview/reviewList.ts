/**
 * The retro's "previous actions" list: one row per action the team still had
 * open before this retro (from the extension's context), merged with what the
 * retro already lists under previousActions. Entries of previousActions that
 * name no open action (closed since, a typo, an action of another team) are
 * shown too, after the open ones, so nothing in the file is hidden.
 */
import type { OpenAction, YamlPath } from '../src/shared/protocol.js';
import { displayText } from './values.js';

export interface ReviewRow {
  /** The action id ('' for an entry of previousActions without one). */
  id: string;
  /** From the open action, when it is one. */
  title?: string;
  owner?: string;
  due?: string;
  /** How many retros it has been open (open actions only). */
  retros?: number;
  /** Is it one of the team's open actions? */
  open: boolean;
  /** Its index in previousActions, or -1 when not listed yet. */
  index: number;
  /** previousActions[index], or null when not listed. */
  path: YamlPath | null;
  status: string;
  note: string;
  /** The date a deferred action is picked up again. */
  until: string;
  /** A key that stays the same when the row becomes listed (for focus and echo tracking). */
  key: string;
}

function entriesOf(previousActions: unknown): { entry: Record<string, unknown>; index: number }[] {
  if (!Array.isArray(previousActions)) return [];
  const out: { entry: Record<string, unknown>; index: number }[] = [];
  previousActions.forEach((entry, index) => {
    if (entry !== null && typeof entry === 'object' && !Array.isArray(entry)) out.push({ entry: entry as Record<string, unknown>, index });
  });
  return out;
}

export function reviewRows(openActions: readonly OpenAction[], previousActions: unknown): ReviewRow[] {
  const listed = entriesOf(previousActions);
  const used = new Set<number>();
  const rows: ReviewRow[] = [];
  const seenOpen = new Set<string>();
  for (const action of openActions) {
    if (seenOpen.has(action.id)) continue;
    seenOpen.add(action.id);
    const match = listed.find(({ entry }) => displayText(entry.id) === action.id);
    if (match) used.add(match.index);
    rows.push({
      id: action.id,
      title: action.title,
      owner: action.owner,
      due: action.due,
      retros: action.retros,
      open: true,
      index: match ? match.index : -1,
      path: match ? ['previousActions', match.index] : null,
      status: match ? displayText(match.entry.status) : '',
      note: match ? displayText(match.entry.note) : '',
      until: match ? displayText(match.entry.until) : '',
      key: `action:${action.id}`,
    });
  }
  for (const { entry, index } of listed) {
    if (used.has(index)) continue;
    const id = displayText(entry.id);
    rows.push({
      id,
      open: false,
      index,
      path: ['previousActions', index],
      status: displayText(entry.status),
      note: displayText(entry.note),
      until: displayText(entry.until),
      // A second entry for an already-shown id is its own row, keyed by position.
      key: id !== '' && !rows.some((r) => r.id === id) ? `action:${id}` : `entry:${index}`,
    });
  }
  return rows;
}

/** "open for 1 retro", "open for 3 retros". */
export function openForText(retros: number | undefined): string {
  if (retros === undefined) return '';
  return `open for ${retros} ${retros === 1 ? 'retro' : 'retros'}`;
}
