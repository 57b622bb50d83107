/**
 * The Action's inputs (action.yml), read the way GitHub hands them to a JavaScript action: each in
 * an environment variable INPUT_<NAME>, the name upper-cased, spaces made `_`, hyphens kept
 * (INPUT_MAX-WARNINGS). What each means: docs/ci.md.
 */
import { closest } from '../core/base/wording';
import { UsageError, todayOption } from '../cli/args';
import { parseMaxWarnings } from '../cli/lint';

export const FORMATS = ['github', 'stylish', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export interface ActionInputs {
  paths: string[];
  format: Format;
  config?: string;
  /** Infinity: no limit. */
  maxWarnings: number;
  sarifFile?: string;
  today: string;
}

type Env = Readonly<Record<string, string | undefined>>;

/** An input's value, trimmed; '' when it was not given (action.yml's defaults arrive as values too). */
export function input(env: Env, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/**
 * `paths`: one path per line, blank lines ignored. A single line that names no existing path
 * but has spaces is the older form, several paths separated by spaces; a single line that
 * names an existing path is that path, spaces and all, so the two readings never collide.
 */
export function splitPaths(text: string, exists: (path: string) => boolean): string[] {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length === 1 && /\s/.test(lines[0]) && !exists(lines[0])) return lines[0].split(/\s+/);
  return lines;
}

export function readInputs(env: Env, exists: (path: string) => boolean): ActionInputs {
  const format = input(env, 'format') || 'github';
  if (!(FORMATS as readonly string[]).includes(format)) {
    const near = closest(format, FORMATS);
    throw new UsageError(`format must be one of ${FORMATS.join(', ')}, got "${format}"${near ? `; did you mean "${near}"?` : ''}`);
  }
  const maxWarnings = input(env, 'max-warnings');
  const today = input(env, 'today');
  return {
    paths: splitPaths(input(env, 'paths'), exists),
    format: format as Format,
    config: input(env, 'config') || undefined,
    maxWarnings: parseMaxWarnings(maxWarnings || undefined, 'max-warnings'),
    sarifFile: input(env, 'sarif-file') || undefined,
    today: asInput('--today', 'today', () => todayOption(today || undefined)),
  };
}

/** A check of the CLI's run on an input: its message names the Action's input, not the CLI's option. */
export function asInput<T>(option: string, name: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof UsageError && error.message.startsWith(`${option} `)) throw new UsageError(name + error.message.slice(option.length));
    throw error;
  }
}
