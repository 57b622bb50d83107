/**
 * Inline suppression comments, as in every mature linter:
 *   # teamcharter-disable-next-line RULE[, RULE]   the next line
 *   # teamcharter-disable-line RULE[, RULE]        this line (at the end of a line)
 *   # teamcharter-disable RULE[, RULE]             the whole file
 * With no rule named, all rules. Text after "--" is a reason and is ignored.
 */
import type { Range } from '../base/types';
import { LINE_BREAK } from '../yaml/yamlFile';

export type RuleSet = Set<string> | 'all';

export interface SuppressionComment {
  kind: 'file' | 'line';
  /** For 'line': the line it applies to (1-based). */
  line: number;
  rules: RuleSet;
  /** Every rule id named, with where it is written. */
  named: { id: string; range: Range }[];
}

const PATTERN = /(?:^|\s)#\s*teamcharter-(disable-next-line|disable-line|disable)(?![\w-])([^\n]*)/;

export function parseSuppressions(text: string): SuppressionComment[] {
  if (!text.includes('teamcharter-disable')) return [];
  const out: SuppressionComment[] = [];
  const lines = text.split(LINE_BREAK);
  lines.forEach((lineText, index) => {
    const match = PATTERN.exec(lineText);
    if (!match) return;
    const line = index + 1;
    const listStart = match.index + match[0].length - match[2].length;
    const list = match[2].split('--')[0];
    const named: { id: string; range: Range }[] = [];
    const idPattern = /[^\s,]+/g;
    for (let id = idPattern.exec(list); id; id = idPattern.exec(list)) {
      const column = listStart + id.index + 1;
      named.push({ id: id[0], range: { line, column, endLine: line, endColumn: column + id[0].length } });
    }
    const rules: RuleSet = named.length === 0 ? 'all' : new Set(named.map((n) => n.id));
    const kind = match[1] === 'disable' ? 'file' : 'line';
    out.push({ kind, line: match[1] === 'disable-next-line' ? line + 1 : line, rules, named });
  });
  return out;
}

export class Suppressions {
  private readonly file: RuleSet[] = [];
  private readonly lines = new Map<number, RuleSet[]>();

  constructor(readonly comments: SuppressionComment[]) {
    for (const comment of comments) {
      if (comment.kind === 'file') this.file.push(comment.rules);
      else this.lines.set(comment.line, [...(this.lines.get(comment.line) ?? []), comment.rules]);
    }
  }

  suppresses(rule: string, line: number): boolean {
    const has = (set: RuleSet) => set === 'all' || set.has(rule);
    return this.file.some(has) || (this.lines.get(line)?.some(has) ?? false);
  }
}

/**
 * The text edit that disables `rule` for `line` (1-based): extends a
 * disable-next-line comment right above it, or inserts one with the line's indentation.
 */
export function disableForLineEdit(text: string, line: number, rule: string): Range & { insert: string } {
  const lines = text.split(LINE_BREAK);
  const above = lines[line - 2];
  const existing = above !== undefined ? /^(\s*#\s*teamcharter-disable-next-line)(?![\w-])(\s+(?:(?!--)[^\n])*?)?\s*(--.*)?$/.exec(above) : null;
  if (existing && existing[2]) {
    const end = existing[1].length + existing[2].length;
    return { line: line - 1, column: end + 1, endLine: line - 1, endColumn: end + 1, insert: `, ${rule}` };
  }
  const indent = /^\s*/.exec(lines[line - 1] ?? '')![0];
  return { line, column: 1, endLine: line, endColumn: 1, insert: `${indent}# teamcharter-disable-next-line ${rule}\n` };
}
