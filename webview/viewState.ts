/**
 * What the webview remembers across being hidden and recreated
 * (vscode.getState/setState): scroll position, collapsed sections, the field
 * that had focus. Never the document's content: that comes from the extension.
 */

export interface ViewState {
  scrollY: number;
  /** Keys of collapsed form sections (SectionNode.key). */
  collapsed: string[];
  /** DOM id of the field that had focus. */
  focusId?: string;
  /** The checklist panel is folded away. */
  checklistHidden: boolean;
}

export const EMPTY_VIEW_STATE: ViewState = { scrollY: 0, collapsed: [], checklistHidden: false };

/** Read a saved state defensively: it may come from an older version of the webview, or be anything. */
export function readViewState(saved: unknown): ViewState {
  if (saved === null || typeof saved !== 'object') return { ...EMPTY_VIEW_STATE, collapsed: [] };
  const s = saved as Record<string, unknown>;
  const scrollY = typeof s.scrollY === 'number' && Number.isFinite(s.scrollY) && s.scrollY >= 0 ? s.scrollY : 0;
  const collapsed = Array.isArray(s.collapsed) ? [...new Set(s.collapsed.filter((k): k is string => typeof k === 'string' && k.length <= 100))] : [];
  const focusId = typeof s.focusId === 'string' && /^[A-Za-z][\w-]{0,300}$/.test(s.focusId) ? s.focusId : undefined;
  return { scrollY, collapsed, focusId, checklistHidden: s.checklistHidden === true };
}

export function toggleCollapsed(state: ViewState, key: string, collapsed: boolean): ViewState {
  const set = new Set(state.collapsed);
  if (collapsed) set.add(key);
  else set.delete(key);
  return { ...state, collapsed: [...set] };
}
