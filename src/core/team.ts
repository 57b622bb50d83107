/**
 * The workspace index for one team: its charter, its retrospectives in date
 * order, and the life of every action across them.
 */
import { entries, str } from './access';
import { basename } from './paths';
import type { TeamFile } from './teamFile';
import type { YamlPath } from './types';

export type ReviewStatus = 'done' | 'in-progress' | 'carried' | 'dropped';
const CLOSING: ReadonlySet<string> = new Set(['done', 'dropped']);

export interface ActionMention {
  retro: TeamFile;
  path: YamlPath;
  /** 'created' where the action was created, else the status it was reviewed with. */
  status: ReviewStatus | 'created' | undefined;
}

export interface ActionRecord {
  id: string;
  createdIn: TeamFile;
  /** Path of the action in the retro that created it. */
  path: YamlPath;
  owner: string | undefined;
  due: string | undefined;
  goal: string | undefined;
  title: string | undefined;
  mentions: ActionMention[];
  /** Retros of the team from the one that created it, while it was open (it counts the closing one). */
  retroCount: number;
  closedIn: TeamFile | undefined;
  closedAs: 'done' | 'dropped' | undefined;
}

export interface RetroReview {
  retro: TeamFile;
  /** Actions open after the team's previous retro, in creation order. */
  openBefore: ActionRecord[];
  /** Ids this retro lists under previousActions. */
  listed: Set<string>;
}

export interface Timeline {
  /** Retros with a readable date, oldest first (compareRetros). */
  retros: TeamFile[];
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
 * The one order of a team's retros (RULES.md): by date, then by file name,
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

export function buildTimeline(retros: readonly TeamFile[]): Timeline {
  const dated = retros.filter((r) => r.date !== undefined);
  dated.sort(compareRetros);
  const actions = new Map<string, ActionRecord>();
  const reviews: RetroReview[] = [];
  let open: ActionRecord[] = [];
  for (const retro of dated) {
    const openBefore = open;
    const listed = new Set<string>();
    for (const [entry, index] of entries(retro.data?.previousActions)) {
      const id = str(entry.id);
      if (id === undefined) continue;
      listed.add(id);
      const record = actions.get(id);
      if (!record || record.closedIn) continue;
      const status = typeof entry.status === 'string' ? (entry.status as ReviewStatus) : undefined;
      record.mentions.push({ retro, path: ['previousActions', index], status });
      if (status && CLOSING.has(status)) {
        record.closedIn = retro;
        record.closedAs = status as 'done' | 'dropped';
      }
    }
    reviews.push({ retro, openBefore, listed });
    for (const [entry, index] of entries(retro.data?.actions)) {
      const id = str(entry.id);
      if (id === undefined || actions.has(id)) continue;
      const path = ['actions', index];
      actions.set(id, {
        id,
        createdIn: retro,
        path,
        owner: str(entry.owner),
        due: str(entry.due),
        goal: str(entry.goal),
        title: str(entry.title),
        mentions: [{ retro, path, status: 'created' }],
        retroCount: 0,
        closedIn: undefined,
        closedAs: undefined,
      });
    }
    open = [];
    for (const record of actions.values()) {
      if (!record.closedIn || record.closedIn === retro) record.retroCount++;
      if (!record.closedIn) open.push(record);
    }
  }
  return { retros: dated, actions, reviews, open };
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
    const facilitator = str(retro.data?.facilitator);
    if (facilitator === undefined) {
      current = undefined;
      continue;
    }
    if (current?.facilitator === facilitator) current.retros.push(retro);
    else runs.push((current = { facilitator, retros: [retro] }));
  }
  return runs;
}
