import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { REPO, buildCli, cli, copyOfAcme } from '../unit/cli/cliRun';
import { parseXml } from '../unit/cli/xmlParser';
import { checkoutCopy, setupScript } from './checkout';

const TODAY = '2026-11-30';

describe('the npm package: npm pack, then npm install into an empty project', function () {
  // Packing builds the bundles and npm installs: real work, which a busy 2-core machine may take its time over.
  this.timeout(5 * 60_000);
  const { version } = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8'));
  let env: NodeJS.ProcessEnv;
  let tarball: string;

  before(async () => {
    env = { ...(await setupScript()).cleanEnv(), NO_COLOR: '1' };
    // From a fresh clone's files (no dist/): the pack must build what it ships.
    const checkout = checkoutCopy();
    symlinkSync(path.join(REPO, 'node_modules'), path.join(checkout, 'node_modules'), 'dir');
    const out = mkdtempSync(path.join(tmpdir(), 'teamcharter-pack-'));
    const pack = spawnSync('npm', ['pack', '--pack-destination', out], { cwd: checkout, encoding: 'utf8', env });
    assert.equal(pack.status, 0, pack.stderr);
    // pre-commit's node hooks take the tarball's name from this output: the build's banner must stay out of it.
    assert.equal(pack.stdout, `teamcharter-${version}.tgz\n`);
    tarball = path.join(out, pack.stdout.trim());
  });

  it('holds only what users need: the CLI bundle, the Node API and its types, the schemas, the rule pages, README, CHANGELOG, LICENSE', () => {
    const listed = spawnSync('tar', ['-tzf', tarball], { encoding: 'utf8' });
    assert.equal(listed.status, 0, listed.stderr);
    const expected = [
      'package.json',
      'README.md',
      'CHANGELOG.md',
      'LICENSE',
      'dist/cli.js',
      'dist/api/index.cjs',
      'dist/api/index.mjs',
      'dist/api/index.d.ts',
      'dist/api/types.d.ts',
      ...readdirSync(path.join(REPO, 'schemas')).map((name) => `schemas/${name}`),
      ...readdirSync(path.join(REPO, 'docs/rules')).map((name) => `docs/rules/${name}`),
    ];
    assert.deepEqual(
      listed.stdout
        .trim()
        .split('\n')
        .map((entry) => entry.replace(/^package\//, ''))
        .sort(),
      expected.sort(),
    );
  });

  it('declares no runtime dependency (the CLI bundles yaml and zod)', () => {
    const manifest = JSON.parse(spawnSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }).stdout);
    assert.equal(manifest.dependencies, undefined);
    assert.equal(manifest.bin.teamcharter, 'dist/cli.js');
  });

  it('exports the Node API with its types, keeps `main` for VS Code, and builds when packed, not when installed', () => {
    const manifest = JSON.parse(spawnSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }).stdout);
    // TypeScript takes the first condition that matches: types must come first.
    assert.deepEqual(manifest.exports['.'], { types: './dist/api/index.d.ts', import: './dist/api/index.mjs', require: './dist/api/index.cjs' });
    assert.equal(manifest.main, './dist/extension.js');
    assert.equal(manifest.scripts.prepare, undefined);
    assert.equal(manifest.scripts.prepack, 'node esbuild.mjs --production');
  });

  it('bundles yaml without its per-token read of process.env.LOG_TOKENS (esbuild.mjs: a quarter of parsing time)', () => {
    const bundle = spawnSync('tar', ['-xzOf', tarball, 'package/dist/cli.js'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout;
    // yaml is in there (one of its error codes) ...
    assert.match(bundle, /MULTIPLE_DOCS/);
    // ... without the debug switches of its parser and composer.
    assert.doesNotMatch(bundle, /LOG_TOKENS|LOG_STREAM/);
  });

  describe('installed into an empty project', () => {
    let project: string;
    let team: string;
    /** The JSON the installed CLI (its bin) prints, run in the example team's folder with a fixed date. */
    const cliJson = (...args: string[]): unknown => {
      const bin = path.join(project, 'node_modules/.bin/teamcharter');
      const run = spawnSync(bin, [...args, '--format', 'json', '--today', TODAY], { cwd: team, encoding: 'utf8', env });
      assert.ok(run.status === 0 || run.status === 1, `${run.status}: ${run.stderr}`);
      return JSON.parse(run.stdout);
    };
    /** Run a script of the project in the example team's folder (so `teamcharter` resolves from the project, paths from the team). */
    const runScript = (name: string, source: string) => {
      writeFileSync(path.join(project, name), source);
      const run = spawnSync('node', [path.join(project, name)], { cwd: team, encoding: 'utf8', env });
      assert.equal(run.status, 0, run.stderr);
      return run.stdout;
    };

    before(() => {
      project = mkdtempSync(path.join(tmpdir(), 'teamcharter-consumer-'));
      writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
      const install = spawnSync('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: project, encoding: 'utf8', env });
      assert.equal(install.status, 0, install.stderr);
      team = copyOfAcme();
    });

    it('pulls in no other package, and `npx teamcharter lint` gives the findings of the built CLI', () => {
      assert.deepEqual(
        readdirSync(path.join(project, 'node_modules')).filter((name) => !name.startsWith('.')),
        ['teamcharter'],
      );
      const lint = spawnSync('npx', ['--offline', 'teamcharter', 'lint', team, '--format', 'json', '--today', TODAY], { cwd: project, encoding: 'utf8', env });
      assert.equal(lint.status, 0, lint.stderr);
      buildCli();
      const reference = cli(REPO, 'lint', team, '--format', 'json', '--today', TODAY);
      assert.ok(JSON.parse(lint.stdout).length > 0, 'the example team has findings');
      assert.deepEqual(JSON.parse(lint.stdout), JSON.parse(reference.stdout));
    });

    /** A script that calls the four functions and prints what they resolve to, and what a bad call rejects with. */
    const apiScript = (load: string) => `${load}
const options = { today: '${TODAY}' };
(async () => {
  const results = {
    lint: await lint('.', options),
    score: await score('.', options),
    agenda: await agenda('checkout', '.', options),
    config: await loadConfig('.team/checkout.charter.yaml'),
  };
  const error = await lint('no-such-folder').catch((e) => e);
  console.log(JSON.stringify({ results, error: { isApiError: error instanceof TeamcharterError, kind: error.kind, message: error.message } }));
})();
`;

    for (const [how, name, load] of [
      ['require', 'api.cjs', "const { lint, score, agenda, loadConfig, TeamcharterError } = require('teamcharter');"],
      ['import', 'api.mjs', "const { lint, score, agenda, loadConfig, TeamcharterError } = await import('teamcharter');"],
    ] as const) {
      it(`${how}('teamcharter') gives lint, score, agenda and loadConfig, resolving to what the CLI's JSON formats print`, () => {
        const { results, error } = JSON.parse(runScript(name, apiScript(load)));
        assert.deepEqual(results, {
          lint: cliJson('lint', '.'),
          score: cliJson('score', '.'),
          agenda: cliJson('agenda', '--team', 'checkout', '.'),
          config: cliJson('lint', '--print-config', '.team/checkout.charter.yaml'),
        });
        assert.deepEqual(error, { isApiError: true, kind: 'usage', message: 'no such file or folder: no-such-folder' });
      });
    }

    it('import and require share one implementation: named and default exports, one error class', () => {
      const out = runScript(
        'both.mjs',
        `import { createRequire } from 'node:module';
import * as named from 'teamcharter';
import whole from 'teamcharter';
const required = createRequire(import.meta.url)('teamcharter');
console.log(JSON.stringify([Object.keys(named).sort(), named.TeamcharterError === required.TeamcharterError, whole.lint === required.lint]));
`,
      );
      assert.deepEqual(JSON.parse(out), [['TeamcharterError', 'agenda', 'default', 'lint', 'loadConfig', 'score'], true, true]);
    });

    it("runs the README's example and prints what the README says", () => {
      const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
      const example = /^## Node API\n[\s\S]*?```js\n([\s\S]*?)```[\s\S]*?prints:\n\n```\n([\s\S]*?)```/m.exec(readme);
      assert.ok(example, 'the README has a Node API section with an example and its output');
      assert.equal(runScript('report.mjs', example[1]), example[2]);
    });

    it('type-checks a TypeScript consumer (ES module and CommonJS) against the installed types, and refuses misuse', () => {
      writeFileSync(
        path.join(project, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: { module: 'node16', target: 'es2022', lib: ['es2022'], types: [], strict: true, noEmit: true, skipLibCheck: false },
          files: ['esm.mts', 'cjs.cts'],
        }),
      );
      writeFileSync(
        path.join(project, 'esm.mts'),
        `import teamcharter, { agenda, lint, loadConfig, score, TeamcharterError, type Agenda, type AppliedConfig, type LintFinding, type Options, type ScoreReport } from 'teamcharter';
const options: Options = { today: '2026-11-30', config: 'teamcharter.config.yaml' };
const findings: LintFinding[] = await lint(['.'], options);
export const severity: 'error' | 'warning' | 'info' = findings[0].severity;
const report: ScoreReport = await teamcharter.score('.');
export const level: 0 | 1 | 2 | 3 | null = report.teams[0].level;
const next: Agenda = await agenda('checkout', '.', options);
const config: AppliedConfig = await loadConfig('.team/checkout.charter.yaml', { ignorePatterns: ['archive/**'] });
export const severityOf: 'off' | 'info' | 'warning' | 'error' = config.rules['goal-no-measure'].severity;
export const kind: 'usage' | 'config' = new TeamcharterError('usage', 'x').kind;
// @ts-expect-error: not an option
await score('.', { todya: '2026-11-30' });
// @ts-expect-error: a number
export const retros: string = next.actions[0].retros;
`,
      );
      writeFileSync(
        path.join(project, 'cjs.cts'),
        `import teamcharter = require('teamcharter');
export const findings: Promise<teamcharter.LintFinding[]> = teamcharter.lint('.');
// @ts-expect-error: the options are an object
export const next = teamcharter.agenda('.', 'checkout', 7);
`,
      );
      const tsc = spawnSync('node', [path.join(REPO, 'node_modules/typescript/bin/tsc'), '-p', project], { encoding: 'utf8' });
      assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
    });
  });

  it('from the installed package: --ignore-pattern, a config that extends another, and --print-config showing the merge', () => {
    const project = mkdtempSync(path.join(tmpdir(), 'teamcharter-consumer-'));
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
    const install = spawnSync('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: project, encoding: 'utf8', env });
    assert.equal(install.status, 0, install.stderr);
    const team = copyOfAcme();
    // The installed bin, run in the team's folder: --ignore-pattern and the printed paths are relative to it.
    const run = (...args: string[]) => spawnSync(path.join(project, 'node_modules/.bin/teamcharter'), args, { cwd: team, encoding: 'utf8', env });
    const files = (stdout: string) => [...new Set((JSON.parse(stdout) as { file: string }[]).map((f) => f.file))].sort();

    const all = run('lint', '--format', 'json', '--today', TODAY);
    assert.equal(all.status, 0, all.stderr);
    const ignored = run('lint', '--format', 'json', '--today', TODAY, '--ignore-pattern', '.team/retros/**');
    assert.equal(ignored.status, 0, ignored.stderr);
    assert.ok(
      files(all.stdout).some((file) => file.startsWith('.team/retros/')),
      'the retros have findings',
    );
    assert.deepEqual(files(ignored.stdout), ['.team/checkout.charter.yaml']);

    writeFileSync(path.join(team, 'org.yaml'), 'rules:\n  goal-no-measure: error\n  text-vague: { words: [synergy], allow: [Be bold] }\nignores: [archive]\n');
    writeFileSync(path.join(team, '.team/teamcharter.config.yaml'), 'extends: ../org.yaml\nrules:\n  text-vague: { words: [OKR] }\n');
    const extended = run('lint', '--format', 'json', '--today', TODAY);
    assert.equal(extended.status, 1, 'goal-no-measure is an error by the extended config');
    const printed = run('lint', '--print-config', '.team/checkout.charter.yaml');
    assert.equal(printed.status, 0, printed.stderr);
    const config = JSON.parse(printed.stdout);
    assert.deepEqual(config.files, ['org.yaml', '.team/teamcharter.config.yaml']);
    assert.deepEqual(config.ignores, ['archive']);
    assert.deepEqual(config.rules['goal-no-measure'], { severity: 'error' });
    assert.deepEqual(config.rules['text-vague'], { severity: 'warning', words: ['OKR'], allow: ['Be bold'] });
  });

  it('installed, the CI conventions work: -f junit (XML a parser reads), -f gitlab, - with --stdin-filename, --max-warnings -1', () => {
    const project = mkdtempSync(path.join(tmpdir(), 'teamcharter-consumer-'));
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
    const install = spawnSync('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: project, encoding: 'utf8', env });
    assert.equal(install.status, 0, install.stderr);
    // The team inside the project, as in a repository: npx finds the project's bin from there.
    const team = path.join(project, 'team');
    cpSync(copyOfAcme(), team, { recursive: true });
    const npx = (cwd: string, input: string | undefined, ...args: string[]) =>
      spawnSync('npx', ['--offline', 'teamcharter', ...args], { cwd, encoding: 'utf8', env, ...(input === undefined ? {} : { input }) });

    const junit = npx(project, undefined, 'lint', 'team', '-f', 'junit', '--today', TODAY);
    assert.equal(junit.status, 0, junit.stderr);
    const suites = parseXml(junit.stdout).children;
    assert.equal(suites.length, 5);
    assert.ok(suites.every((suite) => suite.name === 'testsuite' && suite.attributes.name.startsWith('team/.team/')));
    assert.equal(suites.flatMap((suite) => suite.children.flatMap((testcase) => testcase.children)).length, 2, 'the two findings are failures');

    const gitlab = npx(project, undefined, 'lint', 'team', '-f', 'gitlab', '--today', TODAY);
    assert.equal(gitlab.status, 0, gitlab.stderr);
    const issues = JSON.parse(gitlab.stdout) as {
      check_name: string;
      severity: string;
      fingerprint: string;
      location: { path: string; lines: { begin: number } };
    }[];
    assert.deepEqual(
      issues.map((i) => [i.check_name, i.severity, i.location.path]),
      [
        ['goal-no-measure', 'minor', 'team/.team/checkout.charter.yaml'],
        ['pulse-gap', 'minor', 'team/.team/retros/2026-11-24-pre-peak.retro.yaml'],
      ],
    );
    assert.ok(issues.every((i) => /^[0-9a-f]{64}$/.test(i.fingerprint) && i.location.lines.begin > 0));

    // An unsaved edit of a retro, on standard input: it reuses the id of an action of an earlier retro.
    const retro = '.team/retros/2026-11-10.retro.yaml';
    const edited = readFileSync(path.join(team, retro), 'utf8').replace(/(\n {2}- id: )A-8\b/, '$1A-3');
    const stdin = npx(team, edited, 'lint', '-', '--stdin-filename', retro, '-f', 'json', '--today', TODAY);
    assert.equal(stdin.status, 1, stdin.stderr);
    const findings = JSON.parse(stdin.stdout) as { file: string; rule: string }[];
    assert.ok(findings.length > 0 && findings.every((f) => f.file === retro));
    assert.ok(findings.some((f) => f.rule === 'duplicate-id'));

    assert.equal(npx(project, undefined, 'lint', 'team', '--max-warnings', '0', '--today', TODAY).status, 1, 'two warnings are over 0');
    const unlimited = npx(project, undefined, 'lint', 'team', '--max-warnings', '-1', '--today', TODAY);
    assert.equal(unlimited.status, 0, unlimited.stderr);
  });
});
