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

  it('holds only what users need: the CLI bundle, the schemas, the rule pages, README, CHANGELOG, LICENSE', () => {
    const listed = spawnSync('tar', ['-tzf', tarball], { encoding: 'utf8' });
    assert.equal(listed.status, 0, listed.stderr);
    const expected = [
      'package.json',
      'README.md',
      'CHANGELOG.md',
      'LICENSE',
      'dist/cli.js',
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

  it('bundles yaml without its per-token read of process.env.LOG_TOKENS (esbuild.mjs: a quarter of parsing time)', () => {
    const bundle = spawnSync('tar', ['-xzOf', tarball, 'package/dist/cli.js'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout;
    // yaml is in there (one of its error codes) ...
    assert.match(bundle, /MULTIPLE_DOCS/);
    // ... without the debug switches of its parser and composer.
    assert.doesNotMatch(bundle, /LOG_TOKENS|LOG_STREAM/);
  });

  it('installs offline, pulls in no other package, and `npx teamcharter lint` gives the findings of the built CLI', () => {
    const project = mkdtempSync(path.join(tmpdir(), 'teamcharter-consumer-'));
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
    const install = spawnSync('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: project, encoding: 'utf8', env });
    assert.equal(install.status, 0, install.stderr);
    assert.deepEqual(
      readdirSync(path.join(project, 'node_modules')).filter((name) => !name.startsWith('.')),
      ['teamcharter'],
    );

    const team = copyOfAcme();
    const lint = spawnSync('npx', ['--offline', 'teamcharter', 'lint', team, '--format', 'json', '--today', TODAY], { cwd: project, encoding: 'utf8', env });
    assert.equal(lint.status, 0, lint.stderr);
    buildCli();
    const reference = cli(REPO, 'lint', team, '--format', 'json', '--today', TODAY);
    assert.ok(JSON.parse(lint.stdout).length > 0, 'the example team has findings');
    assert.deepEqual(JSON.parse(lint.stdout), JSON.parse(reference.stdout));
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
