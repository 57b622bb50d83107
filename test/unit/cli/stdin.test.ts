/** `lint -`: standard input linted as a file of the team, in place of that file on disk (docs/cli.md "Standard input"). */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { main, type Host } from '../../../src/cli/main';
import { MAX_FILE_BYTES } from '../../../src/core/yaml/yamlFile';
import { buildCli, CLI, copyOfAcme, tempWorkspace } from './cliRun';
import { parseXml } from './xmlParser';

const TODAY = '2026-12-02';
const RETRO = '.team/retros/2026-11-10.retro.yaml';

/** main() in `cwd` with `input` as standard input (none when undefined). */
async function run(cwd: string, input: string | Uint8Array | undefined, ...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const bytes = typeof input === 'string' ? Buffer.from(input) : input;
  const host: Host = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    version: '1.2.3',
    env: {},
    isTTY: false,
    ...(bytes ? { stdin: async () => ({ bytes: bytes.subarray(0, MAX_FILE_BYTES + 1), size: bytes.length }) } : {}),
  };
  const before = process.cwd();
  process.chdir(cwd);
  try {
    return { code: await main(argv, host), stdout, stderr };
  } finally {
    process.chdir(before);
  }
}

interface JsonFinding {
  file: string;
  rule: string;
  line: number;
  message: string;
}
const json = (stdout: string) => JSON.parse(stdout) as JsonFinding[];

describe('lint - (standard input)', function () {
  before(buildCli);

  it('with --stdin-filename, the text stands in for that file: its team sees the text, not the file on disk, and only its findings print', async () => {
    const dir = copyOfAcme();
    const text = readFileSync(path.join(dir, RETRO), 'utf8');
    // As on disk: clean, though another copy of it would clash with it (duplicate-id).
    const same = await run(dir, text, 'lint', '-', '--stdin-filename', RETRO, '-f', 'json', '--today', TODAY);
    assert.deepEqual([same.code, json(same.stdout), same.stderr], [0, [], '']);
    // An edit not saved yet: a new action that reuses the id of an action of another retro of the team.
    const edited = text.replace(/(\n {2}- id: )A-8\b/, '$1A-3');
    assert.notEqual(edited, text);
    const result = await run(dir, edited, 'lint', '-', '--stdin-filename', RETRO, '--format', 'json', '--today', TODAY);
    assert.equal(result.code, 1, result.stderr);
    const findings = json(result.stdout);
    assert.ok(findings.length > 0);
    assert.ok(findings.every((f) => f.file === RETRO));
    assert.ok(
      findings.some((f) => f.rule === 'duplicate-id' && /A-3/.test(f.message)),
      result.stdout,
    );
  });

  it('without a name, <stdin> joins the team its kind and team say, among the files found from the current folder', async () => {
    const dir = copyOfAcme();
    const copy = readFileSync(path.join(dir, RETRO), 'utf8');
    const result = await run(dir, copy, 'lint', '-', '-f', 'json', '--today', TODAY);
    assert.equal(result.code, 1, result.stderr);
    const findings = json(result.stdout);
    assert.ok(findings.every((f) => f.file === '<stdin>'));
    // It is a second copy of a retro of the team: the team's cross-file rules see both.
    assert.ok(
      findings.some((f) => f.rule === 'duplicate-id' && f.message.includes(RETRO)),
      result.stdout,
    );
  });

  it('text that is no team file by its name or kind is skipped with a note, exit 0, as a file named would be', async () => {
    const dir = copyOfAcme();
    const result = await run(dir, 'name: not a charter\n', 'lint', '-', '-f', 'json');
    assert.deepEqual([result.code, json(result.stdout)], [0, []]);
    assert.equal(
      result.stderr,
      'teamcharter: note: skipped <stdin> (standard input): neither a charter nor a retrospective by its name (*.charter.yaml, *.retro.yaml) or its kind\n',
    );
    // The name alone makes it one: broken YAML is then linted and reported.
    const broken = await run(dir, 'kind: [Charter\n', 'lint', '-', '--stdin-filename', '.team/new.charter.yaml', '-f', 'json');
    assert.equal(broken.code, 1);
    assert.ok(json(broken.stdout).every((f) => f.file === '.team/new.charter.yaml'));
  });

  it('every format names the file as --stdin-filename gives it', async () => {
    const dir = copyOfAcme();
    const text = `${readFileSync(path.join(dir, '.team/checkout.charter.yaml'), 'utf8')}\n`;
    const name = 'drafts/next.charter.yaml';
    const outputs: Record<string, string> = {};
    for (const format of ['stylish', 'json', 'sarif', 'github', 'junit', 'gitlab']) {
      const result = await run(dir, text, 'lint', '-', '--stdin-filename', name, '-f', format, '--today', TODAY);
      assert.equal(result.code, 1, `${format}: ${result.stderr}`);
      outputs[format] = result.stdout;
    }
    assert.match(outputs.stylish, /^drafts\/next\.charter\.yaml$/m);
    assert.match(outputs.stylish, /in 1 file of 1\n$/);
    assert.ok(json(outputs.json).every((f) => f.file === name));
    assert.ok(
      (
        JSON.parse(outputs.sarif) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] }
      ).runs[0].results.every((r) => r.locations[0].physicalLocation.artifactLocation.uri === name),
    );
    assert.ok(outputs.github.split('\n').every((line) => line === '' || line.includes(`file=${name},`)));
    const root = parseXml(outputs.junit);
    assert.deepEqual(
      root.children.map((suite) => suite.attributes.name),
      [name],
    );
    assert.ok((JSON.parse(outputs.gitlab) as { location: { path: string } }[]).every((i) => i.location.path === name));
  });

  it('usage errors: - with other paths, --stdin-filename without -, an empty name, no standard input (exit 2, one line)', async () => {
    const dir = copyOfAcme();
    const cases: [string[], string | undefined, RegExp][] = [
      [['lint', '-', '.team'], 'kind: Charter\n', /^teamcharter: - \(standard input\) is linted alone: give no other path with it\n$/],
      [
        ['lint', '--stdin-filename', 'x.charter.yaml'],
        'kind: Charter\n',
        /^teamcharter: --stdin-filename is the name of standard input, which is read only when the path is -\n$/,
      ],
      [['lint', '-', '--stdin-filename', ''], 'kind: Charter\n', /^teamcharter: --stdin-filename needs a file name\n$/],
      [['lint', '-'], undefined, /^teamcharter: standard input cannot be read here\n$/],
    ];
    for (const [argv, input, pattern] of cases) {
      const result = await run(dir, input, ...argv);
      assert.equal(result.code, 2, argv.join(' '));
      assert.equal(result.stdout, '');
      assert.match(result.stderr, pattern);
    }
  });

  it('-o refuses the file standard input stands in for, even by a name that says nothing (exit 2, the file left as it was)', async () => {
    const dir = tempWorkspace({ 'drafts/notes.yaml': 'kind: Charter\nid: web\nteam: Web\n' });
    const result = await run(dir, 'kind: Charter\nid: web\n', 'lint', '-', '--stdin-filename', 'drafts/notes.yaml', '-o', './drafts/../drafts/notes.yaml');
    assert.equal(result.code, 2, result.stdout);
    assert.match(result.stderr, /^teamcharter: -o \.\/drafts\/\.\.\/drafts\/notes\.yaml is the team file drafts\/notes\.yaml, which this run reads/);
    assert.equal(readFileSync(path.join(dir, 'drafts/notes.yaml'), 'utf8'), 'kind: Charter\nid: web\nteam: Web\n');
  });

  it('more than the size cap is reported as too large, like a file would be', async () => {
    const dir = tempWorkspace({ '.team/web.charter.yaml': 'kind: Charter\nid: web\nteam: Web\n' });
    const big = `kind: Retrospective\nteam: web\n# ${'x'.repeat(MAX_FILE_BYTES)}\n`;
    const result = await run(dir, big, 'lint', '-', '-f', 'json');
    assert.equal(result.code, 1, result.stderr);
    assert.ok(
      json(result.stdout).some((f) => /too large|MiB|bytes/i.test(f.message)),
      result.stdout,
    );
  });

  it('in a real process, from a pipe: the bundled CLI reads its standard input', () => {
    const dir = copyOfAcme();
    const text = readFileSync(path.join(dir, RETRO), 'utf8').replace(/(\n {2}- id: )A-8\b/, '$1A-3');
    const result = spawnSync('node', [CLI, 'lint', '-', '--stdin-filename', RETRO, '-f', 'json', '--today', TODAY], {
      cwd: dir,
      input: text,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    assert.equal(result.status, 1, result.stderr);
    const findings = json(result.stdout);
    assert.ok(
      findings.some((f) => f.rule === 'duplicate-id' && f.file === RETRO),
      result.stdout,
    );
  });
});
