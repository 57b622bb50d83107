/**
 * The Node API (docs/api.md): `import { lint, score, agenda } from 'teamcharter'`.
 * Each function reads the files as the CLI does (src/cli/files.ts) and returns
 * the very object the CLI's JSON format prints, built by the CLI's own function
 * (jsonFindings, scoreReport, agendaJson), so the two cannot differ. Mistakes
 * the CLI reports with exit code 2 are thrown as a TeamcharterError instead:
 * a library never ends the process.
 */
import { didYouMean } from '../core/base/wording';
import { ConfigError } from '../core/engine/config';
import { describeValue } from '../core/format/schemaMessages';
import { isRealDate } from '../core/format/vocabulary';
import { agendaJson } from '../core/insights/agenda';
import { loadAgenda } from '../cli/agenda';
import { todayOption, UsageError } from '../cli/args';
import { loadWorkspace, type ReadOptions } from '../cli/files';
import { jsonFindings } from '../cli/format/json';
import { targetFindings } from '../cli/lint';
import { appliedConfig } from '../cli/printConfig';
import { scoreReport } from '../cli/score';
import type { Agenda, AppliedConfig, ErrorKind, LintFinding, Options, ScoreReport } from './types';

export type * from './types';

/** A problem with what was asked (a path, an option) or with a config file: what the CLI reports with exit code 2. */
export class TeamcharterError extends Error {
  override readonly name = 'TeamcharterError';
  constructor(
    /** `usage`: a path, an option or a file that cannot be read; `config`: a config file that is wrong. */
    readonly kind: ErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * The findings of the files at `paths` (files, or folders searched for team
 * files; default the current folder), as `teamcharter lint --format json`
 * prints them: by file, line and column.
 */
export async function lint(paths: string | readonly string[] = '.', options: Options = {}): Promise<LintFinding[]> {
  return asApi(() => {
    const { workspace, targets } = loadWorkspace(pathList(paths), readOptions(options));
    return exactly<LintFinding[]>()(jsonFindings(targetFindings(workspace, targets)));
  });
}

/** The scores of the teams of the files at `paths`, and of the files of no team, as `teamcharter score --format json` prints them. */
export async function score(paths: string | readonly string[] = '.', options: Options = {}): Promise<ScoreReport> {
  return asApi(() => {
    const { workspace, targets } = loadWorkspace(pathList(paths), readOptions(options));
    return exactly<ScoreReport>()(scoreReport(workspace, targets));
  });
}

/** What the next retro of team `teamId` (its charter's id) should take up, as `teamcharter agenda --format json` prints it. */
export async function agenda(teamId: string, paths: string | readonly string[] = '.', options: Options = {}): Promise<Agenda> {
  return asApi(() => {
    if (typeof teamId !== 'string' || teamId === '') throw new UsageError(`the team must be the id of a team's charter, got ${describeValue(teamId)}`);
    return exactly<Agenda>()(agendaJson(loadAgenda(teamId, pathList(paths), readOptions(options))));
  });
}

/** The config that applies to the file at `file` (it need not exist), after `extends`, as `teamcharter lint --print-config FILE` prints it. */
export async function loadConfig(file: string, options: Pick<Options, 'config' | 'ignorePatterns'> = {}): Promise<AppliedConfig> {
  return asApi(() => {
    if (typeof file !== 'string' || file === '') throw new UsageError(`the file must be a path, got ${describeValue(file)}`);
    const { config, ignorePatterns } = readOptions(options);
    return exactly<AppliedConfig>()(appliedConfig(file, { config, ignorePatterns }));
  });
}

/** Each option and what it must be; keyed by Options, so that an option added there must be checked here. */
const OPTION_CHECKS: Record<keyof Options, { valid: (value: unknown) => boolean; what: string }> = {
  today: { valid: (value) => typeof value === 'string' && isRealDate(value), what: 'a date as YYYY-MM-DD' },
  config: { valid: (value) => typeof value === 'string' && value !== '', what: 'the path of a config file' },
  ignorePatterns: {
    valid: (value) => Array.isArray(value) && value.every((item) => typeof item === 'string' && item !== ''),
    what: 'a list of globs',
  },
};

/** The loader's options from the API's, checked: from JavaScript anything can come, and a misspelt option must not be ignored. */
function readOptions(options: Options): ReadOptions {
  if (typeof options !== 'object' || options === null) throw new UsageError(`the options must be an object, got ${describeValue(options)}`);
  const names = Object.keys(OPTION_CHECKS);
  for (const [name, value] of Object.entries(options)) {
    if (!(name in OPTION_CHECKS)) throw new UsageError(`unknown option "${name}"${didYouMean(name, names)} (options: ${names.join(', ')})`);
    const check = OPTION_CHECKS[name as keyof Options];
    if (value !== undefined && !check.valid(value)) throw new UsageError(`option ${name} must be ${check.what}, got ${describeValue(value)}`);
  }
  return { today: todayOption(options.today), config: options.config, ignorePatterns: options.ignorePatterns };
}

function pathList(paths: string | readonly string[]): string[] {
  const list = typeof paths === 'string' ? [paths] : paths;
  if (!Array.isArray(list) || !list.every((item) => typeof item === 'string' && item !== ''))
    throw new UsageError(`paths must be a path or a list of paths, got ${describeValue(paths)}`);
  return [...list];
}

/** Run a call of the API: the CLI's exit-2 errors become a TeamcharterError; anything else is a bug of ours and goes up as it is. */
function asApi<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof UsageError) throw new TeamcharterError('usage', error.message, { cause: error });
    if (error instanceof ConfigError) throw new TeamcharterError('config', error.message, { cause: error });
    throw error;
  }
}

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * The object the CLI built, as the public type written out in types.ts. Unless
 * the two are the same shape, the call needs an argument it cannot be given,
 * so a field added to one and not the other fails the type-check.
 */
function exactly<Public>() {
  return <Built>(built: Built, ...drifted: Same<Built, Public> extends true ? [] : [never]): Public => {
    void drifted;
    return built as unknown as Public;
  };
}
