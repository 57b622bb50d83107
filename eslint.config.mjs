// ESLint (flat config): the layers of README "Layout", enforced. Each layer may import only
// what it is allowed to run with, and no module may import itself back through others.
// The layer tsconfigs do the same for globals: no DOM types in core, shared, cli and extension,
// no Node types in core, shared and webview.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const NODE = {
  regex: `^(node:|(${builtinModules.map((name) => name.replace(/[/\\^$.*+?()[\]{}|]/g, '\\$&')).join('|')})(/|$))`,
  message:
    'Node modules are for the CLI: this layer runs where there is no Node (the core everywhere, the extension on web hosts too, the webview in a browser).',
};
/** Node's globals: the browser's extension host (vscode.dev, github.dev) has none of them. */
const NODE_GLOBALS = ['process', 'Buffer', 'global', 'require', '__dirname', '__filename', 'setImmediate'];
const VSCODE = { regex: '^vscode$', message: 'Only src/extension talks to VS Code; the core, the CLI, the protocol and the webview do not.' };

/**
 * Calls that take one argument per item: a list spread into them (push(...list),
 * Math.max(...list)) overflows the stack once it is long enough (a file with
 * 200,000 findings). A spread of an array literal is bounded and allowed.
 */
const UNBOUNDED_SPREAD = [
  ['[callee.property.name=/^(push|unshift)$/]', 'push(...list)'],
  ["[callee.object.name='Math'][callee.property.name=/^(max|min)$/]", 'Math.max(...list)'],
  ["[callee.object.name='String'][callee.property.name=/^fromC(harCode|odePoint)$/]", 'String.fromCharCode(...list)'],
].map(([call, example]) => ({
  selector: `CallExpression[callee.type='MemberExpression']${call} > SpreadElement[argument.type!='ArrayExpression']`,
  message: `${example} passes one argument per item and overflows the stack on a long list: use pushAll (src/core/base/arrays.ts) or a loop.`,
}));

/** no-restricted-paths zones: a layer and the layers it must not import from. */
function zones(target, froms, why) {
  return froms.map((from) => ({ target, from, message: why }));
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test/**', 'scripts/**', 'bench/**', 'examples/**', '**/*.mjs', '**/*.js'] },
  {
    files: ['src/**/*.ts', 'webview/**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: {
      // Dropping a property by destructuring it away is how a copy without it is made.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // A cycle makes load order matter and hides which module depends on which.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'no-restricted-syntax': ['error', ...UNBOUNDED_SPREAD],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...zones(
              './src/core',
              ['./src/api', './src/cli', './src/action', './src/extension', './src/shared', './webview'],
              'The core is the bottom layer: it imports no other layer.',
            ),
            // The core's own floors (CONTRIBUTING.md "Layout"): each imports only those below it.
            ...zones(
              './src/core/base',
              ['./src/core/yaml', './src/core/format', './src/core/engine', './src/core/rules', './src/core/insights', './src/core/report'],
              'src/core/base is the ground floor: plain helpers that import nothing of the core.',
            ),
            ...zones(
              './src/core/yaml',
              ['./src/core/format', './src/core/engine', './src/core/rules', './src/core/insights', './src/core/report'],
              'src/core/yaml reads and edits YAML: it knows nothing of team files, the engine or the rules.',
            ),
            ...zones(
              './src/core/format',
              ['./src/core/engine', './src/core/rules', './src/core/insights', './src/core/report'],
              'src/core/format is the file format: it knows nothing of the engine, the rules or the insights.',
            ),
            ...zones(
              './src/core/engine',
              ['./src/core/rules', './src/core/insights', './src/core/report'],
              'The engine is given the rules (WorkspaceOptions.rules): it imports none of them, nor the insights or reports built on it.',
            ),
            ...zones(
              './src/core/rules',
              ['./src/core/insights', './src/core/report'],
              'Rules read the team files and the engine, not the insights or reports built on them.',
            ),
            ...zones(
              './src/core/insights',
              ['./src/core/rules', './src/core/report'],
              "Insights read the engine's results, not the rules themselves, nor the reports built on them.",
            ),
            ...zones(
              './src/shared',
              ['./src/api', './src/cli', './src/action', './src/extension', './webview'],
              'The protocol sits between the extension and the webview and imports neither (nor the CLI).',
            ),
            ...zones(
              './src/cli',
              ['./src/api', './src/action', './src/extension', './src/shared', './webview'],
              'The CLI is the core plus Node: no Action, extension, protocol or webview code, and not the Node API built on it.',
            ),
            ...zones(
              './src/action',
              ['./src/api', './src/extension', './src/shared', './webview'],
              "The GitHub Action is another front end of the CLI's loader and formats: no extension, protocol or webview code.",
            ),
            ...zones(
              './src/api',
              ['./src/action', './src/extension', './src/shared', './webview'],
              "The Node API is the CLI's loader and JSON objects as functions: no Action, extension, protocol or webview code.",
            ),
            ...zones(
              './src/extension',
              ['./src/api', './src/cli', './src/action', './webview'],
              'The extension talks to the webview through src/shared only, and does not use the CLI.',
            ),
            ...zones('./webview', ['./src/api', './src/cli', './src/action', './src/extension'], 'The webview talks to the extension through src/shared only.'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/shared/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [VSCODE, NODE] }],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', ...NODE_GLOBALS].map((name) => ({
          name,
          message: 'The core and the protocol run everywhere: no DOM and no Node globals.',
        })),
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'src/action/**/*.ts', 'src/api/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [VSCODE] }] },
  },
  {
    // The README promises web and remote extension hosts: files go through vscode.workspace.fs.
    files: ['src/extension/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [NODE] }],
      // Its tsconfig has Node's types (timers), so the lint is what keeps Node's globals out.
      'no-restricted-globals': [
        'error',
        ...NODE_GLOBALS.map((name) => ({
          name,
          message: "The extension also runs in the browser's extension host: no Node globals (crypto.getRandomValues, not Buffer).",
        })),
      ],
    },
  },
  {
    files: ['webview/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            VSCODE,
            NODE,
            {
              // Values from the core only from its vocabulary, its team facts, its placeholders, its pulse and its score words:
              // pure modules that bundle small. Type-only imports are erased by the build, so they bring no core code
              // into the browser and may name the core's types.
              regex: '(^|/)src/core/(?!(format/(vocabulary|membersAndActions|placeholders|pulse)|insights/scoreWords)(\\.js)?$)',
              allowTypeImports: true,
              message:
                'The webview may import values from src/core/format/vocabulary, src/core/format/membersAndActions, src/core/format/placeholders, src/core/format/pulse and src/core/insights/scoreWords only (and types from anywhere in the core).',
            },
          ],
        },
      ],
    },
  },
);
