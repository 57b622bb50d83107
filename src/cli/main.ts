/**
 * The teamcharter command line. The commands are a table (COMMANDS): each
 * command module exports its entry (name, summary, options, run), and the usage
 * and help texts (help.ts) and the dispatch are built from it; main also does what every command
 * shares: --help, colour, and -o. Exit codes (docs/cli.md "Exit codes"): 0 clean, 1 findings over
 * the bar, 2 usage, IO or config error, always with one line on stderr and never
 * a stack trace.
 */
import { ConfigError } from '../core/engine/config';
import { didYouMean } from '../core/base/wording';
import { agendaCommand } from './agenda';
import { parseCommandArgs, UsageError, type Command, type StdinReader } from './args';
import { colorEnabled } from './color';
import { commandHelp, usageText } from './help';
import { checkOutputFile, refuseOutputAmong, writeOutputFile } from './fsWrite';
import { lintCommand } from './lint';
import { newCharterCommand, newRetroCommand } from './newFile';
import { reportCommand } from './report';
import { scoreCommand } from './score';
import { showControls } from './terminalText';

export type { Io } from './args';

/** What the process gives main: where to print, and what colour is decided from. */
export interface Host {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  version: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal. */
  isTTY: boolean;
  /** Reads standard input (lint -); commands never read process.stdin themselves. */
  stdin?: StdinReader;
}

/** Every command, in the order the usage lists them. */
export const COMMANDS: readonly Command[] = [lintCommand, newCharterCommand, newRetroCommand, scoreCommand, reportCommand, agendaCommand];

export const USAGE = usageText(COMMANDS);

/** The command the arguments start with; a usage error that names the choices when they name none. */
function findCommand(argv: readonly string[]): Command {
  const [first, second] = argv;
  const family = familyOf(first);
  if (family.length === 0) {
    const names = [...new Set(COMMANDS.map((command) => command.name.split(' ')[0]))];
    throw new UsageError(`unknown command "${first}"${didYouMean(first, names)} (commands: ${names.join(', ')}; see --help)`);
  }
  const command = family.find((c) => c.name === first || c.name === `${first} ${second}`);
  if (!command) {
    const kinds = family.map((c) => c.name.split(' ')[1]);
    throw new UsageError(
      `${first} needs ${kinds.map((kind) => `"${kind}"`).join(' or ')}, got ${second ? `"${second}"${didYouMean(second, kinds)}` : 'nothing'}`,
    );
  }
  return command;
}

/** The commands whose first word is `word`: one, or a family such as new charter and new retro. */
function familyOf(word: string | undefined): Command[] {
  return COMMANDS.filter((command) => command.name.split(' ')[0] === word);
}

/** Run the CLI; returns the exit code. Never throws for user mistakes. */
export async function main(argv: string[], host: Host): Promise<number> {
  const io = { stdout: host.stdout, stderr: host.stderr, version: host.version, stdin: host.stdin };
  try {
    switch (argv[0]) {
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
    }
    // --help anywhere before a "--": the help of the command (or family) named first.
    const words = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
    if ((words.includes('--help') || words.includes('-h')) && familyOf(argv[0]).length > 0) {
      const family = familyOf(argv[0]);
      const named = family.filter((command) => command.name === `${argv[0]} ${argv[1]}`);
      io.stdout(commandHelp(named.length > 0 ? named : family));
      return 0;
    }
    const command = findCommand(argv);
    const args = parseCommandArgs(command, argv.slice(command.name.split(' ').length));
    const outputFile = 'output-file' in command.options ? (args.values['output-file'] as string | undefined) : undefined;
    const color = colorEnabled({ flag: args.values.color, env: host.env, isTTY: host.isTTY, toFile: outputFile !== undefined });
    if (outputFile === undefined) return await command.run(args, { ...io, color });
    checkOutputFile(outputFile, args.positionals);
    let output = '';
    const reads = (what: string, files: Iterable<string>) => refuseOutputAmong(outputFile, what, files);
    const code = await command.run(args, { ...io, color, stdout: (text) => (output += text), reads });
    writeOutputFile(outputFile, output);
    return code;
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
