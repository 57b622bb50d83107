/**
 * Hostile file systems (issue 12): what is not a regular file, files far over
 * the size cap, names that are not UTF-8, symbolic links, and folder walks that
 * must stay within the team's own folder. Every run is a child process with a
 * kill timeout, so a regression that hangs fails instead of hanging the suite.
 */
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, symlinkSync, writeFileSync, ftruncateSync } from 'node:fs';
import * as path from 'node:path';
import { charterYaml, retroYaml } from '../helpers';
import { diskConfigs, discoverFiles } from '../../../src/cli/files';
import { CLI, buildCli, cliWithin, tempWorkspace } from './cliRun';

const TODAY = '2026-11-30';
/** Generous: each of these runs takes well under a second when it works. */
const KILL_AFTER = 20_000;

interface Row {
  file: string;
  rule: string;
  message: string;
}

function lintJson(cwd: string, ...args: string[]): { code: number | null; rows: Row[]; stderr: string } {
  const result = cliWithin(KILL_AFTER, cwd, 'lint', ...args, '--format', 'json', '--today', TODAY);
  return { code: result.code, rows: JSON.parse(result.stdout) as Row[], stderr: result.stderr };
}

function stderrLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line !== '');
}

describe('hostile file systems (end to end)', function () {
  before(buildCli);

  describe('only regular files are read', () => {
    it('a FIFO named on the command line is skipped with one note, without waiting for a writer', () => {
      const dir = tempWorkspace();
      execFileSync('mkfifo', [path.join(dir, 'f.retro.yaml')]);
      const result = cliWithin(KILL_AFTER, dir, 'lint', 'f.retro.yaml');
      assert.equal(result.code, 0, result.stderr);
      const lines = stderrLines(result.stderr);
      assert.equal(lines.length, 1, result.stderr);
      assert.match(lines[0], /^teamcharter: note: skipped f\.retro\.yaml: .*named pipe.*not a regular file/);
    });

    it('a device named on the command line (/dev/zero) is skipped with one note', () => {
      const result = cliWithin(KILL_AFTER, tempWorkspace(), 'lint', '/dev/zero');
      assert.equal(result.code, 0, result.stderr);
      const lines = stderrLines(result.stderr);
      assert.equal(lines.length, 1, result.stderr);
      assert.match(lines[0], /^teamcharter: note: skipped \/dev\/zero: .*device.*not a regular file/);
    });

    it('a FIFO found in a folder is skipped with a note; the other files are linted', () => {
      const dir = tempWorkspace({ '.team/web.charter.yaml': charterYaml('web') });
      execFileSync('mkfifo', [path.join(dir, '.team/pipe.retro.yaml')]);
      const { code, rows, stderr } = lintJson(dir);
      assert.equal(code, 1, 'the charter has error findings');
      assert.ok(rows.some((r) => r.file === '.team/web.charter.yaml'));
      assert.ok(!rows.some((r) => r.file.includes('pipe')));
      assert.equal(stderrLines(stderr).length, 1, stderr);
      assert.match(stderr, /skipped \.team\/pipe\.retro\.yaml: .*named pipe/);
    });

    it('a FIFO where the config would be is a config error, not a hang', () => {
      const dir = tempWorkspace({ '.team/web.charter.yaml': charterYaml('web') });
      execFileSync('mkfifo', [path.join(dir, '.team/teamcharter.config.yaml')]);
      const result = cliWithin(KILL_AFTER, dir, 'lint');
      assert.equal(result.code, 2);
      assert.match(result.stderr, /^teamcharter: config error: .team\/teamcharter\.config\.yaml: .*not a regular file\n$/);
    });

    it('never reads more than the size cap: a 3 GiB (sparse) retro is one finding with its real size, quickly', () => {
      const dir = tempWorkspace({ '.team/web.charter.yaml': charterYaml('web') });
      const fd = openSync(path.join(dir, '.team/huge.retro.yaml'), 'w');
      ftruncateSync(fd, 3 * 1024 ** 3);
      closeSync(fd);
      const { code, rows } = lintJson(dir, '.team/huge.retro.yaml');
      assert.equal(code, 1);
      assert.deepEqual(
        rows.map((r) => [r.file, r.rule]),
        [['.team/huge.retro.yaml', 'yaml-syntax']],
      );
      assert.match(rows[0].message, /3072\.0 MiB; files over 1 MiB are not checked/);
    });
  });

  it('a file or folder name that is not UTF-8 is skipped with a note, and the run goes on', () => {
    const dir = tempWorkspace({ '.team/web.charter.yaml': charterYaml('web'), '.team/retros/2026-11-30.retro.yaml': retroYaml('web', '2026-11-30') });
    const bad = Buffer.from([0x66, 0xff, 0xfe]);
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/.team/retros/`), bad, Buffer.from('.retro.yaml')]), retroYaml('web', '2026-11-16'));
    mkdirSync(Buffer.concat([Buffer.from(`${dir}/.team/`), bad]));
    const { code, rows, stderr } = lintJson(dir);
    assert.equal(code, 1, stderr);
    assert.ok(
      rows.some((r) => r.file === '.team/retros/2026-11-30.retro.yaml'),
      JSON.stringify(rows),
    );
    const lines = stderrLines(stderr);
    assert.equal(lines.length, 2, stderr);
    for (const line of lines) assert.match(line, /^teamcharter: note: skipped .* name that is not UTF-8/);
    assert.doesNotMatch(stderr, /ENOENT|cannot read/);
  });

  describe('a folder that cannot be read (issue 20)', () => {
    // Root reads a folder whatever its mode: as root, the CLI runs as nobody, for whom the mode holds.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    let dir: string;
    let locked: string;

    function lintAsUser(...args: string[]): { code: number | null; rows: Row[]; stderr: string } {
      const result = spawnSync('node', [CLI, 'lint', ...args, '--format', 'json', '--today', TODAY], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
        timeout: KILL_AFTER,
        ...asUser,
      });
      return { code: result.status, rows: result.stdout ? (JSON.parse(result.stdout) as Row[]) : [], stderr: result.stderr };
    }

    beforeEach(function () {
      dir = tempWorkspace({
        '.team/web.charter.yaml': charterYaml('web'),
        '.team/retros/2026-11-30.retro.yaml': retroYaml('web', '2026-11-30'),
        '.team/locked/2026-11-16.retro.yaml': retroYaml('web', '2026-11-16'),
      });
      locked = path.join(dir, '.team/locked');
      chmodSync(dir, 0o755);
      chmodSync(locked, 0o000);
      // Only where the mode really bars the user the CLI runs as (not on Windows, nor as root without another user to be).
      const probe = spawnSync('node', ['-e', `require('fs').readdirSync(${JSON.stringify(locked)})`], { encoding: 'utf8', ...asUser });
      if (!/EACCES/.test(probe.stderr ?? '')) this.skip();
    });

    afterEach(() => {
      chmodSync(locked, 0o755);
    });

    it('a file named beside it is linted, with one note naming the folder', () => {
      const { code, rows, stderr } = lintAsUser('.team/web.charter.yaml');
      assert.equal(code, 1, stderr);
      assert.ok(rows.length > 0 && rows.every((r) => r.file === '.team/web.charter.yaml'), JSON.stringify(rows));
      assert.deepEqual(stderrLines(stderr), ['teamcharter: note: skipped .team/locked: a folder that cannot be read (EACCES)']);
    });

    it('a folder walk skips it with the note and lints the rest; named itself, it is exit 2 with one line', () => {
      for (const args of [['.team'], []]) {
        const { code, rows, stderr } = lintAsUser(...args);
        assert.equal(code, 1, stderr);
        assert.deepEqual([...new Set(rows.map((r) => r.file))].sort(), ['.team/retros/2026-11-30.retro.yaml', '.team/web.charter.yaml'], args.join(' '));
        assert.deepEqual(stderrLines(stderr), ['teamcharter: note: skipped .team/locked: a folder that cannot be read (EACCES)']);
      }
      const named = lintAsUser('.team/locked');
      assert.equal(named.code, 2);
      assert.equal(named.stderr, 'teamcharter: cannot read folder .team/locked: EACCES\n');
    });
  });

  describe('symbolic links to folders are followed, with loop protection', () => {
    it('a .team folder that is a link to another folder is linted', () => {
      const dir = tempWorkspace({ 'elsewhere/team/web.charter.yaml': charterYaml('web') });
      mkdirSync(path.join(dir, 'repo'));
      symlinkSync(path.join(dir, 'elsewhere/team'), path.join(dir, 'repo/.team'));
      const { rows, stderr } = lintJson(path.join(dir, 'repo'));
      assert.ok(
        rows.some((r) => r.file === '.team/web.charter.yaml'),
        `${JSON.stringify(rows)} ${stderr}`,
      );
    });

    it('a retros folder that is a link is read as part of its team, also when one file is named', () => {
      const dir = tempWorkspace({
        '.team/web.charter.yaml': charterYaml('web'),
        'archive/2026-11-16.retro.yaml': retroYaml('web', '2026-11-16', { actions: [{ id: 'A-1', due: '2026-11-20' }] }),
        'archive/2026-11-30.retro.yaml': retroYaml('web', '2026-11-30', { reviews: [] }),
      });
      symlinkSync(path.join(dir, 'archive'), path.join(dir, '.team/retros'));
      const folder = lintJson(dir);
      assert.ok(
        folder.rows.some((r) => r.file === '.team/retros/2026-11-30.retro.yaml' && r.rule === 'previous-actions-not-reviewed'),
        JSON.stringify(folder.rows),
      );
      const single = lintJson(dir, '.team/retros/2026-11-30.retro.yaml');
      assert.ok(
        single.rows.some((r) => r.rule === 'previous-actions-not-reviewed'),
        JSON.stringify(single.rows),
      );
      assert.ok(!single.rows.some((r) => r.rule === 'retro-unknown-team'), JSON.stringify(single.rows));
    });

    it('a link back to a folder above it, or a link to itself, neither loops nor reads a file twice', () => {
      const dir = tempWorkspace({ '.team/web.charter.yaml': charterYaml('web'), '.team/retros/2026-11-30.retro.yaml': retroYaml('web', '2026-11-30') });
      symlinkSync('..', path.join(dir, '.team/retros/up'));
      symlinkSync('.', path.join(dir, '.team/retros/self'));
      symlinkSync(dir, path.join(dir, '.team/top'));
      const { code, rows, stderr } = lintJson(dir);
      assert.equal(code, 1, stderr);
      assert.ok(!rows.some((r) => r.rule === 'duplicate-id'), JSON.stringify(rows));
      assert.deepEqual([...new Set(rows.map((r) => r.file))].sort(), ['.team/retros/2026-11-30.retro.yaml', '.team/web.charter.yaml']);
    });
  });

  describe('folder walks stay within the team folder', () => {
    /** A team file deep in a decoy subtree: reading it would show up in the findings. */
    const DECOY_CHARTER = charterYaml('web', { members: ['zed'] });

    it('linting one charter outside a .team folder reads the files next to it and in its retros/, not the subtree', () => {
      const dir = tempWorkspace({
        'web.charter.yaml': charterYaml('web'),
        'retros/2026-11-30.retro.yaml': retroYaml('web', '2026-11-30', { actions: [{ id: 'A-1', owner: 'nobody' }] }),
        'deep/a/b/c/copy.charter.yaml': DECOY_CHARTER,
      });
      const { rows } = lintJson(dir, 'web.charter.yaml');
      assert.ok(!rows.some((r) => r.rule === 'duplicate-id'), `the decoy charter was read: ${JSON.stringify(rows)}`);
      const retro = lintJson(dir, 'retros/2026-11-30.retro.yaml');
      assert.ok(!retro.rows.some((r) => r.rule === 'retro-unknown-team'), `the charter next to retros/ was not read: ${JSON.stringify(retro.rows)}`);
      assert.ok(
        retro.rows.some((r) => r.rule === 'owner-not-member'),
        JSON.stringify(retro.rows),
      );
    });

    it("the files read for one named file are exactly its team folder's; nothing else is walked", () => {
      const dir = tempWorkspace({
        'web.charter.yaml': charterYaml('web'),
        'retros/2026-11-30.retro.yaml': retroYaml('web', '2026-11-30'),
        'retros/archive/2025-01-01.retro.yaml': retroYaml('web', '2025-01-01'),
        'notes.txt': 'not a team file\n',
      });
      // A walk into these would leave a note (a FIFO named like a team file, a name that is not UTF-8).
      mkdirSync(path.join(dir, 'decoy/deep'), { recursive: true });
      execFileSync('mkfifo', [path.join(dir, 'decoy/deep/pipe.retro.yaml')]);
      mkdirSync(Buffer.concat([Buffer.from(`${dir}/decoy/`), Buffer.from([0xff])]));
      const notes: string[] = [];
      const { files, targets } = discoverFiles([path.join(dir, 'web.charter.yaml')], diskConfigs(), (note) => notes.push(note));
      assert.deepEqual([...files.keys()].sort(), [path.join(dir, 'retros/2026-11-30.retro.yaml'), path.join(dir, 'web.charter.yaml')]);
      assert.equal(targets.length, 1);
      assert.equal(notes.join('\n'), '', 'nothing outside the team folder was walked');
      // Named as a folder, the same tree is walked whole, and the decoys are noted.
      discoverFiles([dir], diskConfigs(), (note) => notes.push(note));
      assert.equal(notes.length, 2, notes.join('\n'));
    });

    it('linting one file inside a .team folder reads that whole folder, and nothing above it', () => {
      const dir = tempWorkspace({
        'repo/.team/web.charter.yaml': charterYaml('web'),
        'repo/.team/teams/more/2026-11-30.retro.yaml': retroYaml('web', '2026-11-30', { actions: [{ id: 'A-1', owner: 'nobody' }] }),
        'repo/other/copy.charter.yaml': DECOY_CHARTER,
      });
      const { rows } = lintJson(path.join(dir, 'repo'), '.team/teams/more/2026-11-30.retro.yaml');
      assert.ok(!rows.some((r) => r.rule === 'retro-unknown-team'), JSON.stringify(rows));
      const charter = lintJson(path.join(dir, 'repo'), '.team/web.charter.yaml');
      assert.ok(!charter.rows.some((r) => r.rule === 'duplicate-id'), JSON.stringify(charter.rows));
    });

    it('new retro --dir reads only the team folder, never the whole folder around --dir', () => {
      const dir = tempWorkspace({
        'shared/other-project/deep/2026-11-16.retro.yaml': retroYaml('web', '2026-11-16', { actions: [{ id: 'A-9' }] }),
        'shared/web.charter.yaml': DECOY_CHARTER,
      });
      const result = cliWithin(KILL_AFTER, dir, 'new', 'retro', '--team', 'web', '--date', '2026-11-30', '--dir', 'shared/web-retros');
      assert.equal(result.code, 0, result.stderr);
      const text = readFileSync(path.join(dir, 'shared/web-retros/2026-11-30.retro.yaml'), 'utf8');
      assert.doesNotMatch(text, /A-9/, 'an action of a retro outside the team folder was carried');
      assert.doesNotMatch(text, /zed/, 'a charter outside the team folder was read');
    });

    it('new retro --dir TEAM/retros reads the team next to it: its charter and earlier retros', () => {
      const dir = tempWorkspace({
        'teams/web/web.charter.yaml': charterYaml('web', { members: ['dana', 'lee'] }),
        'teams/web/retros/2026-11-16.retro.yaml': retroYaml('web', '2026-11-16', { actions: [{ id: 'A-1' }] }),
      });
      const result = cliWithin(KILL_AFTER, dir, 'new', 'retro', '--team', 'web', '--date', '2026-11-30', '--dir', 'teams/web/retros');
      assert.equal(result.code, 0, result.stderr);
      const text = readFileSync(path.join(dir, 'teams/web/retros/2026-11-30.retro.yaml'), 'utf8');
      assert.match(text, /A-1/);
      assert.match(text, /lee/);
    });
  });

  describe('new: the config of the repository, and where it may write', () => {
    it('run from a subfolder, it finds the config at the repository root and writes under its root', () => {
      const dir = tempWorkspace({ 'repo/teamcharter.config.yaml': 'root: team-docs\n', 'repo/src/deep/keep.txt': '' });
      mkdirSync(path.join(dir, 'repo/.git'));
      const result = cliWithin(KILL_AFTER, path.join(dir, 'repo/src/deep'), 'new', 'charter', '--id', 'web', '--team', 'Web');
      assert.equal(result.code, 0, result.stderr);
      assert.ok(existsSync(path.join(dir, 'repo/team-docs/web.charter.yaml')), result.stdout);
    });

    it('a config above the repository root is not used', () => {
      const dir = tempWorkspace({ 'teamcharter.config.yaml': 'root: not-this\n', 'repo/keep.txt': '' });
      mkdirSync(path.join(dir, 'repo/.git'));
      const result = cliWithin(KILL_AFTER, path.join(dir, 'repo'), 'new', 'charter', '--id', 'web', '--team', 'Web');
      assert.equal(result.code, 0, result.stderr);
      assert.ok(existsSync(path.join(dir, 'repo/.team/web.charter.yaml')));
    });

    it('a root outside the repository is a config error, and nothing is written', () => {
      const dir = tempWorkspace({ 'repo/teamcharter.config.yaml': '# shared\nroot: ../elsewhere\n' });
      mkdirSync(path.join(dir, 'repo/.git'));
      const result = cliWithin(KILL_AFTER, path.join(dir, 'repo'), 'new', 'charter', '--id', 'web', '--team', 'Web');
      assert.equal(result.code, 2);
      assert.match(result.stderr, /^teamcharter: config error: teamcharter\.config\.yaml:2:7: root "\.\.\/elsewhere" is outside the repository/);
      assert.equal(stderrLines(result.stderr).length, 1);
      assert.ok(!existsSync(path.join(dir, 'elsewhere')));
    });

    it('a file in the way of the folder to create: says which file, not "already exists"', () => {
      const dir = tempWorkspace({ '.team': 'I am a file\n' });
      const result = cliWithin(KILL_AFTER, dir, 'new', 'charter', '--id', 'web', '--team', 'Web');
      assert.equal(result.code, 2);
      assert.match(result.stderr, /^teamcharter: cannot create the folder \.team: \.team is a file, not a folder\n$/);
    });
  });
});
