/**
 * The extension-host test entry (like @vscode/test-electron's): VS Code loads
 * this file inside its extension host and calls run(). Mocha runs inside.
 */
import * as path from 'node:path';
import Mocha from 'mocha';

export const SUITES = ['diagnostics.test.js', 'quickFixes.test.js', 'liveEditing.test.js', 'commands.test.js'];

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  for (const suite of SUITES) mocha.addFile(path.join(__dirname, suite));
  return new Promise((resolve, reject) => {
    let passed = 0;
    let failed = 0;
    const runner = mocha.run(() => {
      console.log(`RESULT ${passed} passed, ${failed} failed`);
      if (failed > 0) reject(new Error(`${failed} extension-host test(s) failed`));
      else resolve();
    });
    runner.on('pass', () => passed++);
    runner.on('fail', () => failed++);
  });
}
