/** The command table: the usage text and the dispatch come from it. */
import { strict as assert } from 'node:assert';
import { COMMANDS, main, type Io } from '../../../src/cli/main';

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), color: false, version: '1.2.3' };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

describe('cli: the command table', () => {
  it('--help shows every command of the table with each of its options', async () => {
    const { code, stdout } = await run('--help');
    assert.equal(code, 0);
    const text = stdout.replace(/\n\s+/g, ' ');
    for (const command of COMMANDS) {
      assert.match(text, new RegExp(`teamcharter ${command.name} `), `${command.name} is in the usage`);
      for (const option of Object.keys(command.options)) assert.ok(text.includes(`--${option} `), `--${option} of ${command.name} is in the usage`);
    }
  });

  it('a command family without its second word names the choices', async () => {
    assert.deepEqual(await run('new'), { code: 2, stdout: '', stderr: 'teamcharter: new needs "charter" or "retro", got nothing\n' });
    assert.equal((await run('new', 'team')).stderr, 'teamcharter: new needs "charter" or "retro", got "team"\n');
  });

  it('a required option that is missing or blank is a usage error naming it', async () => {
    assert.deepEqual(await run('report', '--team', ' '), { code: 2, stdout: '', stderr: "teamcharter: report needs --team ID (the id of a team's charter)\n" });
    assert.equal((await run('new', 'charter', '--id', 'platform')).stderr, "teamcharter: new charter needs --team NAME (the team's display name)\n");
  });

  it('an option value outside its choices is a usage error listing them', async () => {
    assert.deepEqual(await run('score', '--format', 'csv'), { code: 2, stdout: '', stderr: 'teamcharter: --format must be one of table, json, got "csv"\n' });
  });
});
