/**
 * The GitHub Action (action.yml): one lint of the paths given, printed in the log (annotations by
 * default), written as SARIF when asked, summed up on the job's page, with the counts as step
 * outputs. The same loader, findings and formats as `teamcharter lint`. Exit codes as the CLI's
 * (docs/cli.md, "Exit codes"): 0 clean, 1 findings over the bar, 2 a usage or config error,
 * reported as one `::error::` line, never a stack trace.
 */
import { appendFileSync, existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { plural } from '../core/base/wording';
import { ConfigError } from '../core/engine/config';
import { UsageError } from '../cli/args';
import { loadWorkspace } from '../cli/files';
import { escapeData } from '../cli/format/github';
import { formatSarif } from '../cli/format/sarif';
import { checkOutputFile, refuseOutputAmong, writeOutputFile } from '../cli/fsWrite';
import { formatFindings, targetFindings } from '../cli/lint';
import { errorCode } from '../cli/fsRead';
import { noteWriter } from '../cli/terminalText';
import { asInput, readInputs } from './inputs';
import { stepSummary } from './summary';

export interface ActionHost {
  env: Readonly<Record<string, string | undefined>>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  version: string;
}

export function runAction(host: ActionHost): number {
  const { env, stdout } = host;
  try {
    // A JavaScript action starts in the workspace already; this makes it so when run by hand too.
    if (env.GITHUB_WORKSPACE) changeFolder(env.GITHUB_WORKSPACE);
    const inputs = readInputs(env, existsSync);
    const sarifFile = inputs.sarifFile;
    // The CLI's checks of -o, named as the Action's input: no report over a file this run reads.
    if (sarifFile !== undefined) asInput('-o', 'sarif-file', () => checkOutputFile(sarifFile, inputs.paths));
    const reads =
      sarifFile === undefined
        ? undefined
        : (what: string, files: Iterable<string>) => asInput('-o', 'sarif-file', () => refuseOutputAmong(sarifFile, what, files));
    const { workspace, targets } = loadWorkspace(inputs.paths, { today: inputs.today, config: inputs.config, notes: noteWriter(host.stderr), reads });
    const findings = targetFindings(workspace, targets);

    // The log renders colour, but a plain log also reads well where it is copied to.
    stdout(formatFindings(inputs.format, findings, targets, { version: host.version, color: false }));
    if (sarifFile !== undefined) writeOutputFile(sarifFile, formatSarif(findings, host.version));

    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    const overBar = warnings > inputs.maxWarnings;
    const verdict = errors > 0 ? 'Failed' : overBar ? `Failed (more than ${inputs.maxWarnings} warnings)` : 'Passed';
    // Why the step failed, where people look first: the annotations at the top of the run.
    if (overBar) stdout(`::error::teamcharter: ${warnings} warnings, more than max-warnings ${inputs.maxWarnings}\n`);
    else if (inputs.format === 'github')
      stdout(`teamcharter: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(targets.length, 'file')} checked\n`);

    appendEnvFile(env.GITHUB_OUTPUT, outputs({ errors: String(errors), warnings: String(warnings), 'sarif-file': inputs.sarifFile ?? '' }));
    appendEnvFile(env.GITHUB_STEP_SUMMARY, stepSummary(findings, targets.length, verdict));
    return errors > 0 || overBar ? 1 : 0;
  } catch (error) {
    const known = error instanceof UsageError || error instanceof ConfigError;
    const message = known
      ? `${error instanceof ConfigError ? 'config error: ' : ''}${error.message}`
      : `internal error: ${(error as Error)?.message ?? String(error)} (please report this)`;
    stdout(`::error::teamcharter: ${escapeData(message)}\n`);
    return 2;
  }
}

function changeFolder(dir: string): void {
  try {
    process.chdir(dir);
  } catch (error) {
    throw new UsageError(`cannot use GITHUB_WORKSPACE ${dir}: ${errorCode(error)}`);
  }
}

/** Step outputs in the file format GitHub reads: each value between delimiters no value can contain. */
function outputs(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([name, value]) => {
      const delimiter = `teamcharter_${randomUUID()}`;
      return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
    })
    .join('');
}

function appendEnvFile(file: string | undefined, text: string): void {
  if (!file) return;
  try {
    appendFileSync(file, text);
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${errorCode(error)}`);
  }
}
