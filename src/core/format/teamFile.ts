/** One charter or retrospective file: its text, parsed YAML, data and kind. */
import { obj, str, type Data } from '../base/dataReaders';
import { validDate } from './dates';
import type { FileKind, Range, YamlPath } from '../base/types';
import { readPlainYaml } from '../yaml/plainYaml';
import {
  FILE_START,
  LineIndex,
  YamlFile,
  decodeUtf8,
  locateInTable,
  oversizeBytes,
  tooBigMessage,
  type LocationTable,
  type ParseProblem,
} from '../yaml/yamlFile';

const CHARTER_NAME = /\.charter\.ya?ml$/i;
const RETRO_NAME = /\.retro\.ya?ml$/i;
export const CONFIG_NAMES = ['teamcharter.config.yaml', 'teamcharter.config.yml'];

export function kindFromName(path: string): FileKind | undefined {
  if (CHARTER_NAME.test(path)) return 'charter';
  if (RETRO_NAME.test(path)) return 'retro';
  return undefined;
}

export function isTeamFileName(path: string): boolean {
  return kindFromName(path) !== undefined;
}

export const KIND_VALUES: Record<FileKind, string> = { charter: 'Charter', retro: 'Retrospective' };

/** The kind a file's `kind` value declares: Charter or Retrospective, exactly. */
export function declaredKind(value: unknown): FileKind | undefined {
  return value === KIND_VALUES.charter ? 'charter' : value === KIND_VALUES.retro ? 'retro' : undefined;
}

/** How much of a file's start is read to find its `kind` (see kindFromStart). */
export const KIND_PEEK_BYTES = 4096;

const YAML_NAME = /\.ya?ml$/i;

/** Whether a file whose name says nothing may still be a team file by its `kind`: a .yaml/.yml file that is not a config. */
export function mayDeclareKind(path: string): boolean {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  return YAML_NAME.test(name) && !isTeamFileName(name) && !CONFIG_NAMES.includes(name.toLowerCase());
}

/**
 * The kind a file declares in its start (at most KIND_PEEK_BYTES of it): a
 * top-level `kind:` line (at the line's start) whose value, read as plain
 * YAML, is Charter or Retrospective. `complete`: whether `start` is the whole
 * file; when it is not, a last line cut short does not count. This is how
 * team files whose names say nothing are found, the same way by the CLI's
 * folder walk, the files named to it and the extension, without parsing
 * every YAML file of a workspace (docs/format.md, "Where the files live").
 */
export function kindFromStart(start: Uint8Array | string, complete: boolean): FileKind | undefined {
  let text: string;
  if (typeof start === 'string') text = start;
  else {
    let bytes = start.subarray(0, KIND_PEEK_BYTES);
    complete &&= bytes.length === start.length;
    // Cut at a line end (a byte no UTF-8 sequence holds), so that a character cut in two does not make it undecodable.
    if (!complete) bytes = bytes.subarray(0, bytes.lastIndexOf(10) + 1);
    const decoded = decodeUtf8(bytes);
    if (!('text' in decoded)) return undefined;
    text = decoded.text;
  }
  if (text.length > KIND_PEEK_BYTES) {
    text = text.slice(0, KIND_PEEK_BYTES);
    complete = false;
  }
  if (!complete) text = text.slice(0, text.lastIndexOf('\n') + 1);
  const line = /^\ufeff?kind:.*$/m.exec(text)?.[0];
  return line === undefined ? undefined : declaredKind(readPlainYaml(line.replace(/^\ufeff/, ''))?.data.kind);
}

/** Whether a file is a team file: by its name, else (mayDeclareKind) by its start, read only then (see kindFromStart). */
export function isTeamFile(path: string, readStart: () => { start: Uint8Array | string; complete: boolean } | undefined): boolean {
  if (isTeamFileName(path)) return true;
  if (!mayDeclareKind(path)) return false;
  const read = readStart();
  return read !== undefined && kindFromStart(read.start, read.complete) !== undefined;
}

/** A compacted file's content: what the cross-file rules read, without the parsed document. */
interface CompactContent {
  path: string;
  text: string;
  data: Data;
  locations: LocationTable;
}

export class TeamFile {
  /** Problems that stop every other check: unreadable bytes, size, YAML syntax. */
  readonly fatal: ParseProblem[];
  /** The top-level map, when the file parsed and is a map. */
  readonly data: Data | undefined;
  readonly kind: FileKind | undefined;
  /** The kind the file name says, if it says one. */
  readonly kindByName: FileKind | undefined;
  private document: YamlFile | undefined;
  /** Set while the file is compacted (see compact): where findings point, without the document. */
  private locations: LocationTable | undefined;
  private lineIndex: LineIndex | undefined;

  private constructor(
    readonly path: string,
    readonly text: string,
    fatal: string | undefined,
    model?: CompactContent,
    compact = false,
  ) {
    this.kindByName = kindFromName(path);
    const plain = compact && fatal === undefined && !model ? readPlainYaml(text) : undefined;
    if (plain) model = { path, text, ...plain };
    if (model) {
      this.fatal = [];
      this.locations = model.locations;
      this.data = model.data;
    } else if (fatal !== undefined) {
      this.fatal = [{ message: fatal, range: FILE_START }];
    } else {
      this.document = new YamlFile(text);
      this.fatal = this.document.problems;
    }
    if (!model) this.data = this.fatal.length === 0 ? obj(this.document?.data) : undefined;
    const declared = this.data?.kind;
    this.kind = this.kindByName ?? declaredKind(declared);
  }

  /**
   * `compact`: read the text straight into its compact form (see compact) when
   * it is plain YAML (see plainYaml.ts), much faster than parsing it, for
   * callers that never ask for the document (`yaml`).
   */
  static fromText(path: string, text: string, compact = false): TeamFile {
    const size = oversizeBytes(text);
    return size === undefined ? new TeamFile(path, text, undefined, undefined, compact) : new TeamFile(path, '', tooBigMessage(size));
  }

  /** `size`: the file's whole size, when only its start was read (see decodeUtf8); `compact`: see fromText. */
  static fromBytes(path: string, bytes: Uint8Array, size = bytes.length, compact = false): TeamFile {
    const decoded = decodeUtf8(bytes, size);
    return 'text' in decoded ? new TeamFile(path, decoded.text, undefined, undefined, compact) : new TeamFile(path, '', decoded.problem);
  }

  /** The parsed document; undefined when the file could not be parsed or is compacted. */
  get yaml(): YamlFile | undefined {
    return this.document;
  }

  get compacted(): boolean {
    return this.locations !== undefined;
  }

  /**
   * Let the parsed document go and keep only a table of where findings point:
   * what the cross-file and history rules need, for a
   * fraction of the memory. Files with problems, aliases or merge keys keep
   * their document (they are rare). Returns whether the file is compacted.
   */
  compact(): boolean {
    if (this.document && this.data) {
      const locations = this.document.locationTable();
      if (locations) {
        this.locations = locations;
        this.lineIndex = this.document.lines;
        this.document = undefined;
      }
    }
    return this.compacted;
  }

  /** The team this file belongs to: a charter's `id`, a retro's `team`. */
  get teamId(): string | undefined {
    if (!this.data) return undefined;
    return str(this.kind === 'charter' ? this.data.id : this.kind === 'retro' ? this.data.team : undefined);
  }

  // A file never changes (an edit is a new TeamFile), so its date is worked out once:
  // timelines and insights ask for it many times.
  private knownDate: string | null | undefined;

  /** A retro's date when it is a real date; otherwise it takes no part in the timeline. */
  get date(): string | undefined {
    if (this.knownDate === undefined) this.knownDate = (this.kind === 'retro' ? validDate(this.data?.date) : undefined) ?? null;
    return this.knownDate ?? undefined;
  }

  private derivedValues: Map<(file: TeamFile) => unknown, unknown> | undefined;

  /**
   * What `derive` works out from this file alone, worked out once: a file never
   * changes, and the team rules read every retro of a team again on each
   * keystroke in any one of them. `derive` is the cache key, so it must be a
   * function defined once (at module level), and what it returns is shared:
   * callers only read it.
   */
  derived<T>(derive: (file: TeamFile) => T): T {
    this.derivedValues ??= new Map();
    if (this.derivedValues.has(derive)) return this.derivedValues.get(derive) as T;
    const value = derive(this);
    this.derivedValues.set(derive, value);
    return value;
  }

  locate(path: YamlPath, anchor: 'value' | 'key' | 'missing' = 'value'): Range {
    if (this.document) return this.document.locate(path, anchor);
    if (!this.locations) return FILE_START;
    this.lineIndex ??= new LineIndex(this.text);
    return locateInTable(this.locations, this.lineIndex, path, anchor);
  }
}
