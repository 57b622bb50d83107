/** `lint --print-config FILE`: the config that applies to a file, after extends, as JSON (docs/cli.md "lint"). */
import * as path from 'node:path';
import { effectiveRules } from '../core/engine/config';
import { RULES } from '../core/rules';
import { diskConfigs, diskPath, toSlash } from './files';

/** The config that applies to `file`, as --print-config prints it (and the Node API's loadConfig returns it): paths relative to the working folder, every rule with its severity and options. */
export function appliedConfig(file: string, options: { config?: string; ignorePatterns?: readonly string[] }) {
  const configs = diskConfigs(options.config, options.ignorePatterns);
  const at = diskPath(file);
  configs.discover([at]);
  const config = configs.configOf(at);
  const shown = (absolute: string) => toSlash(path.relative(process.cwd(), absolute)) || '.';
  const globs = [...(options.ignorePatterns ?? []).map((pattern) => ({ folder: diskPath('.'), pattern })), ...(config.ignores ?? [])];
  const rules = Object.fromEntries(
    Object.entries(effectiveRules(config, RULES)).map(([id, setting]) => [id, { severity: setting.severity, ...setting.options }]),
  );
  return {
    files: [...(config.files ?? [])],
    root: config.rootFolder === undefined ? config.root : shown(path.resolve(config.rootFolder, config.root)),
    recentRetros: config.recentRetros,
    ignores: globs.map(({ folder, pattern }) => (shown(folder) === '.' ? pattern : `${shown(folder)}/${pattern}`)),
    rules,
  };
}

/** What --print-config prints for `file`. */
export function printConfig(file: string, options: { config?: string; ignorePatterns?: readonly string[] }): string {
  return `${JSON.stringify(appliedConfig(file, options), null, 2)}\n`;
}
