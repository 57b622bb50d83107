/**
 * What every command of the CLI is made of: the table entry a command module
 * exports (name, summary, options, run), the parsing of its arguments from
 * that entry, and the helpers they share (UsageError, --today). main.ts builds
 * the usage text and the dispatch from the table.
 */
import { parseArgs } from 'node:util';
import { localToday } from '../core/dates';
import { closest } from '../core/text';
import { isRealDate } from '../core/vocabulary';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  color: boolean;
  version: string;
}

/** A problem with what the user asked for: one line on stderr, exit code 2. */
export class UsageError extends Error {}

/** One --option that takes a value. */
export interface OptionSpec {
  /** Its value as the usage text names it: FILE, N, YYYY-MM-DD (the choices, joined by |, when there are choices). */
  value?: string;
  /** The only values it takes. */
  choices?: readonly string[];
  default?: string;
  /** When it must be given: what the value is, said when it is missing ("the id of a team's charter"). */
  required?: string;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** The parsed values: a string where the option has a default or is required. */
export type OptionValues<O extends OptionSpecs> = { [K in keyof O]: O[K] extends { default: string } | { required: string } ? string : string | undefined };

export interface Command<O extends OptionSpecs = OptionSpecs> {
  /** The words that name it after `teamcharter`: "lint", "new retro". */
  name: string;
  /** What it does, in one line. */
  summary: string;
  /** Its positional arguments as the usage shows them, e.g. [PATH...]. */
  positionals?: string;
  options: O;
  run(args: { values: OptionValues<O>; positionals: string[] }, io: Io): number | Promise<number>;
}

/** A command table entry; the const type parameter keeps the option names, so `run` reads only options that exist. */
export function defineCommand<const O extends OptionSpecs>(command: Command<O>): Command {
  return command;
}

/** How an option appears in the usage: --format md|html. */
export function optionUsage(name: string, spec: OptionSpec): string {
  return `--${name} ${spec.value ?? spec.choices?.join('|') ?? 'VALUE'}`;
}

/** Parse a command's arguments against its options: unknown options, missing required ones and values outside the choices are usage errors. */
export function parseCommandArgs<O extends OptionSpecs>(command: Command<O>, args: string[]): { values: OptionValues<O>; positionals: string[] } {
  const options = Object.fromEntries(Object.entries(command.options).map(([name, spec]) => [name, spec.default === undefined ? { type: 'string' as const } : { type: 'string' as const, default: spec.default }]));
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(argumentProblem(command, error as Error & { code?: string }));
  }
  const values = parsed.values as Record<string, string | undefined>;
  for (const [name, spec] of Object.entries(command.options)) {
    const value = values[name];
    if (spec.required !== undefined && (value === undefined || value.trim() === '')) throw new UsageError(`${command.name} needs ${optionUsage(name, spec)} (${spec.required})`);
    if (value !== undefined && spec.choices && !spec.choices.includes(value)) throw new UsageError(`--${name} must be one of ${spec.choices.join(', ')}, got "${value}"`);
  }
  return { values: values as OptionValues<O>, positionals: parsed.positionals };
}

/** What parseArgs refused, in our words; an unknown option gets a "did you mean" from the command's options. */
function argumentProblem(command: Command, error: Error & { code?: string }): string {
  const unknown = error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'([^']+)'/.exec(error.message)?.[1] : undefined;
  if (unknown === undefined) return error.message.split('\n')[0] ?? '';
  const names = Object.keys(command.options).map((name) => `--${name}`);
  const near = closest(unknown, names);
  return `unknown option '${unknown}' for ${command.name}${near ? `; did you mean ${near}?` : ` (options: ${names.join(', ') || 'none'})`}`;
}

/** The --today option: a real date, or the local date when it is not given. */
export function todayOption(value: string | undefined): string {
  if (value === undefined) return localToday();
  if (!isRealDate(value)) throw new UsageError(`--today must be a date as YYYY-MM-DD, got "${value}"`);
  return value;
}

/** The usage line of a command: required options, positionals, then the optional options in brackets. */
export function commandUsage(command: Command): string {
  const options = Object.entries(command.options);
  const required = options.filter(([, spec]) => spec.required !== undefined).map(([name, spec]) => optionUsage(name, spec));
  const optional = options.filter(([, spec]) => spec.required === undefined).map(([name, spec]) => `[${optionUsage(name, spec)}]`);
  return [command.name, ...required, ...(command.positionals ? [command.positionals] : []), ...optional].join(' ');
}
