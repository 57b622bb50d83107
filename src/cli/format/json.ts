/** `--format json`: one array, one object per finding, exactly the fields of docs/cli.md "lint --format json". */
import type { Finding } from '../../core/base/types';

export function formatJson(findings: readonly Finding[]): string {
  const rows = findings.map((f) => ({
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
  return `${JSON.stringify(rows, null, 2)}\n`;
}
