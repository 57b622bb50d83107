/**
 * The teamcharter command line: lint, new, score, report. Exit codes (CLI.md):
 * 0 clean, 1 findings over the bar, 2 usage, IO or config error, always with
 * one line on stderr and never a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError } from '../core/config';
import { localToday } from '../core/dates';
import { isRealDate } from '../core/schemas';
import { UsageError } from './files';
import { formatGithub } from './format/github';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { formatStylish } from './format/stylish';
import { runNew } from './newFile';
import { lintPaths } from './parallelLint';
import { runReport } from './report';
import { runScore } from './score';
import { noteWriter, showControls } from './terminalText';

export const USAGE = `Usage:
  teamcharter lint [PATH...] [--format stylish|json|sarif|github] [--today YYYY-MM-DD]
                   [--config FILE] [--max-warnings N]
  teamcharter new charter --id ID --team NAME [--dir DIR]
  teamcharter new retro --team ID [--date YYYY-MM-DD] [--format FORMAT] [--dir DIR]
  teamcharter score [PATH...] [--format table|json] [--today YYYY-MM-DD] [--config FILE]
  teamcharter report --team ID [--format md|html] [--out FILE] [PATH...] [--today YYYY-MM-DD]
                     [--config FILE]
  teamcharter --help | --version
`;

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  color: boolean;
  version: string;
}

export function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(((error as Error).message.split('\n')[0] ?? '').replace(/^Unknown option/, 'unknown option'));
  }
}

export function todayOption(value: string | undefined): string {
  if (value === undefined) return localToday();
  if (!isRealDate(value)) throw new UsageError(`--today must be a date as YYYY-MM-DD, got "${value}"`);
  return value;
}

const LINT_FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;

async function runLint(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    format: { type: 'string', default: 'stylish' },
    today: { type: 'string' },
    config: { type: 'string' },
    'max-warnings': { type: 'string' },
  });
  const format = values.format as string;
  if (!(LINT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${LINT_FORMATS.join(', ')}, got "${format}"`);
  let maxWarnings = Infinity;
  if (values['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(values['max-warnings'] as string)) throw new UsageError(`--max-warnings must be a whole number, got "${values['max-warnings']}"`);
    maxWarnings = Number(values['max-warnings']);
  }
  const today = todayOption(values.today as string | undefined);
  const { findings, targets, skipped } = await lintPaths(positionals, { today, config: values.config as string | undefined, notes: noteWriter(io.stderr) });
  findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.range.line - b.range.line || a.range.column - b.range.column));
  if (targets.length === 0 && skipped === 0 && format === 'stylish') io.stderr(`teamcharter: no *.charter.yaml or *.retro.yaml files found in ${positionals.join(', ') || '.'}\n`);
  switch (format) {
    case 'json':
      io.stdout(formatJson(findings));
      break;
    case 'sarif':
      io.stdout(formatSarif(findings, io.version));
      break;
    case 'github':
      io.stdout(formatGithub(findings));
      break;
    default:
      io.stdout(formatStylish(findings, targets.length, { enabled: io.color }));
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  if (warnings > maxWarnings && format === 'stylish') io.stderr(`teamcharter: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
  return errors > 0 || warnings > maxWarnings ? 1 : 0;
}

/** Run the CLI; returns the exit code. Never throws for user mistakes. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'lint':
        return await runLint(rest, io);
      case 'new':
        return runNew(rest, io);
      case 'score':
        return runScore(rest, io);
      case 'report':
        return runReport(rest, io);
      case '--version':
      case '-v':
        io.stdout(`${io.version}\n`);
        return 0;
      case '--help':
      case '-h':
      case 'help':
        io.stdout(USAGE);
        return 0;
      case undefined:
        io.stderr(USAGE);
        return 2;
      default:
        throw new UsageError(`unknown command "${command}" (commands: lint, new, score, report; see --help)`);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr(`teamcharter: ${error instanceof ConfigError ? 'config error: ' : ''}${showControls(error.message)}\n`);
      return 2;
    }
    // A bug of ours, not a user mistake: still one line, with a pointer to report it.
    io.stderr(`teamcharter: internal error: ${showControls((error as Error)?.message ?? String(error))} (please report this)\n`);
    return 2;
  }
}
