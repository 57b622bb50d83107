/**
 * Facts about a team that the CLI, the extension and the form all state, in one
 * copy: who its members are, the next free action id, and how an action is
 * reviewed in a retro (how a score reads is scoreWords.ts). Plain data in and
 * out, importing only the readers of parsed YAML, so the form webview bundles
 * this module too.
 */
import { at, entries, str } from '../base/dataReaders';
import { PLACEHOLDER, isPlaceholder, written } from './placeholders';
import type { YamlEdit } from '../base/types';
import type { ActionRecord, Team } from './team';
import { STATUSES_WITH_REASON, type ReviewStatus } from './vocabulary';

/** The names under a charter's `members`, in file order; members without a name (or with a placeholder for one) are left out. */
export function memberNames(charter: unknown): string[] {
  return entries(at(charter, 'members'))
    .map(([member]) => written(member.name))
    .filter((name): name is string => name !== undefined);
}

/**
 * The member a name stands for, as the charter writes it: names are compared
 * trimmed and without case. Undefined for anyone else: team, everyone, a role
 * or a group ("release captain", "the owning SIGs") is no member.
 */
export function memberNamed(name: unknown, members: readonly string[]): string | undefined {
  if (typeof name !== 'string') return undefined;
  const key = name.trim().toLowerCase();
  return members.find((member) => member.trim().toLowerCase() === key);
}

const ACTION_ID = /^A-(\d+)$/;

/**
 * The next free action id: one past the highest A-<n> in `taken`, and not below
 * `atLeast` when that is an A-<n> (the form passes the team's next id as the
 * extension last saw it, so two actions added before it answers differ).
 */
export function nextActionId(taken: Iterable<string>, atLeast?: string): string {
  let next = 1;
  for (const id of taken) {
    const match = ACTION_ID.exec(id);
    if (match) next = Math.max(next, Number(match[1]) + 1);
  }
  const floor = atLeast === undefined ? null : ACTION_ID.exec(atLeast);
  return `A-${floor ? Math.max(next, Number(floor[1])) : next}`;
}

/**
 * Whether an open action has been open for `limit` retros or more, counting
 * its first, and is not deferred until today or later: the test of
 * action-carried-too-long, which action-overdue applies too. `ahead` counts
 * retros not held yet: with 1, whether the next retro would reach the limit
 * (the agenda's "decide", docs/cli.md "agenda").
 */
export function carriedTooLong(team: Team, action: ActionRecord, limit: number, today: string, ahead = 0): boolean {
  return action.retroCount + ahead >= limit && team.deferredUntil(action, today) === undefined;
}

/** The fields of a review (a previousActions entry) that the form and the commands write one at a time. */
export type ReviewField = 'status' | 'until' | 'note';

/**
 * Review an action in a retro: set the status (or the until date, or the note)
 * of its previousActions entry, or append `{id, status}` when the retro does
 * not list it yet. A note or a date alone does not list an action: listing it
 * is reviewing it, and that takes a status. Undefined when there is nothing to write.
 */
export function reviewAction(previousActions: unknown, id: string, field: ReviewField, value: string | null): YamlEdit | undefined {
  const listed = entries(previousActions).find(([entry]) => str(entry.id) === id);
  if (listed) return { op: 'set', path: ['previousActions', listed[1], field], value };
  if (field !== 'status' || value === null) return undefined;
  return { op: 'append', path: ['previousActions'], value: { id, status: value } };
}

/**
 * Review an action with a status, and what that status needs: a note (why) for
 * dropped, blocked and deferred, and `until` for deferred, as `given` or else
 * as placeholders. What the entry already says is kept unless given. The quick
 * fixes of previous-actions-not-reviewed write this, and so does the Review
 * command of the Teams view.
 */
export function reviewWithStatus(
  previousActions: unknown,
  id: string,
  status: ReviewStatus,
  given: { until?: string; note?: string } = {},
): { edits: YamlEdit[]; placeholder?: string } {
  const listed = entries(previousActions).find(([entry]) => str(entry.id) === id);
  const needs: [string, string][] = [];
  if (status === 'deferred' && (given.until !== undefined || !listed || isPlaceholder(listed[0].until))) needs.push(['until', given.until ?? PLACEHOLDER.date]);
  if (STATUSES_WITH_REASON.includes(status) && (given.note !== undefined || !listed || isPlaceholder(listed[0].note)))
    needs.push(['note', given.note ?? PLACEHOLDER.reviewNote]);
  const placeholder = needs.find(([key]) => (key === 'until' ? given.until : given.note) === undefined)?.[1];
  if (!listed) return { edits: [{ op: 'append', path: ['previousActions'], value: { id, status, ...Object.fromEntries(needs) } }], placeholder };
  const entry = ['previousActions', listed[1]];
  return {
    edits: [{ op: 'set', path: [...entry, 'status'], value: status }, ...needs.map(([key, value]): YamlEdit => ({ op: 'set', path: [...entry, key], value }))],
    placeholder,
  };
}
