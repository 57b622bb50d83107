/**
 * npm run gen:report: rewrite test/fixtures/report/expected.{md,html} from the
 * current code. Run it only when a change to the report is intended, and read
 * the diff before committing it.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { main } from '../src/cli/main';
import { REPORT_CASES, REPORT_WORKSPACE, reportArgs } from './reportFixture';

async function run(): Promise<void> {
  process.chdir(REPORT_WORKSPACE);
  for (const { format, expected } of REPORT_CASES) {
    let stdout = '';
    let stderr = '';
    const code = await main(reportArgs(format), { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), version: '0.0.0', env: {}, isTTY: false });
    if (code !== 0) throw new Error(`teamcharter ${reportArgs(format).join(' ')} exited with ${code}: ${stderr.trim()}`);
    writeFileSync(expected, stdout);
    console.log(`wrote ${path.relative(path.resolve(REPORT_WORKSPACE, '../../../..'), expected)}`);
  }
}

run().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
