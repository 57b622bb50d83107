/** Each command's --help: every option it takes, the environment variables, the exit codes; and the short options -f and -c. */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { COMMON_OPTIONS, type OptionSpec } from '../../../src/cli/args';
import { ENVIRONMENT, optionTitle } from '../../../src/cli/help';
import { COMMANDS, main, type Host } from '../../../src/cli/main';
import { buildCli, cli, copyOfAcme, REPO, tempWorkspace } from './cliRun';

const TODAY = '2026-12-02';

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const host: Host = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), version: '1.2.3', env: {}, isTTY: false };
  return { code: await main(argv, host), stdout, stderr };
}

/** The lines of a section of a help text ("Options:"), up to the blank line that ends it. */
function section(text: string, title: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(title);
  assert.ok(start >= 0, `no ${title} in\n${text}`);
  const end = lines.indexOf('', start);
  return lines.slice(start + 1, end);
}

/** Every environment variable the CLI's sources read (env.NAME or env['NAME']). */
function variablesRead(): string[] {
  const names = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts'))
        for (const match of readFileSync(full, 'utf8').matchAll(/\benv(?:\.([A-Z_][A-Z0-9_]*)|\[['"]([A-Z_][A-Z0-9_]*)['"]\])/g))
          names.add(match[1] ?? match[2]);
    }
  };
  for (const dir of ['src/cli', 'src/core']) walk(path.join(REPO, dir));
  return [...names].sort();
}

describe('cli: each command --help', function () {
  before(buildCli);

  for (const command of COMMANDS) {
    it(`${command.name} --help describes every option it takes (what it does, its default), the environment and the exit codes`, async () => {
      const { code, stdout, stderr } = await run(...command.name.split(' '), '--help');
      assert.deepEqual([code, stderr], [0, '']);
      const options = section(stdout, 'Options:');
      for (const [name, spec] of Object.entries<OptionSpec>({ ...command.options, ...COMMON_OPTIONS })) {
        const title = optionTitle(name, spec);
        const line = options.find((l) => l.startsWith(`  ${title} `));
        assert.ok(line, `--${name} is listed as "${title}" in\n${options.join('\n')}`);
        const description = line.slice(title.length + 2).trim();
        assert.ok(description.length >= 10, `--${name} is described: "${description}"`);
        if (spec.default !== undefined) assert.ok(description.includes(`default: ${spec.default}`), `--${name} says its default`);
        for (const choice of spec.choices ?? []) assert.ok(description.includes(choice), `--${name} lists ${choice}`);
      }
      assert.ok(options.some((l) => l.startsWith('  -h, --help ')));
      const environment = section(stdout, 'Environment:').map((l) => l.trim().split(/\s+/)[0]);
      assert.deepEqual(environment, ['NO_COLOR', 'FORCE_COLOR', 'TERM']);
      const exits = section(stdout, 'Exit codes:').map((l) => l.trim().split(/\s+/)[0]);
      assert.deepEqual(exits, command.name === 'lint' ? ['0', '1', '2'] : ['0', '2']);
    });
  }

  it('the environment it lists is every variable the code reads', () => {
    const read = variablesRead();
    assert.ok(read.includes('NO_COLOR'), 'the scan finds what color.ts reads');
    assert.deepEqual(ENVIRONMENT.map(([name]) => name).sort(), read);
  });

  it('lint --help: what 1 means for lint, and what - does', async () => {
    const { stdout } = await run('lint', '-h');
    assert.match(stdout, /^ {2}1 {2}an error-severity finding, or more warnings than --max-warnings$/m);
    assert.match(stdout, /- reads standard input/);
  });

  it('-f is --format and -c is --config, in every command that has them', async () => {
    for (const command of COMMANDS) {
      if ('format' in command.options) assert.equal(command.options.format.short, 'f', command.name);
      if ('config' in command.options) assert.equal(command.options.config.short, 'c', command.name);
    }
    const dir = copyOfAcme();
    const config = tempWorkspace({ 'strict.yaml': 'rules:\n  goal-no-measure: error\n' });
    const long = cli(dir, 'lint', '--format', 'json', '--config', path.join(config, 'strict.yaml'), '--today', TODAY);
    const short = cli(dir, 'lint', '-f', 'json', '-c', path.join(config, 'strict.yaml'), '--today', TODAY);
    assert.equal(long.code, 1, long.stderr);
    assert.deepEqual(short, long);
    assert.ok(
      (JSON.parse(short.stdout) as { severity: string }[]).some((f) => f.severity === 'error'),
      'the config given with -c applies',
    );
    assert.deepEqual(cli(dir, 'score', '-f', 'json', '--today', TODAY), cli(dir, 'score', '--format', 'json', '--today', TODAY));
    assert.match(cli(dir, 'agenda', '--team', 'checkout', '-f', 'json', '--today', TODAY).stdout, /^\{\n {2}"team": "checkout"/);
    assert.match(cli(dir, 'report', '--team', 'checkout', '-f', 'html', '--today', TODAY).stdout, /^<!doctype html>/i);
  });
});
