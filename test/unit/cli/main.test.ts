/** The command table: the usage text and the dispatch come from it. */
import { strict as assert } from 'node:assert';
import { optionUsage } from '../../../src/cli/args';
import { COMMANDS, main, type Host } from '../../../src/cli/main';

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const host: Host = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), version: '1.2.3', env: {}, isTTY: false };
  const code = await main(argv, host);
  return { code, stdout, stderr };
}

describe('cli: the command table', () => {
  it('--help shows every command of the table with each of its options', async () => {
    const { code, stdout } = await run('--help');
    assert.equal(code, 0);
    const text = stdout.replace(/\n\s+/g, ' ');
    for (const command of COMMANDS) {
      assert.match(text, new RegExp(`teamcharter ${command.name} `), `${command.name} is in the usage`);
      for (const [option, spec] of Object.entries(command.options)) {
        // A synonym (report --out) is in the command's --help, not its usage line.
        if (spec.synonymOf !== undefined) continue;
        assert.ok(
          text.includes(`[${optionUsage(option, spec)}]`) || text.includes(` ${optionUsage(option, spec)} `),
          `--${option} of ${command.name} is in the usage`,
        );
      }
    }
    assert.match(text, /Every command also takes --help and --color\|--no-color\./);
  });

  it('a command family without its second word names the choices', async () => {
    assert.deepEqual(await run('new'), { code: 2, stdout: '', stderr: 'teamcharter: new needs "charter" or "retro", got nothing\n' });
    assert.equal((await run('new', 'team')).stderr, 'teamcharter: new needs "charter" or "retro", got "team"\n');
  });

  it('a required option that is missing or blank is a usage error naming it', async () => {
    assert.deepEqual(await run('report', '--team', ' '), { code: 2, stdout: '', stderr: "teamcharter: report needs --team ID (the id of a team's charter)\n" });
    assert.equal((await run('new', 'charter', '--id', 'platform')).stderr, "teamcharter: new charter needs --team NAME (the team's display name)\n");
  });

  it('COMMAND --help shows that command (or each of a family) with what it does, exit 0', async () => {
    const lint = await run('lint', '--format', 'json', '--help');
    assert.equal(lint.code, 0);
    assert.match(lint.stdout, /^Usage:\n {2}teamcharter lint \[PATH\.\.\.\] \[-f\|--format stylish\|json\|sarif\|github\|junit\|gitlab\]/);
    assert.match(lint.stdout, /Lint charters and retrospectives/);
    assert.doesNotMatch(lint.stdout, /teamcharter score/);
    const family = await run('new', '-h');
    assert.deepEqual(
      [...family.stdout.matchAll(/teamcharter (new \w+)/g)].map((m) => m[1]),
      ['new charter', 'new retro'],
    );
    assert.deepEqual(
      [...(await run('new', 'retro', '--help')).stdout.matchAll(/teamcharter (new \w+)/g)].map((m) => m[1]),
      ['new retro'],
    );
  });

  it('a mistyped command, kind or option gets a "did you mean" from the table', async () => {
    assert.equal(
      (await run('lnt')).stderr,
      'teamcharter: unknown command "lnt"; did you mean "lint"? (commands: lint, new, score, report, agenda; see --help)\n',
    );
    assert.equal((await run('new', 'retor')).stderr, 'teamcharter: new needs "charter" or "retro", got "retor"; did you mean "retro"?\n');
    assert.deepEqual(await run('lint', '--fromat', 'json'), {
      code: 2,
      stdout: '',
      stderr: "teamcharter: unknown option '--fromat' for lint; did you mean --format?\n",
    });
    assert.equal(
      (await run('new', 'charter', '-x')).stderr,
      "teamcharter: unknown option '-x' for new charter (options: --id, --team, --dir, --color, --no-color)\n",
    );
    assert.equal((await run('lint', '--quite')).stderr, "teamcharter: unknown option '--quite' for lint; did you mean --quiet?\n");
    assert.equal((await run('score', '--no-colour')).stderr, "teamcharter: unknown option '--no-colour' for score; did you mean --no-color?\n");
    assert.equal((await run('score', '--ouput-file', 'x')).stderr, "teamcharter: unknown option '--ouput-file' for score; did you mean --output-file?\n");
  });

  it('an option value outside its choices is a usage error listing them', async () => {
    assert.deepEqual(await run('score', '--format', 'csv'), { code: 2, stdout: '', stderr: 'teamcharter: --format must be one of table, json, got "csv"\n' });
  });
});
