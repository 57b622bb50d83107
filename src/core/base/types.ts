/** Shared vocabulary of the core: findings, severities, ranges, paths. */

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];

/** 0 is structure; 1..7 are the seven steps of the checklist. */
export type Step = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;
export const STEPS = [1, 2, 3, 4, 5, 6, 7] as const;

export type FileKind = 'charter' | 'retro';

/** A location in a YAML document: a sequence of map keys and list indices. */
export type YamlPath = readonly (string | number)[];

/** 1-based lines and columns; the end column is exclusive (as in ESLint). */
export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface RelatedLocation {
  file: string;
  range: Range;
  message: string;
}

/** A change to a YAML document, described as data so that editor and CLI share it. */
export type YamlEdit =
  /** Set the value at `path`, creating missing parent maps; keeps everything else. */
  | { op: 'set'; path: YamlPath; value: unknown }
  /** Append `value` to the list at `path`, creating the list if it is missing. */
  | { op: 'append'; path: YamlPath; value: unknown }
  /** Remove the key or list item at `path`. */
  | { op: 'delete'; path: YamlPath }
  /** Move a list item from index `from` to index `to` in the list at `path`. */
  | { op: 'move'; path: YamlPath; from: number; to: number };

export interface Fix {
  title: string;
  edits: YamlEdit[];
  /** Text inside the new value that the user should type over (editor turns it into a tab stop). */
  placeholder?: string;
}

export interface Finding {
  /** The path of the file as the caller named it. */
  file: string;
  rule: string;
  step: Step;
  severity: Severity;
  message: string;
  range: Range;
  /** The YAML path the finding is about (the form editor shows it next to that field). */
  path?: YamlPath;
  related?: RelatedLocation[];
  fixes?: Fix[];
}

export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.range.line - b.range.line || a.range.column - b.range.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/**
 * The fix Fix All may apply to a finding without asking: its only fix, and only
 * when that fix lays out a placeholder for a person to type over. A fix that
 * writes a name, a status or a date decides for the team, and waits for a
 * person: nothing unedited passes a check (docs/rules.md "Placeholders").
 */
export function unattendedFix(finding: Finding): Fix | undefined {
  const fixes = finding.fixes;
  return fixes?.length === 1 && fixes[0].placeholder !== undefined ? fixes[0] : undefined;
}
