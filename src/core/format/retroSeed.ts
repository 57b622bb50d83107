/**
 * What a retrospective of a team starts from: the actions still open before
 * its date (listed under previousActions for the meeting to review), the members as attendees,
 * and the next free action id. `teamcharter new retro`, the New Retrospective
 * command and the retro form all take it from here.
 */
import { buildTimeline, retrosBefore, type ActionRecord, type Timeline } from './team';
import type { TeamFile } from './teamFile';
import { memberNames, nextActionId } from './membersAndActions';
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
  /**
   * The team's agenda in plain lines, written as comments at the top of the new
   * file (src/core/report/agenda.ts words it); absent when the new retro is not
   * the team's next one.
   */
  agenda?: readonly string[];
}

/**
 * The team's history as the retro `self` on `date` sees it: the retros held
 * before it (compareRetros: earlier dates, and on its own date the file names
 * before its own), never its own file. With no date, every other dated retro.
 */
export function timelineBefore(retros: readonly TeamFile[], date: string | undefined, self: string): Timeline {
  return buildTimeline(retrosBefore(retros, date, self));
}

/**
 * A new retro of `team` on `date`, to be written at `path`, from the team's
 * charter and retros. `agenda`: the team's agenda as it stands (docs/cli.md
 * "agenda"), in lines; it is kept only when the new retro comes after every
 * dated retro of the team, since it speaks of the meeting after the latest.
 */
export function retroSeed(
  team: string,
  date: string,
  format: RetroFormat,
  path: string,
  files: { charter: TeamFile | undefined; retros: readonly TeamFile[] },
  agenda?: readonly string[],
): RetroSeed {
  const before = timelineBefore(files.retros, date, path);
  const seed: RetroSeed = {
    team,
    date,
    format,
    toReview: before.open,
    attendees: memberNames(files.charter?.data),
    nextActionId: nextActionId(before.actions.keys()),
  };
  const isNext = before.retros.length === files.retros.filter((retro) => retro.path !== path && retro.date !== undefined).length;
  return agenda && isNext ? { ...seed, agenda } : seed;
}
