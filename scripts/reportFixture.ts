/**
 * The report fixture: test/fixtures/report/workspace rendered with a fixed
 * --today, compared by test/unit/cli/report.test.ts against the checked-in
 * expected files. Those files change only through `npm run gen:report`
 * (updateReportExpected.ts), never as a side effect of running the tests.
 */
import * as path from 'node:path';

export const REPORT_FIXTURE = path.resolve(__dirname, '../test/fixtures/report');
/** Where the CLI runs (its working folder), so the paths in the report are `.team/...`. */
export const REPORT_WORKSPACE = path.join(REPORT_FIXTURE, 'workspace');

export const REPORT_CASES = [
  { format: 'md', expected: path.join(REPORT_FIXTURE, 'expected.md') },
  { format: 'html', expected: path.join(REPORT_FIXTURE, 'expected.html') },
] as const;

export function reportArgs(format: string): string[] {
  return ['report', '--team', 'platform', '--format', format, '--today', '2026-11-30'];
}
