/** Whether the CLI colours its output: the one place that decides it (docs/cli.md "Colour"). */

export interface ColorContext {
  /** --color (true), --no-color (false), or neither (undefined); the last one given wins. */
  flag: boolean | undefined;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal. */
  isTTY: boolean;
  /** Whether the output goes to a file (-o) instead of stdout. */
  toFile: boolean;
}

/**
 * In this order: --color or --no-color; with -o no colour (a file is read by tools, and an
 * environment set up for a terminal should not put escapes into it); FORCE_COLOR (0 or false
 * stops it, any other value forces it, as in Node); NO_COLOR when set and not empty
 * (no-color.org); TERM=dumb; else colour only when stdout is a terminal.
 */
export function colorEnabled(context: ColorContext): boolean {
  if (context.flag !== undefined) return context.flag;
  if (context.toFile) return false;
  const force = context.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (context.env.NO_COLOR) return false;
  if (context.env.TERM === 'dumb') return false;
  return context.isTTY;
}
