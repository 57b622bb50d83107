// Bundles the CLI, the Node API (CommonJS, an ES module wrapper and its types), the extension twice
// (node/cjs for the desktop and remote extension host, browser/cjs for the web extension host; vscode
// external in both) and the webview (browser/esm).
// Usage: node esbuild.mjs [--watch] [--production]; node esbuild.mjs --action [--outfile FILE] (the GitHub Action, below)
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';
import * as path from 'node:path';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const common = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  logLevel: 'info',
  define: { TEAMCHARTER_VERSION: JSON.stringify(version) },
};

/**
 * yaml's node build reads process.env.LOG_TOKENS for every token it parses and
 * LOG_STREAM for every document (debug output for yaml's own developers), and
 * reading process.env costs Node a call into C++: about a quarter of parsing
 * time (CONTRIBUTING.md "Speed of the linter"). Our node bundles read them as
 * false. If yaml stops reading them, the build says so, and this can go.
 */
const yamlWithoutDebugLogs = {
  name: 'yaml-without-debug-logs',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]yaml[\\/]dist[\\/](parse[\\/]parser|compose[\\/]composer)\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const contents = source.replace(/\bnode_process\.env\.LOG_(TOKENS|STREAM)\b/g, 'false');
      if (contents === source)
        throw new Error(`${args.path} no longer reads LOG_TOKENS or LOG_STREAM: remove the yaml-without-debug-logs plugin from esbuild.mjs`);
      return { contents, loader: 'js' };
    });
  },
};

/**
 * The extension bundle has a size goal (CONTRIBUTING.md "Speed and size"): yaml's ES module build
 * (the one its `exports` give a browser; plain JavaScript, and without the LOG_TOKENS reads above)
 * lets esbuild leave out what we never call, about 18 KB of the node build, which is CommonJS.
 */
const yamlAsModule = {
  name: 'yaml-as-module',
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, () => ({ path: path.resolve('node_modules/yaml/browser/index.js') }));
  },
};

/**
 * The GitHub Action's bundle is committed (GitHub runs dist/action.js from the checkout, with no
 * install), so only `node esbuild.mjs --action` writes it: a plain build must not refresh a stale
 * one and hide it from test/unit/ci/actionBundle.test.ts. Always minified and without source map
 * or the version's build mode, so the same sources give the same bytes on every machine.
 * `--outfile FILE` writes it elsewhere (the test compares that with the committed file).
 */
if (process.argv.includes('--action')) {
  const at = process.argv.indexOf('--outfile');
  await esbuild.build({
    ...common,
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    entryPoints: ['src/action/index.ts'],
    outfile: at > 0 ? process.argv[at + 1] : 'dist/action.js',
    platform: 'node',
    format: 'cjs',
    // action.yml runs it on node24; node20 syntax keeps it runnable by the tests on older Node too.
    target: 'node20',
    plugins: [yamlWithoutDebugLogs],
  });
  process.exit(0);
}

const builds = [
  { ...common, entryPoints: ['src/cli/index.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node20', plugins: [yamlWithoutDebugLogs] },
  // The package's `exports` (docs/api.md). One CommonJS implementation, so that `import` and `require` share one
  // TeamcharterError class; esbuild marks its export names for Node's CommonJS lexer, so the wrapper's `export *` names them.
  {
    ...common,
    entryPoints: ['src/api/index.ts'],
    outfile: 'dist/api/index.cjs',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    plugins: [yamlWithoutDebugLogs],
  },
];
if (existsSync('src/extension/extension.ts')) {
  builds.push({
    ...common,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    plugins: [yamlAsModule],
  });
  // The package.json `browser` entry (vscode.dev, github.dev, code-server's web worker host). On the
  // browser platform esbuild cannot resolve Node's modules, so a `node:` import fails this build.
  builds.push({
    ...common,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
  });
}
if (existsSync('webview/main.ts')) {
  builds.push({ ...common, entryPoints: ['webview/main.ts'], outfile: 'dist/webview/main.js', platform: 'browser', format: 'esm', target: 'es2022' });
}

mkdirSync('dist/api', { recursive: true });
writeFileSync('dist/api/index.mjs', "export * from './index.cjs';\nexport { default } from './index.cjs';\n");
writeApiTypes();

/**
 * dist/api/*.d.ts, one per file of src/api that its declarations need (index.ts imports only ./types in them).
 * Declarations are made from each file alone (TypeScript's isolatedDeclarations), without type-checking the
 * program: npm run typecheck does that, and the package test compiles a consumer against the installed types.
 */
function writeApiTypes() {
  for (const name of ['index', 'types']) {
    const fileName = `src/api/${name}.ts`;
    const { outputText, diagnostics } = ts.transpileDeclaration(readFileSync(fileName, 'utf8'), {
      fileName,
      reportDiagnostics: true,
      compilerOptions: { isolatedDeclarations: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.Node16 },
    });
    if (diagnostics?.length) throw new Error(`${fileName}: ${diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' ')).join('; ')}`);
    // Only src/api's own files ship: a declaration that names a type of the core or the CLI would not resolve.
    const elsewhere = [...outputText.matchAll(/from '([^']+)'/g)].map((m) => m[1]).filter((from) => from !== './types');
    if (elsewhere.length) throw new Error(`${fileName}: its declarations import ${elsewhere.join(', ')}: move the public types to src/api/types.ts`);
    writeFileSync(`dist/api/${name}.d.ts`, outputText);
  }
}

// The codicon font for the webview, served from the bundle folder (the webview may load nothing else).
mkdirSync('dist/webview', { recursive: true });
for (const file of ['codicon.css', 'codicon.ttf']) copyFileSync(`node_modules/@vscode/codicons/dist/${file}`, `dist/webview/${file}`);

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
