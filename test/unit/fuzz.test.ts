/**
 * Property-based fuzzing (issue 12) with fast-check: mutated fixtures, random
 * YAML-ish text, random bytes and random file names, through the engine and
 * every output. For every input: nothing throws, each input takes bounded
 * time, every finding lies inside its file, JSON, SARIF and GitLab JSON parse,
 * JUnit is well-formed XML (a real parser reads it), and the
 * human and CI outputs carry no raw control character.
 *
 * `npm test` runs a fixed seed in seconds. By hand, longer or another seed:
 *   FUZZ_RUNS=20000 FUZZ_SEED=7 npx mocha test/unit/fuzz.test.ts
 * A failure prints the seed and the path to replay it (fast-check's report).
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { formatGithub } from '../../src/cli/format/github';
import { formatGitlab } from '../../src/cli/format/gitlab';
import { formatJunit } from '../../src/cli/format/junit';
import { formatJson } from '../../src/cli/format/json';
import { formatSarif } from '../../src/cli/format/sarif';
import { formatStylish } from '../../src/cli/format/stylish';
import { main } from '../../src/cli/main';
import { teamInsights } from '../../src/core/insights/insights';
import { renderReport } from '../../src/core/report';
import { overallScore, stepScores } from '../../src/core/engine/score';
import { TeamFile } from '../../src/core/format/teamFile';
import type { Finding, Range } from '../../src/core/base/types';
import { Workspace } from '../../src/core/engine/workspace';
import { LINE_BREAK } from '../../src/core/yaml/yamlFile';
import { FIXTURES, TODAY } from './helpers';
import { parseXmlDocuments } from './cli/xmlParser';
import { RULES } from '../../src/core/rules';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
/** Generous: a typical input takes a few milliseconds. */
const MAX_MS_PER_INPUT = 3000;

/** Every fixture team: its folder's files as [path, text]. */
function fixtureTeams(): [string, string][][] {
  const folders = [path.join(FIXTURES, 'healthy'), path.join(FIXTURES, 'report/workspace'), path.resolve(FIXTURES, '../../examples/acme')];
  return folders.map((folder) =>
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
      .map((entry) => {
        const full = path.join(entry.parentPath, entry.name);
        return [path.relative(folder, full).split(path.sep).join('/'), readFileSync(full, 'utf8')] as [string, string];
      }),
  );
}

const TEAMS = fixtureTeams().map((files) => files.filter(([file]) => /\.(charter|retro)\.ya?ml$/.test(file)));
/** Parsed once: a TeamFile never changes, so the unmutated files of a team are shared between runs. */
const PARSED = new Map<string, TeamFile>();
function parsedOnce(file: string, text: string): TeamFile {
  const key = `${file}\0${text}`;
  let parsed = PARSED.get(key);
  if (!parsed) PARSED.set(key, (parsed = TeamFile.fromText(file, text)));
  return parsed;
}

// Characters that matter to YAML, controls that matter to terminals, and some text.
const YAMLISH = [
  ...':-?[]{}&*!|>#\'"%@`,<= \n\n\n  \t\r\\/.~',
  '\u0000',
  '\u001b',
  '\u0007',
  '\u0085',
  '\u2028',
  '\u202e',
  '\ufeff',
  'é',
  '✔',
  '𝒳',
  'a',
  'k',
  '1',
  'id',
  'G1',
  'A-1',
  '<<',
  'kind',
  'Charter',
  'Retrospective',
  '2026-11-30',
  'null',
  '~',
  'true',
  '!!timestamp',
  '!!binary',
  '!!set',
  '!!omap',
  '---',
  '...',
  '%YAML 1.1',
];
const yamlishText = (maxLength: number) => fc.array(fc.constantFrom(...YAMLISH), { maxLength }).map((parts) => parts.join(''));

type Mutation = { op: 'insert' | 'delete' | 'duplicate' | 'replaceLine' | 'swapLines' | 'indent'; at: number; length: number; text: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('insert', 'delete', 'duplicate', 'replaceLine', 'swapLines', 'indent'),
  at: fc.nat(),
  length: fc.nat({ max: 60 }),
  text: yamlishText(12),
});

function mutate(text: string, m: Mutation): string {
  const at = text.length === 0 ? 0 : m.at % (text.length + 1);
  const lines = text.split('\n');
  const line = lines.length === 0 ? 0 : m.at % lines.length;
  switch (m.op) {
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'duplicate':
      return text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length);
    case 'replaceLine':
      lines[line] = m.text;
      return lines.join('\n');
    case 'swapLines': {
      const other = (line + 1 + m.length) % lines.length;
      [lines[line], lines[other]] = [lines[other], lines[line]];
      return lines.join('\n');
    }
    case 'indent':
      lines[line] = ' '.repeat(m.length % 7) + lines[line].trimStart();
      return lines.join('\n');
  }
}

function assertInside(range: Range, text: string, where: string): void {
  // Lines as an editor has them: a lone CR ends one too.
  const lines = text.split(LINE_BREAK);
  const within = (line: number, column: number) =>
    Number.isInteger(line) && Number.isInteger(column) && line >= 1 && line <= lines.length && column >= 1 && column <= lines[line - 1].length + 1;
  assert.ok(within(range.line, range.column), `${where}: start ${range.line}:${range.column} outside the file`);
  assert.ok(within(range.endLine, range.endColumn), `${where}: end ${range.endLine}:${range.endColumn} outside the file`);
  assert.ok(range.endLine > range.line || (range.endLine === range.line && range.endColumn >= range.column), `${where}: ends before it starts`);
}

/** Control characters other than the line breaks between lines of output. */
function assertNoRawControls(text: string, where: string): void {
  const raw = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/.exec(text);
  assert.equal(raw, null, `${where}: raw control character U+${raw?.[0].charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The JUnit outputs of a property's runs, parsed all at once by a real XML parser at its end (one process, not one per run). */
const junitOutputs: string[] = [];

function assertJunitWellFormed(): void {
  const documents = junitOutputs.splice(0);
  const parsed = parseXmlDocuments(documents);
  parsed.forEach((result, i) =>
    assert.ok(!('error' in result), `junit is not well-formed XML (${'error' in result ? result.error : ''}):\n${documents[i].slice(0, 2000)}`),
  );
}

/** Lint a set of files and put the results through every output; checks every property. */
function checkEverything(files: TeamFile[]): void {
  const started = Date.now();
  const workspace = new Workspace({ today: TODAY, rules: RULES });
  for (const file of files) workspace.update(file);
  const results = workspace.lintAll();
  const findings: Finding[] = [];
  const texts = new Map(files.map((file) => [file.path, file.text]));
  for (const result of results.values()) {
    for (const finding of result.findings) {
      findings.push(finding);
      assertInside(finding.range, texts.get(finding.file) ?? '', `${finding.file} ${finding.rule}`);
      for (const related of finding.related ?? [])
        assertInside(related.range, texts.get(related.file) ?? '', `${finding.file} ${finding.rule} related ${related.file}`);
    }
    stepScores(result.tally).forEach((s) => assert.ok(s.score === null || (s.score >= 0 && s.score <= 100)));
    overallScore(result.tally);
  }
  const stylish = formatStylish(findings, files.length, { enabled: false });
  assertNoRawControls(stylish, 'stylish');
  assert.ok(Array.isArray(JSON.parse(formatJson(findings))));
  assert.equal(JSON.parse(formatSarif(findings, '0.0.0')).runs[0].results.length, findings.length);
  const github = formatGithub(findings);
  assertNoRawControls(github, 'github');
  const junit = formatJunit(
    findings,
    files.map((file) => file.path),
  );
  assertNoRawControls(junit, 'junit');
  junitOutputs.push(junit);
  assert.equal(JSON.parse(formatGitlab(findings, '/')).length, findings.length);
  assert.ok(
    github.split('\n').every((line) => line === '' || line.startsWith('::')),
    'github: one workflow command per line',
  );
  for (const team of workspace.allTeams()) {
    const insights = teamInsights(workspace, team.id);
    if (!insights) continue;
    assertNoRawControls(renderReport(insights, 'md'), 'markdown report');
    renderReport(insights, 'html');
  }
  const ms = Date.now() - started;
  assert.ok(ms < MAX_MS_PER_INPUT, `took ${ms} ms`);
}

describe(`fuzz (fast-check, seed ${SEED}, ${RUNS} runs per property)`, function () {
  this.timeout(Math.max(60_000, RUNS * 400));
  const options = { seed: SEED, numRuns: RUNS };

  it('mutated fixtures, with the rest of their team', () => {
    const arbitrary = fc.record({
      team: fc.nat({ max: TEAMS.length - 1 }),
      file: fc.nat(),
      mutations: fc.array(mutation, { minLength: 1, maxLength: 8 }),
    });
    fc.assert(
      fc.property(arbitrary, ({ team, file, mutations }) => {
        const members = TEAMS[team];
        const target = file % members.length;
        const files = members.map(([name, text], i) => (i === target ? TeamFile.fromText(name, mutations.reduce(mutate, text)) : parsedOnce(name, text)));
        checkEverything(files);
      }),
      options,
    );
    assertJunitWellFormed();
  });

  it('random YAML-ish text as a charter and as a retro', () => {
    fc.assert(
      fc.property(yamlishText(300), fc.boolean(), (text, charter) => {
        checkEverything([TeamFile.fromText(charter ? 'x.charter.yaml' : 'x.retro.yaml', text)]);
      }),
      options,
    );
    assertJunitWellFormed();
  });

  it('random bytes (and bytes that start like UTF-16 or carry NULs)', () => {
    const prefix = fc.constantFrom(new Uint8Array([]), new Uint8Array([0xff, 0xfe]), new Uint8Array([0xfe, 0xff]), new Uint8Array([0xef, 0xbb, 0xbf]));
    fc.assert(
      fc.property(prefix, fc.uint8Array({ maxLength: 400 }), (head, body) => {
        const bytes = new Uint8Array(head.length + body.length);
        bytes.set(head);
        bytes.set(body, head.length);
        checkEverything([TeamFile.fromBytes('x.retro.yaml', bytes), parsedOnce(TEAMS[0][0][0], TEAMS[0][0][1])]);
      }),
      options,
    );
    assertJunitWellFormed();
  });

  it('random file names on disk, through the CLI: lint in every format, and score', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'teamcharter-fuzz-'));
    const charter = TEAMS[0].find(([file]) => file.endsWith('.charter.yaml'))!;
    const retro = TEAMS[0].find(([file]) => file.endsWith('.retro.yaml'))!;
    let run = 0;
    // A name is any bytes but "/" and NUL (what a file system allows), often ending like a team file.
    const name = fc
      .tuple(fc.uint8Array({ minLength: 1, maxLength: 30 }), fc.constantFrom('.retro.yaml', '.charter.yaml', '.yaml', ''))
      .map(([bytes, ending]) => Buffer.concat([Buffer.from(bytes.map((b) => (b === 0x2f || b === 0 ? 0x5f : b))), Buffer.from(ending)]))
      .filter((n) => n.toString('latin1') !== '.' && n.toString('latin1') !== '..');
    try {
      await fc.assert(
        fc.asyncProperty(name, fc.boolean(), async (fileName, asFolder) => {
          const dir = path.join(root, String(run++));
          mkdirSync(path.join(dir, '.team'), { recursive: true });
          writeFileSync(path.join(dir, '.team', charter[0].split('/').pop()!), charter[1]);
          // As a folder name, the retro goes inside it.
          const parent = Buffer.concat([Buffer.from(path.join(dir, '.team/')), fileName]);
          if (asFolder) {
            mkdirSync(parent);
            writeFileSync(Buffer.concat([parent, Buffer.from('/2026-11-30.retro.yaml')]), retro[1]);
          } else writeFileSync(parent, retro[1]);
          const started = Date.now();
          for (const args of [
            ['lint', '--format', 'stylish'],
            ['lint', '--format', 'json'],
            ['lint', '--format', 'sarif'],
            ['lint', '--format', 'github'],
            ['lint', '--format', 'junit'],
            ['lint', '--format', 'gitlab'],
            ['score'],
            ['score', '--format', 'json'],
          ]) {
            let stdout = '';
            let stderr = '';
            const code = await main([...args, dir, '--today', TODAY], {
              stdout: (t) => (stdout += t),
              stderr: (t) => (stderr += t),
              version: '0',
              env: {},
              isTTY: false,
            });
            const what = `${args.join(' ')} on ${JSON.stringify(fileName.toString('latin1'))}`;
            assert.ok(code === 0 || code === 1, `${what}: exit ${code}: ${stderr}`);
            assert.doesNotMatch(stderr, /internal error|cannot read/, what);
            assertNoRawControls(stderr, `${what} stderr`);
            if (args.includes('json') || args.includes('sarif') || args.includes('gitlab')) JSON.parse(stdout);
            else assertNoRawControls(stdout, what);
            if (args.includes('junit')) junitOutputs.push(stdout);
          }
          assert.ok(Date.now() - started < MAX_MS_PER_INPUT * 8, 'bounded time');
          rmSync(dir, { recursive: true, force: true });
        }),
        { ...options, numRuns: Math.ceil(RUNS / 3) },
      );
      assertJunitWellFormed();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
