/** One charter or retrospective file: its text, parsed YAML, data and kind. */
import { obj, str, type Data } from './access';
import { validDate } from './dates';
import type { FileKind, Range, YamlPath } from './types';
import { FILE_START, YamlFile, decodeUtf8, oversizeBytes, tooBigMessage, type ParseProblem } from './yamlFile';

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

export class TeamFile {
  /** Problems that stop every other check: unreadable bytes, size, YAML syntax. */
  readonly fatal: ParseProblem[];
  readonly yaml: YamlFile | undefined;
  /** The top-level map, when the file parsed and is a map. */
  readonly data: Data | undefined;
  readonly kind: FileKind | undefined;
  /** The kind the file name says, if it says one. */
  readonly kindByName: FileKind | undefined;

  private constructor(
    readonly path: string,
    readonly text: string,
    fatal: string | undefined,
  ) {
    this.kindByName = kindFromName(path);
    if (fatal !== undefined) {
      this.fatal = [{ message: fatal, range: FILE_START }];
      this.yaml = undefined;
    } else {
      this.yaml = new YamlFile(text);
      this.fatal = this.yaml.problems;
    }
    this.data = this.fatal.length === 0 ? obj(this.yaml?.data) : undefined;
    const declared = this.data?.kind;
    this.kind = this.kindByName ?? (declared === 'Charter' ? 'charter' : declared === 'Retrospective' ? 'retro' : undefined);
  }

  static fromText(path: string, text: string): TeamFile {
    const size = oversizeBytes(text);
    return size === undefined ? new TeamFile(path, text, undefined) : new TeamFile(path, '', tooBigMessage(size));
  }

  /** `size`: the file's whole size, when only its start was read (see decodeUtf8). */
  static fromBytes(path: string, bytes: Uint8Array, size = bytes.length): TeamFile {
    const decoded = decodeUtf8(bytes, size);
    return 'text' in decoded ? new TeamFile(path, decoded.text, undefined) : new TeamFile(path, '', decoded.problem);
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

  locate(path: YamlPath, anchor: 'value' | 'key' | 'missing' = 'value'): Range {
    return this.yaml ? this.yaml.locate(path, anchor) : FILE_START;
  }
}
