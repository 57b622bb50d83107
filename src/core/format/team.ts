/**
 * The workspace index for one team: its charter, its retrospectives in date
 * order, and the life of every action across them.
 */
import { entries, type ListItems } from '../base/dataReaders';
import { validDate } from './dates';
import { basename } from '../base/slashPaths';
import { written } from './placeholders';
import { readPulse, type DatedPulse, type RetroPulse } from './pulse';
import type { TeamFile } from './teamFile';
import type { YamlPath } from '../base/types';
import { CLOSING_STATUSES, REVIEW_STATUSES, type ReviewStatus } from './vocabulary';

export type { ReviewStatus };

function reviewStatus(value: unknown): ReviewStatus | undefined {
  return (REVIEW_STATUSES as readonly unknown[]).includes(value) ? (value as ReviewStatus) : undefined;
}

export interface ActionMention {
  retro: TeamFile;
  path: YamlPath;
  /**
   * 'created' where the action was created, else the status it was reviewed
   * with; undefined where a retro lists it without a status (not reviewed yet).
   */
  status: ReviewStatus | 'created' | undefined;
  /** A review's `until` (deferred: when the team picks it up again), when it is a real date. */
  until: string | undefined;
  /** A review's `on` (the day it was done or dropped), when it is a real date. */
  on: string | undefined;
}

export interface ActionRecord {
  id: string;
  createdIn: TeamFile;
  /** Path of the action in the retro that created it. */
  path: YamlPath;
  owner: string | undefined;
  due: string | undefined;
  /**
   * When it is due: its `due` when that is a real date; else the date of the
   * team's first retro after the one that created it (an action is due by the
   * next retro, docs/rules.md "Open actions"), undefined until that retro exists.
   */
  dueBy: string | undefined;
  goal: string | undefined;
  title: string | undefined;
  mentions: ActionMention[];
  /** Retros of the team from the one that created it, while it was open (it counts the closing one). */
  retroCount: number;
  closedIn: TeamFile | undefined;
  closedAs: 'done' | 'dropped' | undefined;
  /** The latest retro's word on it after its creation: the last mention under previousActions, with or without a status. */
  lastReview: ActionMention | undefined;
}

export interface RetroReview {
  retro: TeamFile;
  /** Actions open after the team's previous retro, in creation order. */
  openBefore: ActionRecord[];
  /** Ids this retro reviews under previousActions: listed with a status. */
  listed: ReadonlySet<string>;
  /** Ids it lists without a status (as `new retro` writes them), with the entry's index: not reviewed yet. */
  unreviewed: ReadonlyMap<string, number>;
}

/** A dated retro's pulse, read once into plain values: what the pulse rules and views read, never the retro's YAML. */
export interface TimelinePulse extends DatedPulse {
  retro: TeamFile;
}

export interface Timeline {
  /** Retros with a readable date, oldest first (compareRetros). */
  retros: TeamFile[];
  /** The pulses of those retros that rate at least one step, oldest first. */
  pulses: TimelinePulse[];
  actions: Map<string, ActionRecord>;
  reviews: RetroReview[];
  /** Actions still open after the latest retro. */
  open: ActionRecord[];
}

export class Team {
  readonly charters: TeamFile[] = [];
  readonly retros: TeamFile[] = [];
  private cachedTimeline: Timeline | undefined;

  constructor(readonly id: string) {}

  /** The team's charter (the first by path when there are several: duplicate-id says so). */
  get charter(): TeamFile | undefined {
    return this.charters[0];
  }

  add(file: TeamFile): void {
    const list = file.kind === 'charter' ? this.charters : this.retros;
    let index = list.findIndex((other) => other.path > file.path);
    if (index < 0) index = list.length;
    list.splice(index, 0, file);
    this.cachedTimeline = undefined;
  }

  /** Returns false when the file was not part of the team. */
  remove(file: TeamFile): boolean {
    for (const list of [this.charters, this.retros]) {
      const index = list.indexOf(file);
      if (index >= 0) {
        list.splice(index, 1);
        this.cachedTimeline = undefined;
        return true;
      }
    }
    return false;
  }

  get files(): TeamFile[] {
    return [...this.charters, ...this.retros];
  }

  /** Whether the file is one of the team's (without building the `files` list). */
  has(file: TeamFile): boolean {
    return (file.kind === 'charter' ? this.charters : this.retros).includes(file);
  }

  get timeline(): Timeline {
    return (this.cachedTimeline ??= buildTimeline(this.retros));
  }

  /** Where findings about an open action go: where the latest retro lists it, or else where it was created. */
  placeOf(action: ActionRecord): ActionMention {
    const { retros } = this.timeline;
    const latest = retros[retros.length - 1];
    const inLatest = action.mentions.filter((m) => m.retro === latest);
    return inLatest[inLatest.length - 1] ?? action.mentions[0];
  }

  /** The actions open after the latest retro, each with its place (placeOf). */
  openActionsAndPlaces(): { action: ActionRecord; where: ActionMention }[] {
    return this.timeline.open.map((action) => ({ action, where: this.placeOf(action) }));
  }

  /**
   * The date an open action is deferred to, when the team's latest retro
   * deferred it until `today` or later (docs/rules.md "Open actions": it is then neither overdue
   * nor carried too long); else undefined.
   */
  deferredUntil(action: ActionRecord, today: string): string | undefined {
    const review = action.lastReview;
    const { retros } = this.timeline;
    if (!review || review.retro !== retros[retros.length - 1] || review.status !== 'deferred') return undefined;
    return review.until !== undefined && review.until >= today ? review.until : undefined;
  }
}

/** Where a retro stands among its team's: its date, and its path (for the file name). */
export interface RetroPlace {
  date: string | undefined;
  path: string;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The one order of a team's retros (docs/rules.md "The order of a team's retros"): by date, then by file name,
 * then by path. By file name, not path: the same files are the same order
 * wherever their folders are and however a path is written (relative,
 * absolute, a URI). Undated retros come last, by file name.
 */
export function compareRetros(a: RetroPlace, b: RetroPlace): number {
  if (a.date !== b.date) return a.date === undefined ? 1 : b.date === undefined ? -1 : compareText(a.date, b.date);
  return compareText(basename(a.path), basename(b.path)) || compareText(a.path, b.path);
}

/** The dated retros held before a retro with this date and path (an undated one: all of them), oldest first. */
export function retrosBefore(retros: readonly TeamFile[], date: string | undefined, path: string): TeamFile[] {
  return retros.filter((r) => r.path !== path && r.date !== undefined && (date === undefined || compareRetros(r, { date, path }) < 0)).sort(compareRetros);
}

/** Newest first, as a list of meetings reads (undated ones last). */
export function retrosNewestFirst(retros: readonly TeamFile[]): TeamFile[] {
  const dated = retros.filter((r) => r.date !== undefined).sort((a, b) => compareRetros(b, a));
  return dated.concat(retros.filter((r) => r.date === undefined).sort(compareRetros));
}

/** The maps under a retro's `actions`, with their index: read once per file version (TeamFile.derived), as every team rule reads them. */
export function retroActions(retro: TeamFile): ListItems {
  return retro.derived(actionEntries);
}

function actionEntries(retro: TeamFile): ListItems {
  return entries(retro.data?.actions);
}

/** An action as the retro that creates it writes it, before any review. */
interface CreatedAction {
  id: string;
  path: YamlPath;
  owner: string | undefined;
  due: string | undefined;
  goal: string | undefined;
  title: string | undefined;
  mention: ActionMention;
}

/**
 * What one retro says on its own: its pulse, the actions it lists under
 * previousActions (as the mentions they make while the action is open) and
 * those it creates. Read once per file version (TeamFile.derived): a timeline
 * is rebuilt from these on every keystroke in any retro of the team.
 */
interface RetroFacts {
  pulse: RetroPulse | undefined;
  reviewed: { id: string; status: ReviewStatus | undefined; mention: ActionMention }[];
  listed: ReadonlySet<string>;
  unreviewed: ReadonlyMap<string, number>;
  created: CreatedAction[];
}

function retroFacts(retro: TeamFile): RetroFacts {
  const reviewed: RetroFacts['reviewed'] = [];
  const listed = new Set<string>();
  const unreviewed = new Map<string, number>();
  for (const [entry, index] of entries(retro.data?.previousActions)) {
    const id = written(entry.id);
    if (id === undefined) continue;
    const status = reviewStatus(entry.status);
    if (status) listed.add(id);
    else if (!unreviewed.has(id)) unreviewed.set(id, index);
    // Every mention has the same fields, so the rules read them from objects of one shape.
    reviewed.push({ id, status, mention: { retro, path: ['previousActions', index], status, until: validDate(entry.until), on: validDate(entry.on) } });
  }
  // An id reviewed with a status in one entry is reviewed, whatever another entry says.
  for (const id of listed) unreviewed.delete(id);
  const created: CreatedAction[] = [];
  for (const [entry, index] of retroActions(retro)) {
    const id = written(entry.id);
    if (id === undefined) continue;
    const path = ['actions', index];
    created.push({
      id,
      path,
      owner: written(entry.owner),
      due: written(entry.due),
      goal: written(entry.goal),
      title: written(entry.title),
      mention: { retro, path, status: 'created', until: undefined, on: undefined },
    });
  }
  return { pulse: readPulse(retro.data?.pulse), reviewed, listed, unreviewed, created };
}

export function buildTimeline(retros: readonly TeamFile[]): Timeline {
  const dated = retros.filter((r) => r.date !== undefined);
  dated.sort(compareRetros);
  const actions = new Map<string, ActionRecord>();
  const reviews: RetroReview[] = [];
  const pulses: TimelinePulse[] = [];
  // Open after the previous retro, in creation order; and those it created with no due date.
  let open: ActionRecord[] = [];
  let dueByThis: ActionRecord[] = [];
  for (const retro of dated) {
    const facts = retro.derived(retroFacts);
    // This retro is the one after those that created actions with no due date: they were due by it.
    for (const record of dueByThis) record.dueBy = retro.date;
    dueByThis = [];
    if (facts.pulse) pulses.push({ retro, date: retro.date!, pulse: facts.pulse });
    for (const { id, status, mention } of facts.reviewed) {
      const record = actions.get(id);
      if (!record || record.closedIn) continue;
      record.mentions.push(mention);
      record.lastReview = mention;
      if (status && CLOSING_STATUSES.includes(status)) {
        record.closedIn = retro;
        record.closedAs = status as 'done' | 'dropped';
      }
    }
    reviews.push({ retro, openBefore: open, listed: facts.listed, unreviewed: facts.unreviewed });
    const created: ActionRecord[] = [];
    for (const action of facts.created) {
      if (actions.has(action.id)) continue;
      const { id, path, owner, due, goal, title, mention } = action;
      const record: ActionRecord = {
        id,
        createdIn: retro,
        path,
        owner,
        due,
        dueBy: validDate(due),
        goal,
        title,
        mentions: [mention],
        retroCount: 0,
        closedIn: undefined,
        closedAs: undefined,
        lastReview: undefined,
      };
      actions.set(id, record);
      created.push(record);
      if (record.dueBy === undefined) dueByThis.push(record);
    }
    // Only actions open before this retro or created in it can count it: a closed one stays closed (linear in the open actions).
    const next: ActionRecord[] = [];
    for (const record of [...open, ...created]) {
      if (!record.closedIn || record.closedIn === retro) record.retroCount++;
      if (!record.closedIn) next.push(record);
    }
    open = next;
  }
  return { retros: dated, pulses, actions, reviews, open };
}

export interface FacilitatorRun {
  facilitator: string;
  /** Consecutive retros of the timeline, oldest first. */
  retros: TeamFile[];
}

/**
 * Runs of consecutive retros with the same facilitator, oldest first. A retro
 * that names no facilitator ends a run: nobody can say who held it.
 */
export function facilitatorRuns(retros: readonly TeamFile[]): FacilitatorRun[] {
  const runs: FacilitatorRun[] = [];
  let current: FacilitatorRun | undefined;
  for (const retro of retros) {
    const facilitator = written(retro.data?.facilitator);
    if (facilitator === undefined) {
      current = undefined;
      continue;
    }
    if (current?.facilitator === facilitator) current.retros.push(retro);
    else runs.push((current = { facilitator, retros: [retro] }));
  }
  return runs;
}
