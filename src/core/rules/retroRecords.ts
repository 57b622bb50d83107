/**
 * What a retro records, read once per file version (TeamFile.derived) for the
 * cross-file rules that compare retros: its decisions, and its entries as
 * texts to compare (retro-copied, action-recurring). Placeholders are left out:
 * text nobody wrote is neither a decision nor a copy.
 */
import { arr, entries, obj, strs } from '../base/dataReaders';
import { textKey } from '../base/wording';
import { written } from '../format/placeholders';
import type { TeamFile } from '../format/teamFile';

export interface RetroDecision {
  /** Its index under `decisions`. */
  index: number;
  /** What was decided, when written. */
  text: string | undefined;
  /** Who took it (`by`), when written. */
  by: string | undefined;
}

/** A retro's `decisions`: each plain text, or `{ text, by }`. */
export function retroDecisions(retro: TeamFile): readonly RetroDecision[] {
  return retro.derived(readDecisions);
}

function readDecisions(retro: TeamFile): RetroDecision[] {
  const out: RetroDecision[] = [];
  arr(retro.data?.decisions).forEach((item, index) => {
    const map = obj(item);
    if (map) out.push({ index, text: written(map.text), by: written(map.by)?.trim() });
    else out.push({ index, text: written(item), by: undefined });
  });
  return out;
}

/**
 * The texts of a retro's own record, as compared (textKey), each once: every
 * win's `text`, every entry under `items`, every action's `title`, every
 * decision's text and every `growth` note.
 */
export function retroEntryKeys(retro: TeamFile): ReadonlySet<string> {
  return retro.derived(readEntryKeys);
}

function readEntryKeys(retro: TeamFile): Set<string> {
  const data = retro.data;
  const keys = new Set<string>();
  const add = (value: unknown) => {
    const text = written(value);
    if (text !== undefined) keys.add(textKey(text));
  };
  for (const [win] of entries(data?.wins)) add(win.text);
  for (const column of Object.values(obj(data?.items) ?? {})) for (const item of strs(column)) add(item);
  for (const [action] of entries(data?.actions)) add(action.title);
  for (const decision of retroDecisions(retro)) add(decision.text);
  for (const [growth] of entries(data?.growth)) add(growth.note);
  return keys;
}
