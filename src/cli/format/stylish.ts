/** Human output grouped by file, like ESLint's stylish formatter. */
import type { Finding, Severity } from '../../core/base/types';
import { showControls } from '../../core/base/controlChars';

export interface Colors {
  enabled: boolean;
}

const CODES = { red: 31, yellow: 33, blue: 34, dim: 2, bold: 1, underline: 4, green: 32 } as const;

function paint(colors: Colors, code: keyof typeof CODES, text: string): string {
  return colors.enabled ? `\u001b[${CODES[code]}m${text}\u001b[0m` : text;
}

const SEVERITY_COLOR: Record<Severity, keyof typeof CODES> = { error: 'red', warning: 'yellow', info: 'blue' };

/** `errorsOnly` (lint --quiet): the findings are the errors alone, and a clean run says "no errors", not "no problems". */
export function formatStylish(findings: readonly Finding[], fileCount: number, colors: Colors, errorsOnly = false): string {
  if (findings.length === 0)
    return `${paint(colors, 'green', '✔')} ${fileCount} file${fileCount === 1 ? '' : 's'} checked, no ${errorsOnly ? 'errors' : 'problems'}\n`;
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byFile.get(finding.file) ?? [];
    list.push(finding);
    byFile.set(finding.file, list);
  }
  const out: string[] = [];
  for (const [file, list] of byFile) {
    out.push('', paint(colors, 'underline', showControls(file)));
    const rows = list.map((f) => [`${f.range.line}:${f.range.column}`, f.severity, showControls(f.message.replace(/\s*\n\s*/g, ' ')), f.rule]);
    // A loop, not a spread into Math.max: one file can have more findings than a call takes arguments.
    const widths = [0, 1].map((i) => rows.reduce((width, r) => Math.max(width, r[i].length), 0));
    for (let i = 0; i < rows.length; i++) {
      const [position, severity, message, rule] = rows[i];
      out.push(
        `  ${paint(colors, 'dim', position.padEnd(widths[0]))}  ${paint(colors, SEVERITY_COLOR[list[i].severity], severity.padEnd(widths[1]))}  ${message}  ${paint(colors, 'dim', rule)}`,
      );
    }
  }
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  const errors = count('error');
  const warnings = count('warning');
  const infos = count('info');
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const summary = `✖ ${plural(findings.length, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${infos} info) in ${plural(byFile.size, 'file')} of ${fileCount}`;
  out.push('', paint(colors, errors > 0 ? 'red' : warnings > 0 ? 'yellow' : 'blue', paint(colors, 'bold', summary)), '');
  return out.join('\n');
}
