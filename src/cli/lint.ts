/** `teamcharter lint`: findings for files and folders, in four formats; the exit code says whether they pass the bar. */
import { defineCommand, OUTPUT_FILE_OPTION, todayOption, UsageError } from './args';
import { formatGithub } from './format/github';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { formatStylish } from './format/stylish';
import { loadWorkspace } from './files';
import type { Finding } from '../core/base/types';
import type { Workspace } from '../core/engine/workspace';
import { noteWriter } from './terminalText';

export const lintCommand = defineCommand({
  name: 'lint',
  summary: 'Lint charters and retrospectives (files, or folders searched for them; default: .)',
  positionals: '[PATH...]',
  options: {
    format: { choices: ['stylish', 'json', 'sarif', 'github'], default: 'stylish' },
    today: { value: 'YYYY-MM-DD' },
    config: { value: 'FILE' },
    'max-warnings': { value: 'N' },
    quiet: { flag: true },
    ...OUTPUT_FILE_OPTION,
  },
  run({ values, positionals }, io) {
    const { format } = values;
    let maxWarnings = Infinity;
    if (values['max-warnings'] !== undefined) {
      const given = values['max-warnings'];
      if (!/^(\d+|-1)$/.test(given)) throw new UsageError(`--max-warnings must be a whole number, or -1 for no limit, got "${given}"`);
      // -1: no limit, as ESLint and markdownlint-cli2 read it.
      maxWarnings = given === '-1' ? Infinity : Number(given);
    }
    const today = todayOption(values.today);
    const { workspace, targets } = loadWorkspace(positionals, { today, config: values.config, notes: noteWriter(io.stderr), reads: io.reads });
    const findings = targetFindings(workspace, targets);
    // --quiet hides what is not an error, in every format; as in ESLint, --max-warnings still counts the warnings.
    const shown = values.quiet ? findings.filter((f) => f.severity === 'error') : findings;
    switch (format) {
      case 'json':
        io.stdout(formatJson(shown));
        break;
      case 'sarif':
        io.stdout(formatSarif(shown, io.version));
        break;
      case 'github':
        io.stdout(formatGithub(shown));
        break;
      default:
        io.stdout(formatStylish(shown, targets.length, { enabled: io.color }, values.quiet));
    }
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    if (warnings > maxWarnings && format === 'stylish')
      io.stderr(`teamcharter: ${warnings} warnings, more than --max-warnings ${maxWarnings}${values.quiet ? ' (not shown: --quiet)' : ''}\n`);
    return errors > 0 || warnings > maxWarnings ? 1 : 0;
  },
});

/**
 * The findings of the files named (the others were read only for their teams' cross-file rules),
 * in the order every format prints them: by file, then line, then column. The Node API reads them here too.
 */
export function targetFindings(workspace: Workspace, targets: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  // One by one: a file can have hundreds of thousands of findings, too many to spread as arguments.
  for (const target of targets) for (const finding of workspace.lintFile(target)?.findings ?? []) findings.push(finding);
  findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.range.line - b.range.line || a.range.column - b.range.column));
  return findings;
}
