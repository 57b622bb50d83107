/**
 * Linting planted code in memory (never on disk) as if it were a file of the
 * repository: how the tests show that `npm run lint` refuses what it must.
 */
import * as path from 'node:path';
import { ESLint } from 'eslint';

const REPO = path.resolve(__dirname, '../..');
let eslint: ESLint | undefined;

/** The rule ids the lint reports for `text` as if it were the file at `file` (relative to the repository). */
export async function rulesFor(file: string, text: string): Promise<string[]> {
  eslint ??= new ESLint({ cwd: REPO });
  const [result] = await eslint.lintText(text, { filePath: path.join(REPO, file) });
  return result.messages.map((m) => m.ruleId ?? m.message);
}
