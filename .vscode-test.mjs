// For developers with internet: the same extension-host suite in desktop VS Code,
// downloaded by @vscode/test-electron. `npm run test:desktop` builds the suite first.
// (CI runs it in code-server instead: see test/e2e/run.ts.)
import { defineConfig } from '@vscode/test-cli';

export default defineConfig({
  label: 'extension-host',
  files: 'out/e2e/host/*.test.js',
  workspaceFolder: '.vscode-test/workspace',
  mocha: { ui: 'bdd', timeout: 60000 },
});
