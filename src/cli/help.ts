/**
 * The usage and --help texts, built from the command table so that they cannot
 * drift from the options the commands take (docs/cli.md "Commands"): every
 * option with what it does and its default, the environment variables the CLI
 * reads, and what each exit code means for the command.
 */
import { COMMON_OPTIONS, DEFAULT_EXITS, commandUsage, optionUsage, type Command, type ExitCode, type OptionSpec } from './args';

const PREFIX = '  teamcharter ';

/** A usage line broken before an option that would pass `width`, going on under the command's first argument. */
function wrap(line: string, name: string, width = 90): string {
  const [first, ...rest] = line.split(/ (?=\[)/);
  const indent = ' '.repeat(PREFIX.length + name.length + 1);
  const lines = [first];
  for (const part of rest) {
    const last = lines[lines.length - 1];
    if (last.length + 1 + part.length > width) lines.push(indent + part);
    else lines[lines.length - 1] = `${last} ${part}`;
  }
  return lines.join('\n');
}

const usageLine = (command: Command) => wrap(PREFIX + commandUsage(command), command.name);

const COMMON_USAGE = `Every command also takes --help and ${Object.entries(COMMON_OPTIONS)
  .map(([name, spec]) => optionUsage(name, spec))
  .join(', ')}.\n`;

/** `teamcharter --help`: every command's usage line. */
export function usageText(commands: readonly Command[]): string {
  return `Usage:\n${commands.map(usageLine).join('\n')}\n${PREFIX}--help | --version\n${COMMON_USAGE}`;
}

/** The environment variables the CLI reads (only for colour: color.ts), as --help lists them. */
export const ENVIRONMENT: readonly [string, string][] = [
  ['NO_COLOR', 'set and not empty: no colour'],
  ['FORCE_COLOR', '0 or false: no colour; any other value: colour (--color and --no-color win over both)'],
  ['TERM', 'dumb: no colour'],
];

/** How an option is named in its --help line: -f, --format FORMAT; --color, --no-color. */
export function optionTitle(name: string, spec: OptionSpec): string {
  const long = spec.flag ? (name === 'color' ? '--color, --no-color' : `--${name}`) : `--${name} ${spec.value ?? name.toUpperCase()}`;
  return `${spec.short ? `-${spec.short}, ` : ''}${long}`;
}

/** What an option does, with its choices and default when the table has them. */
function optionText(spec: OptionSpec): string {
  const parts = [spec.help];
  if (spec.choices) parts.push(`one of ${spec.choices.join(', ')}`);
  if (spec.required !== undefined) parts.push('required');
  if (spec.default !== undefined) parts.push(`default: ${spec.default}`);
  return parts.join('; ');
}

/** Rows as two columns, the second starting where the widest first one ends. */
function columns(rows: readonly [string, string][]): string[] {
  const width = rows.reduce((most, [left]) => Math.max(most, left.length), 0);
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}

function exitRows(commands: readonly Command[]): [string, string][] {
  const rows: [string, string][] = [];
  for (const code of [0, 1, 2] as ExitCode[]) {
    const meanings = [...new Set(commands.map((command) => command.exits?.[code] ?? DEFAULT_EXITS[code]).filter((m) => m !== undefined))];
    if (meanings.length > 0) rows.push([String(code), meanings.join('; ')]);
  }
  return rows;
}

/** `teamcharter COMMAND --help`: the usage of that command (of each, for a family such as new), what it does, and all it takes. */
export function commandHelp(commands: readonly Command[]): string {
  const lines = ['Usage:'];
  for (const command of commands) {
    lines.push(usageLine(command), `      ${command.summary}`, '');
    if (command.positionals) lines.push('Arguments:', `  ${command.positionals}  ${command.positionalsHelp ?? ''}`);
    const options = Object.entries({ ...command.options, ...COMMON_OPTIONS }).map(([name, spec]): [string, string] => [
      optionTitle(name, spec),
      optionText(spec),
    ]);
    options.push(['-h, --help', 'print this help and exit with 0']);
    lines.push('Options:');
    for (const line of columns(options)) lines.push(line);
    lines.push('');
  }
  return [...lines, 'Environment:', ...columns(ENVIRONMENT), '', 'Exit codes:', ...columns(exitRows(commands)), ''].join('\n');
}
