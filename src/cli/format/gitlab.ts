/**
 * `--format gitlab`: GitLab Code Quality JSON (docs/cli.md "gitlab"), which a
 * merge request shows beside the lines it changes.
 */
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import type { Finding, Severity } from '../../core/base/types';

const SEVERITY: Record<Severity, string> = { info: 'info', warning: 'minor', error: 'major' };

/**
 * `cwd`: the folder the paths are made relative to. The fingerprint hashes the
 * path, the rule and the message but not the line, so that a finding keeps it
 * when lines above it change and GitLab does not see it as fixed and new; the
 * second and later findings with the same three get their count hashed in too,
 * since GitLab keeps one finding per fingerprint.
 */
export function formatGitlab(findings: readonly Finding[], cwd: string): string {
  const seen = new Map<string, number>();
  const rows = findings.map((f) => {
    const file = path.relative(cwd, path.resolve(cwd, f.file)).split(path.sep).join('/');
    const key = [file, f.rule, f.message].join('\0');
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return {
      description: f.message,
      check_name: f.rule,
      fingerprint: createHash('sha256')
        .update(count === 1 ? key : `${key}\0${count}`)
        .digest('hex'),
      severity: SEVERITY[f.severity],
      location: { path: file, lines: { begin: f.range.line } },
    };
  });
  return `${JSON.stringify(rows, null, 2)}\n`;
}
