/**
 * What every command of the CLI is made of: the table entry a command module
 * exports (name, summary, options, run), the options every command takes
 * (COMMON_OPTIONS), the parsing of its arguments from that entry, and the
 * helpers they share (UsageError, --today, --config, -o). help.ts builds the
 * usage and --help texts from the table, main.ts the dispatch.
 */
import { parseArgs } from 'node:util';
import { localToday } from '../core/format/dates';
import { closest } from '../core/base/wording';
import { isRealDate } from '../core/format/vocabulary';

/** What a command prints to, and whether its output may be coloured (decided by main from --color, the environment and -o). */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  color: boolean;
  version: string;
  /**
   * Told the files the command reads, and what they are ("team file", "config"),
   * before it reads them for its output; with -o, main refuses there (by
   * throwing) an output file that is one of them.
   */
  reads?: (what: string, files: Iterable<string>) => void;
  /** Standard input, read whole (at most the size cap and one byte more, with its full size); missing where there is none. */
  stdin?: StdinReader;
}

export type StdinReader = () => Promise<{ bytes: Uint8Array; size: number }>;

/** A problem with what the user asked for: one line on stderr, exit code 2. */
export class UsageError extends Error {}

/** One --option: it takes a value, or it is a flag. */
export interface OptionSpec {
  /** A switch that takes no value (--quiet); --no-NAME turns it off again, and the last one given wins. */
  flag?: true;
  /** Its one-letter form: -o. */
  short?: string;
  /** What it does, in one line, for the command's --help (which adds the default and the choices). */
  help: string;
  /** Another name for the option `synonymOf` (kept so that older scripts still work): the usage line leaves it out. */
  synonymOf?: string;
  /** Its value as the usage text names it: FILE, N, YYYY-MM-DD (the choices, joined by |, when there are choices). */
  value?: string;
  /** The only values it takes. */
  choices?: readonly string[];
  default?: string;
  /** When it must be given: what the value is, said when it is missing ("the id of a team's charter"). */
  required?: string;
  /** It may be given more than once; its value is the list of them all. */
  multiple?: true;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** The parsed values: a flag is true or false when given; a string where the option has a default or is required. */
export type OptionValues<O extends OptionSpecs> = {
  [K in keyof O]: O[K] extends { flag: true }
    ? boolean | undefined
    : O[K] extends { multiple: true }
      ? string[] | undefined
      : O[K] extends { default: string } | { required: string }
        ? string
        : string | undefined;
};

/** What every command takes besides its own options (docs/cli.md "Options every command takes"); main reads them. */
export const COMMON_OPTIONS = {
  color: { flag: true, help: 'colour the output, or not (--no-color), whatever the environment says; default: only on a terminal' },
} as const satisfies OptionSpecs;

/** -o, --output-file: for the commands whose output is a report (lint, score, report, agenda); main writes it there. */
export const OUTPUT_FILE_OPTION = {
  'output-file': { short: 'o', value: 'FILE', help: 'write the output to FILE (replaced whole) instead of stdout; the exit code is the same' },
} as const satisfies OptionSpecs;

/** -c, --config: for the commands that read team files with their configs. */
export const CONFIG_OPTION = {
  config: { short: 'c', value: 'FILE', help: 'use this config for every file instead of the nearest one; default: the nearest config' },
} as const satisfies OptionSpecs;

/** --today: for the commands whose findings depend on the date. */
export const TODAY_OPTION = {
  today: { value: 'YYYY-MM-DD', help: 'the date that due dates and ages are counted to; default: the local date' },
} as const satisfies OptionSpecs;

export type ExitCode = 0 | 1 | 2;

/** What 0 and 2 mean for every command (docs/cli.md "Exit codes"). */
export const DEFAULT_EXITS: Readonly<Partial<Record<ExitCode, string>>> = {
  0: 'done',
  2: 'a usage error, a path that cannot be read, or a config error (one line on stderr says which)',
};

export interface Command<O extends OptionSpecs = OptionSpecs> {
  /** The words that name it after `teamcharter`: "lint", "new retro". */
  name: string;
  /** What it does, in one line. */
  summary: string;
  /** Its positional arguments as the usage shows them, e.g. [PATH...]. */
  positionals?: string;
  /** What the positional arguments are, for --help. */
  positionalsHelp?: string;
  /** What its exit codes mean where they differ from DEFAULT_EXITS (lint's 0 and 1; a command without a 1 never returns it). */
  exits?: Partial<Record<ExitCode, string>>;
  options: O;
  run(args: { values: OptionValues<O>; positionals: string[] }, io: Io): number | Promise<number>;
}

/** A command table entry; the const type parameter keeps the option names, so `run` reads only options that exist. */
export function defineCommand<const O extends OptionSpecs>(command: Command<O>): Command {
  return command;
}

/** How an option appears in the usage: --format md|html, -o|--output-file FILE, --quiet, --color|--no-color. */
export function optionUsage(name: string, spec: OptionSpec): string {
  if (spec.flag) return name === 'color' ? '--color|--no-color' : `--${name}`;
  return `${spec.short ? `-${spec.short}|` : ''}--${name} ${spec.value ?? spec.choices?.join('|') ?? 'VALUE'}`;
}

/** The names a user may type for a command's options, for the "did you mean": -o, --output-file, --color, --no-color... */
function optionNames(options: OptionSpecs): string[] {
  return Object.entries(options).flatMap(([name, spec]) => [
    ...(spec.short ? [`-${spec.short}`] : []),
    `--${name}`,
    ...(name === 'color' ? ['--no-color'] : []),
  ]);
}

/**
 * Parse a command's arguments against its options and COMMON_OPTIONS: unknown
 * options, missing required ones and values outside the choices are usage errors.
 */
export function parseCommandArgs<O extends OptionSpecs>(
  command: Command<O>,
  args: string[],
): { values: OptionValues<O> & OptionValues<typeof COMMON_OPTIONS>; positionals: string[] } {
  const specs: OptionSpecs = { ...command.options, ...COMMON_OPTIONS };
  const options = Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => [
      name,
      {
        type: spec.flag ? ('boolean' as const) : ('string' as const),
        ...(spec.short ? { short: spec.short } : {}),
        ...(spec.default !== undefined ? { default: spec.default } : {}),
        ...(spec.multiple ? { multiple: true } : {}),
      },
    ]),
  );
  let parsed;
  try {
    parsed = parseArgs({ args: withNegativeValues(args, specs), options, allowPositionals: true, allowNegative: true, strict: true });
  } catch (error) {
    throw new UsageError(argumentProblem(command.name, specs, error as Error & { code?: string }));
  }
  const values = parsed.values as Record<string, string | string[] | boolean | undefined>;
  for (const [name, spec] of Object.entries(specs)) {
    if (spec.synonymOf === undefined || values[name] === undefined) continue;
    const other = values[spec.synonymOf];
    if (other !== undefined && other !== values[name]) throw new UsageError(`--${name} and --${spec.synonymOf} name the same thing; give one of them`);
    values[spec.synonymOf] = values[name];
  }
  for (const [name, spec] of Object.entries(specs)) {
    const value = values[name];
    if (spec.required !== undefined && (typeof value !== 'string' || value.trim() === ''))
      throw new UsageError(`${command.name} needs ${optionUsage(name, spec)} (${spec.required})`);
    if (typeof value === 'string' && spec.choices && !spec.choices.includes(value)) {
      // A short value is near anything within two edits ("pdf" and "md"): allow one edit per three letters.
      const near = closest(value, spec.choices, Math.max(1, Math.floor(value.length / 3)));
      throw new UsageError(`--${name} must be one of ${spec.choices.join(', ')}, got "${value}"${near ? `; did you mean ${near}?` : ''}`);
    }
  }
  return { values: values as OptionValues<O> & OptionValues<typeof COMMON_OPTIONS>, positionals: parsed.positionals };
}

/**
 * `--max-warnings -1`: parseArgs takes a value that starts with a dash for an
 * option of its own, so an option that takes a value and is followed by a
 * negative number gets it joined, as `--max-warnings=-1` would be written.
 */
function withNegativeValues(args: string[], specs: OptionSpecs): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const name = /^--([a-z-]+)$/.exec(args[i])?.[1];
    if (name && specs[name] && !specs[name].flag && /^-\d+$/.test(args[i + 1] ?? '')) out.push(`${args[i]}=${args[++i]}`);
    else out.push(args[i]);
  }
  return out;
}

/** What parseArgs refused, in our words; an unknown option gets a "did you mean" from the command's options. */
function argumentProblem(commandName: string, specs: OptionSpecs, error: Error & { code?: string }): string {
  const unknown = error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'([^']+)'/.exec(error.message)?.[1] : undefined;
  if (unknown === undefined) return error.message.split('\n')[0] ?? '';
  const names = optionNames(specs);
  const near = closest(unknown, names);
  return `unknown option '${unknown}' for ${commandName}${near ? `; did you mean ${near}?` : ` (options: ${names.join(', ')})`}`;
}

/** The --today option: a real date, or the local date when it is not given. */
export function todayOption(value: string | undefined): string {
  if (value === undefined) return localToday();
  if (!isRealDate(value)) throw new UsageError(`--today must be a date as YYYY-MM-DD, got "${value}"`);
  return value;
}

/** The usage line of a command: required options, positionals, then the optional options in brackets (not COMMON_OPTIONS, which the usage says once). */
export function commandUsage(command: Command): string {
  const options = Object.entries(command.options).filter(([, spec]) => spec.synonymOf === undefined);
  const required = options.filter(([, spec]) => spec.required !== undefined).map(([name, spec]) => optionUsage(name, spec));
  const optional = options.filter(([, spec]) => spec.required === undefined).map(([name, spec]) => `[${optionUsage(name, spec)}]`);
  return [command.name, ...required, ...(command.positionals ? [command.positionals] : []), ...optional].join(' ');
}
