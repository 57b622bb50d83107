/** `teamcharter lint`: findings for files, folders or standard input, in six formats; the exit code says whether they pass the bar. */
import { CONFIG_OPTION, defineCommand, OUTPUT_FILE_OPTION, TODAY_OPTION, todayOption, UsageError, type Io } from './args';
import { formatGithub } from './format/github';
import { formatGitlab } from './format/gitlab';
import { formatJunit } from './format/junit';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { formatStylish } from './format/stylish';
import { loadWorkspace, type StdinFile } from './files';
import type { Finding } from '../core/base/types';
import type { Workspace } from '../core/engine/workspace';
import { noteWriter } from './terminalText';
import { printConfig } from './printConfig';

/** The name standard input is linted as when --stdin-filename is not given: a team file by its `kind`. */
export const STDIN_NAME = '<stdin>';

export const lintCommand = defineCommand({
  name: 'lint',
  summary: 'Lint charters and retrospectives (files, or folders searched for them; default: .)',
  positionals: '[PATH...]',
  positionalsHelp: 'files, or folders searched for team files; default: . (- reads standard input: --stdin-filename)',
  exits: {
    0: 'no error-severity finding, and no more warnings than --max-warnings',
    1: 'an error-severity finding, or more warnings than --max-warnings',
  },
  options: {
    format: { short: 'f', choices: ['stylish', 'json', 'sarif', 'github', 'junit', 'gitlab'], default: 'stylish', help: 'how to print the findings' },
    ...TODAY_OPTION,
    ...CONFIG_OPTION,
    'max-warnings': { value: 'N', help: 'exit with 1 when there are more than N warnings; -1: no limit (the default)' },
    quiet: { flag: true, help: 'print errors only (--max-warnings still counts the warnings)' },
    'stdin-filename': { value: 'NAME', help: 'with -: the file standard input stands in for; default: <stdin>, a charter or retro by its kind' },
    'ignore-pattern': {
      value: 'GLOB',
      multiple: true,
      help: "leave out files that match (relative to the current folder; repeatable; adds to the config's ignores)",
    },
    'print-config': { value: 'FILE', help: 'print the config that applies to FILE as JSON (after extends), and lint nothing' },
    ...OUTPUT_FILE_OPTION,
  },
  async run({ values, positionals }, io) {
    const { format } = values;
    const maxWarnings = parseMaxWarnings(values['max-warnings'], '--max-warnings');
    const ignorePatterns = values['ignore-pattern'];
    if (values['print-config'] !== undefined) {
      io.stdout(printConfig(values['print-config'], { config: values.config, ignorePatterns }));
      return 0;
    }
    const today = todayOption(values.today);
    const stdin = await readStdin(positionals, values['stdin-filename'], io);
    const { workspace, targets } = loadWorkspace(positionals, {
      today,
      config: values.config,
      ignorePatterns,
      notes: noteWriter(io.stderr),
      reads: io.reads,
      stdin,
    });
    const findings = targetFindings(workspace, targets);
    // --quiet hides what is not an error, in every format; as in ESLint, --max-warnings still counts the warnings.
    const shown = values.quiet ? findings.filter((f) => f.severity === 'error') : findings;
    io.stdout(formatFindings(format, shown, targets, { version: io.version, color: io.color, quiet: values.quiet }));
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    if (warnings > maxWarnings && format === 'stylish')
      io.stderr(`teamcharter: ${warnings} warnings, more than --max-warnings ${maxWarnings}${values.quiet ? ' (not shown: --quiet)' : ''}\n`);
    return errors > 0 || warnings > maxWarnings ? 1 : 0;
  },
});

/**
 * `-` as the path: standard input, linted as the file --stdin-filename names
 * (docs/cli.md "Standard input"); undefined when the paths are files and folders.
 */
async function readStdin(paths: readonly string[], name: string | undefined, io: Io): Promise<StdinFile | undefined> {
  if (!paths.includes('-')) {
    if (name !== undefined) throw new UsageError('--stdin-filename is the name of standard input, which is read only when the path is -');
    return undefined;
  }
  if (paths.length > 1) throw new UsageError('- (standard input) is linted alone: give no other path with it');
  if (name !== undefined && name.trim() === '') throw new UsageError('--stdin-filename needs a file name');
  if (!io.stdin) throw new UsageError('standard input cannot be read here');
  return { name: name ?? STDIN_NAME, ...(await io.stdin()) };
}

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

/**
 * The findings as `format` prints them (stylish by default), for lint and the GitHub Action;
 * `targets`: the files linted; `quiet`: only errors were kept (stylish says so).
 */
export function formatFindings(
  format: string,
  findings: readonly Finding[],
  targets: readonly string[],
  options: { version: string; color: boolean; quiet?: boolean },
): string {
  switch (format) {
    case 'json':
      return formatJson(findings);
    case 'sarif':
      return formatSarif(findings, options.version);
    case 'github':
      return formatGithub(findings);
    case 'junit':
      return formatJunit(findings, targets);
    case 'gitlab':
      return formatGitlab(findings, process.cwd());
    default:
      return formatStylish(findings, targets.length, { enabled: options.color }, options.quiet);
  }
}

/**
 * The warning bar (docs/cli.md, "lint"): a whole number, or -1 or nothing for no limit (-1 as
 * ESLint and markdownlint-cli2 read it). `name` is how the user gave it (--max-warnings, or the Action's input).
 */
export function parseMaxWarnings(given: string | undefined, name: string): number {
  if (given === undefined) return Infinity;
  if (!/^(\d+|-1)$/.test(given)) throw new UsageError(`${name} must be a whole number, or -1 for no limit, got "${given}"`);
  return given === '-1' ? Infinity : Number(given);
}
