/** `--format json`: one array, one object per finding, exactly the fields of docs/cli.md "lint --format json". */
import type { Finding } from '../../core/base/types';

/** The objects `--format json` prints; the Node API (src/api) returns these same objects. */
export function jsonFindings(findings: readonly Finding[]) {
  return findings.map((f) => ({
    file: f.file,
    rule: f.rule,
    step: f.step,
    severity: f.severity,
    message: f.message,
    line: f.range.line,
    column: f.range.column,
    endLine: f.range.endLine,
    endColumn: f.range.endColumn,
  }));
}

export function formatJson(findings: readonly Finding[]): string {
  return `${JSON.stringify(jsonFindings(findings), null, 2)}\n`;
}
