/**
 * What a retrospective of a team starts from: the actions still open before
 * its date (listed under previousActions for the meeting to review), the members as attendees,
 * and the next free action id. `teamcharter new retro`, the New Retrospective
 * command and the retro form all take it from here.
 */
import { buildTimeline, type ActionRecord, type Timeline } from './team';
import type { TeamFile } from './teamFile';
import { memberNames, nextActionId } from './teamFacts';
import type { RetroFormat } from './vocabulary';

export interface RetroSeed {
  team: string;
  date: string;
  format: RetroFormat;
  /** Open actions of the team, listed under previousActions (without a status) for the meeting to review. */
  toReview: readonly ActionRecord[];
  attendees?: readonly string[];
  /** The next free action id, e.g. A-9. */
  nextActionId?: string;
}

/**
 * The team's history as a retro on `date` sees it: the retros dated before it
 * (a retro written for an earlier date carries what was open then), never the
 * retro's own file `self`. With no date, every other dated retro counts.
 */
export function timelineBefore(retros: readonly TeamFile[], date: string | undefined, self?: string): Timeline {
  return buildTimeline(retros.filter((r) => r.path !== self && r.date !== undefined && (date === undefined || r.date < date)));
}

/** A new retro of `team` on `date`, from the team's charter and retros. */
export function retroSeed(team: string, date: string, format: RetroFormat, files: { charter: TeamFile | undefined; retros: readonly TeamFile[] }): RetroSeed {
  const before = timelineBefore(files.retros, date);
  return { team, date, format, toReview: before.open, attendees: memberNames(files.charter?.data), nextActionId: nextActionId(before.actions.keys()) };
}
