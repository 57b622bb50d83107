/** `--format github`: GitHub Actions workflow commands, shown as annotations on the pull request. */
import type { Finding } from '../../core/base/types';
import { showControls } from '../../core/base/controlChars';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** Workflow command data: %, CR and LF escaped as the runner reads them; any other control character made visible (the log renders ANSI). */
export function escapeData(text: string): string {
  return showControls(text, '\r\n').replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(findings: readonly Finding[]): string {
  return findings
    .map((f) => {
      const { line, column, endLine, endColumn } = f.range;
      const properties = [
        `file=${escapeProperty(f.file)}`,
        `line=${line}`,
        `col=${column}`,
        `endLine=${endLine}`,
        `endColumn=${endColumn}`,
        `title=${escapeProperty(`teamcharter(${f.rule})`)}`,
      ];
      return `::${COMMAND[f.severity]} ${properties.join(',')}::${escapeData(`${f.message} (${f.rule})`)}\n`;
    })
    .join('');
}
