/**
 * The layers of README "Layout" are enforced by `npm run lint`: these plant the
 * imports the lint must refuse (in memory, never on disk) and check that it does.
 */
import { strict as assert } from 'node:assert';
import { rulesFor } from './plantedLint';

describe('layers enforced by the lint', function () {
  this.timeout(60_000);

  it('the core imports neither vscode nor Node modules, nor any other layer', async () => {
    assert.deepEqual(await rulesFor('src/core/planted.ts', "import * as vscode from 'vscode';\nexport const x = vscode;\n"), [
      '@typescript-eslint/no-restricted-imports',
    ]);
    assert.deepEqual(
      await rulesFor('src/core/planted.ts', "import { readFileSync } from 'fs';\nimport * as p from 'node:path';\nexport const x = [readFileSync, p];\n"),
      ['@typescript-eslint/no-restricted-imports', '@typescript-eslint/no-restricted-imports'],
    );
    assert.deepEqual(await rulesFor('src/core/planted.ts', "import { toRange } from '../extension/diagnostics';\nexport const x = toRange;\n"), [
      'import-x/no-restricted-paths',
    ]);
  });

  it('an import cycle fails', async () => {
    // dates.ts imports vocabulary.ts: vocabulary.ts importing dates.ts back closes a circle.
    const rules = await rulesFor('src/core/format/vocabulary.ts', "import { validDate } from './dates';\nexport const x = validDate;\n");
    assert.deepEqual(rules, ['import-x/no-cycle']);
  });

  it("the core's floors import only those below: the engine no rule, the YAML layer no team file", async () => {
    assert.deepEqual(await rulesFor('src/core/engine/planted.ts', "import { RULES } from '../rules';\nexport const x = RULES;\n"), [
      'import-x/no-restricted-paths',
    ]);
    assert.deepEqual(await rulesFor('src/core/engine/planted.ts', "import goalNoOwner from '../rules/goal-no-owner';\nexport const x = goalNoOwner;\n"), [
      'import-x/no-restricted-paths',
    ]);
    assert.deepEqual(await rulesFor('src/core/yaml/planted.ts', "import { TeamFile } from '../format/teamFile';\nexport const x = TeamFile;\n"), [
      'import-x/no-restricted-paths',
    ]);
    assert.deepEqual(await rulesFor('src/core/base/planted.ts', "import { YamlFile } from '../yaml/yamlFile';\nexport const x = YamlFile;\n"), [
      'import-x/no-restricted-paths',
    ]);
    // Downwards is the way: rules read the engine's contract and the format.
    assert.deepEqual(
      await rulesFor(
        'src/core/rules/planted.ts',
        "import type { Rule } from '../engine/rule';\nimport { TeamFile } from '../format/teamFile';\nexport const x: [Rule[], typeof TeamFile] = [[], TeamFile];\n",
      ),
      [],
    );
  });

  it('the CLI does not import vscode; the extension uses no Node modules and not the CLI', async () => {
    assert.deepEqual(await rulesFor('src/cli/planted.ts', "import * as vscode from 'vscode';\nexport const x = vscode;\n"), [
      '@typescript-eslint/no-restricted-imports',
    ]);
    assert.deepEqual(
      await rulesFor(
        'src/extension/planted.ts',
        "import { readFile } from 'node:fs/promises';\nimport { main } from '../cli/main';\nexport const x = [readFile, main];\n",
      ),
      ['@typescript-eslint/no-restricted-imports', 'import-x/no-restricted-paths'],
    );
  });

  it('the GitHub Action uses the CLI but not vscode; no other layer imports the Action', async () => {
    assert.deepEqual(
      await rulesFor(
        'src/action/planted.ts',
        "import * as vscode from 'vscode';\nimport { loadWorkspace } from '../cli/files';\nexport const x = [vscode, loadWorkspace];\n",
      ),
      ['@typescript-eslint/no-restricted-imports'],
    );
    for (const layer of ['src/cli', 'src/core', 'src/extension'])
      assert.deepEqual(
        await rulesFor(`${layer}/planted.ts`, "import { runAction } from '../action/main';\nexport const x = runAction;\n"),
        ['import-x/no-restricted-paths'],
        layer,
      );
  });

  it('the Node API does not import vscode, and the CLI it is built on does not import it back', async () => {
    assert.deepEqual(await rulesFor('src/api/planted.ts', "import * as vscode from 'vscode';\nexport const x = vscode;\n"), [
      '@typescript-eslint/no-restricted-imports',
    ]);
    assert.deepEqual(await rulesFor('src/cli/planted.ts', "import { lint } from '../api';\nexport const x = lint;\n"), ['import-x/no-restricted-paths']);
    // Built on the CLI's loader: that import is the point.
    assert.deepEqual(await rulesFor('src/api/planted.ts', "import { loadWorkspace } from '../cli/files';\nexport const x = loadWorkspace;\n"), []);
  });

  it("the extension uses no Node global (it also runs in the browser's extension host)", async () => {
    const planted = "export const a = Buffer.from('x').toString('base64');\nexport const b = process.env.HOME;\nexport const c = typeof setImmediate;\n";
    assert.deepEqual(await rulesFor('src/extension/planted.ts', planted), ['no-restricted-globals', 'no-restricted-globals', 'no-restricted-globals']);
    assert.deepEqual(
      await rulesFor('src/extension/planted.ts', 'export const a = globalThis.crypto.getRandomValues(new Uint8Array(4));\nexport const b = setTimeout;\n'),
      [],
    );
  });

  it('the webview imports values from the core only from its vocabulary, team facts and score words', async () => {
    assert.deepEqual(await rulesFor('webview/planted.ts', "import { RULES } from '../src/core/rules';\nexport const x = RULES;\n"), [
      '@typescript-eslint/no-restricted-imports',
    ]);
    assert.deepEqual(await rulesFor('webview/planted.ts', "import { toRange } from '../src/extension/diagnostics';\nexport const x = toRange;\n"), [
      'import-x/no-restricted-paths',
    ]);
    const allowed =
      "import type { Rule } from '../src/core/engine/rule';\nimport { COLUMNS } from '../src/core/format/vocabulary.js';\nimport { memberNames } from '../src/core/format/membersAndActions.js';\nimport { percent } from '../src/core/insights/scoreWords.js';\nimport type { FormState } from '../src/shared/protocol.js';\nexport const x: [Rule[], FormState[]] = [[], []];\nexport const y = [COLUMNS, memberNames, percent];\n";
    assert.deepEqual(await rulesFor('webview/planted.ts', allowed), []);
  });
});
