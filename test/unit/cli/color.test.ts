/** Colour (docs/cli.md "Colour"): one function decides it; main asks it with --color, the environment and -o. */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { colorEnabled, type ColorContext } from '../../../src/cli/color';
import { main } from '../../../src/cli/main';
import { CLI, buildCli, copyOfAcme } from './cliRun';

const ESCAPE = '\u001b[';

function decide(env: Record<string, string>, isTTY: boolean, flag?: boolean, toFile = false): boolean {
  const context: ColorContext = { flag, env, isTTY, toFile };
  return colorEnabled(context);
}

describe('cli: colour', () => {
  describe('colorEnabled over the environment', () => {
    it('by default, colour on a terminal only', () => {
      assert.equal(decide({}, true), true);
      assert.equal(decide({}, false), false);
      assert.equal(decide({ TERM: 'xterm-256color' }, true), true);
    });

    it('NO_COLOR (set and not empty) and TERM=dumb stop it on a terminal', () => {
      assert.equal(decide({ NO_COLOR: '1' }, true), false);
      assert.equal(decide({ NO_COLOR: 'yes please' }, true), false);
      assert.equal(decide({ NO_COLOR: '' }, true), true, 'an empty NO_COLOR counts as unset (no-color.org)');
      assert.equal(decide({ TERM: 'dumb' }, true), false);
    });

    it('FORCE_COLOR forces it off a terminal and over NO_COLOR and TERM=dumb; 0 or false stops it', () => {
      for (const value of ['1', '2', '3', 'true', '']) {
        assert.equal(decide({ FORCE_COLOR: value }, false), true, `FORCE_COLOR=${value}`);
        assert.equal(decide({ FORCE_COLOR: value, NO_COLOR: '1', TERM: 'dumb' }, false), true, `FORCE_COLOR=${value} with NO_COLOR and TERM=dumb`);
      }
      for (const value of ['0', 'false']) assert.equal(decide({ FORCE_COLOR: value }, true), false, `FORCE_COLOR=${value}`);
    });

    it('--color and --no-color win over everything', () => {
      const envs: Record<string, string>[] = [{}, { NO_COLOR: '1' }, { TERM: 'dumb' }, { FORCE_COLOR: '0' }, { FORCE_COLOR: '1' }];
      for (const env of envs) {
        for (const isTTY of [true, false]) {
          assert.equal(decide(env, isTTY, true), true, `--color with ${JSON.stringify(env)}, tty ${isTTY}`);
          assert.equal(decide(env, isTTY, false), false, `--no-color with ${JSON.stringify(env)}, tty ${isTTY}`);
          assert.equal(decide(env, isTTY, true, true), true, `--color -o with ${JSON.stringify(env)}`);
        }
      }
    });

    it('into a file (-o): no colour, whatever the terminal and FORCE_COLOR say, unless --color', () => {
      assert.equal(decide({}, true, undefined, true), false);
      assert.equal(decide({ FORCE_COLOR: '1' }, true, undefined, true), false);
    });
  });

  describe('lint through main: stylish output', function () {
    this.timeout(60_000);
    let dir: string;
    before(() => {
      dir = copyOfAcme();
    });

    async function lint(env: Record<string, string>, isTTY: boolean, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
      let stdout = '';
      let stderr = '';
      const code = await main(['lint', dir, '--today', '2026-11-30', ...args], {
        stdout: (t) => (stdout += t),
        stderr: (t) => (stderr += t),
        version: '0',
        env,
        isTTY,
      });
      return { code, stdout, stderr };
    }

    it('is coloured on a terminal, and plain with NO_COLOR, TERM=dumb or --no-color', async () => {
      const coloured = await lint({}, true);
      assert.equal(coloured.code, 0, coloured.stderr);
      assert.ok(coloured.stdout.includes(`${ESCAPE}33mwarning`), 'warnings in yellow');
      for (const [env, args] of [
        [{ NO_COLOR: '1' }, []],
        [{ TERM: 'dumb' }, []],
        [{}, ['--no-color']],
        [{}, ['--color', '--no-color']],
      ] as const) {
        const plain = await lint(env, true, ...args);
        assert.ok(!plain.stdout.includes(ESCAPE), `no escapes with ${JSON.stringify(env)} ${args.join(' ')}`);
        assert.equal(plain.stdout, coloured.stdout.replace(/\u001b\[\d+m/g, ''), 'the same text without the escapes');
      }
    });

    it('off a terminal: plain, coloured with FORCE_COLOR=1 or --color (the last of --no-color --color wins)', async () => {
      assert.ok(!(await lint({}, false)).stdout.includes(ESCAPE));
      assert.ok((await lint({ FORCE_COLOR: '1' }, false)).stdout.includes(ESCAPE));
      assert.ok((await lint({ NO_COLOR: '1' }, false, '--no-color', '--color')).stdout.includes(ESCAPE));
    });

    it('-o FILE: plain in the file even with FORCE_COLOR=1 on a terminal; coloured with --color', async () => {
      const plainFile = path.join(dir, 'plain.txt');
      assert.equal((await lint({ FORCE_COLOR: '1' }, true, '-o', plainFile)).code, 0);
      assert.ok(!readFileSync(plainFile, 'utf8').includes(ESCAPE));
      const colouredFile = path.join(dir, 'coloured.txt');
      assert.equal((await lint({}, false, '--output-file', colouredFile, '--color')).code, 0);
      assert.ok(readFileSync(colouredFile, 'utf8').includes(`${ESCAPE}33mwarning`));
    });
  });

  describe('the bin reads the process environment', function () {
    this.timeout(60_000);
    before(buildCli);

    it('a pipe is plain; FORCE_COLOR=1 colours it, FORCE_COLOR=0 keeps it plain, --color colours it anyway', () => {
      const dir = copyOfAcme();
      const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !['NO_COLOR', 'FORCE_COLOR', 'TERM'].includes(name)));
      const run = (extra: Record<string, string>, ...args: string[]) =>
        spawnSync('node', [CLI, 'lint', '--today', '2026-11-30', ...args], { cwd: dir, encoding: 'utf8', env: { ...env, ...extra } }).stdout;
      assert.ok(!run({}).includes(ESCAPE));
      assert.ok(run({ FORCE_COLOR: '1' }).includes(ESCAPE));
      assert.ok(!run({ FORCE_COLOR: '0' }).includes(ESCAPE));
      assert.ok(run({ FORCE_COLOR: '0' }, '--color').includes(ESCAPE));
    });
  });
});
