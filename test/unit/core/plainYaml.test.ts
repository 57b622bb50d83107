/**
 * The fast reader for plain YAML (src/core/yaml/plainYaml.ts) against `yaml`: when
 * it reads a text, the data and every location a finding can point at must be
 * exactly what `yaml` gives; anything it is not sure of, it leaves to `yaml`.
 * Checked on every fixture and example, on the templates, and on generated
 * text full of the corner cases of YAML's plain style and of flow lists and
 * maps (fast-check; a failure prints the text).
 *
 * The flow test runs a fixed seed in `npm test` (1,500 texts, 2 s). By hand,
 * longer or another seed; it prints how many texts it checked (a million, seed
 * 11: 305,337 read by the fast reader, 442,003 rejected by yaml; 5 minutes):
 *   FUZZ_RUNS=1000000 FUZZ_SEED=11 npx mocha test/unit/core/plainYaml.test.ts -g "flow lists and maps"
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { CHECKED_WITH_YAML, readPlainYaml } from '../../../src/core/yaml/plainYaml';
import { charterTemplate, retroTemplate } from '../../../src/core/format/templates';
import { TeamFile } from '../../../src/core/format/teamFile';
import { YamlFile } from '../../../src/core/yaml/yamlFile';

const ROOT = path.resolve(__dirname, '../../..');
const RUNS = Number(process.env.FUZZ_RUNS ?? 1500);
const SEED = Number(process.env.FUZZ_SEED ?? 20261130);

/** Undefined when the fast reader left the text to yaml; else a difference from yaml, or '' when none. */
function differenceFromYaml(text: string): string | undefined {
  const plain = readPlainYaml(text);
  if (!plain) return undefined;
  const parsed = new YamlFile(text);
  if (parsed.problems.length > 0) return `yaml finds problems: ${parsed.problems.map((p) => p.message).join('; ')}`;
  try {
    assert.deepStrictEqual(plain.data, parsed.data, 'data');
    const table = parsed.locationTable();
    assert.ok(table, 'yaml gives no location table');
    assert.deepStrictEqual([...plain.locations.keys], [...table.keys], 'paths');
    assert.deepStrictEqual([...plain.locations.spans], [...table.spans], 'locations');
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

function yamlFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (name === 'node_modules') continue;
    if (statSync(full).isDirectory()) out.push(...yamlFilesUnder(full));
    else if (/\.ya?ml$/.test(name)) out.push(full);
  }
  return out;
}

describe('the yaml version', () => {
  it('package.json pins yaml to exactly the version the fast reader was checked against, and that one is installed', () => {
    const manifest = JSON.parse(readFileSync(path.join(__dirname, '../../../package.json'), 'utf8'));
    assert.equal(manifest.devDependencies.yaml, CHECKED_WITH_YAML, 'an exact version, not a range');
    assert.equal(JSON.parse(readFileSync(require.resolve('yaml/package.json'), 'utf8')).version, CHECKED_WITH_YAML);
  });
});

describe('the fast reader for plain YAML', () => {
  it('reads every fixture and example exactly as yaml does, or leaves it to yaml', () => {
    const files = [...yamlFilesUnder(path.join(ROOT, 'test/fixtures')), ...yamlFilesUnder(path.join(ROOT, 'examples'))];
    let read = 0;
    for (const file of files) {
      const difference = differenceFromYaml(readFileSync(file, 'utf8'));
      if (difference === undefined) continue;
      read++;
      assert.equal(difference, '', path.relative(ROOT, file));
    }
    // Most are plain: the comparison is not an empty one.
    assert.ok(read > files.length * 0.8, `read ${read} of ${files.length}`);
  });

  it('reads what the templates write', () => {
    const charter = charterTemplate({ id: 'platform', team: 'Platform', today: '2026-12-02' });
    const retros = (['start-stop-continue', 'mad-sad-glad', '4ls'] as const).map((format) =>
      retroTemplate({ team: 'platform', date: '2026-12-02', format, toReview: [], attendees: ['ana', 'ben'], nextActionId: 'A-9' }),
    );
    for (const text of [charter, ...retros]) assert.equal(differenceFromYaml(text), '', text);
  });

  it('leaves to yaml what is not plain, and to the yaml-syntax rule what is wrong', () => {
    const notPlain = [
      'a: |\n  block\n',
      'a: >\n  folded\n',
      'a: one\n  two\n',
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      'a: "es\\"caped"\n',
      "a: 'it''s'\n",
      'a: {b: 1}\n',
      'a: [b,\n  c]\n',
      'a: [b,]\n',
      'a: 1\r\nb: 2\r\n',
      'a:\tb\n',
      'a: 1\na: 2\n',
      '"a": 1\n',
      'a b: 1\n',
      '<<: {b: 1}\n',
      '---\na: 1\n',
      '  a: 1\n',
      '- a\n',
      'a: b: c\n',
      'a: b:\n',
      'a:\n  - b\n c: 1\n',
      'a:\n    b: 1\n  c: 2\n',
      '',
      '# only a comment\n',
    ];
    for (const text of notPlain) assert.equal(readPlainYaml(text), undefined, JSON.stringify(text));
  });

  it('agrees with yaml on generated text', () => {
    let read = 0;
    let runs = 0;
    fc.assert(
      fc.property(plainishYaml(), (text) => {
        runs++;
        const difference = differenceFromYaml(text);
        if (difference !== undefined) read++;
        assert.equal(difference ?? '', '', text);
      }),
      { numRuns: 3000 },
    );
    // The generator makes mostly plain text, so that the agreement is tested, not only the giving up.
    assert.ok(read > runs * 0.3, `read ${read} of ${runs}`);
  });

  it('agrees with yaml on flow lists and maps with indicators in them (-, ?, :), or leaves them to yaml', () => {
    // A flow entry that starts with -, ? or : followed by a space, a comma or a
    // bracket is an indicator for yaml (`[-]` does not parse); anything else is text.
    let read = 0;
    let broken = 0;
    let runs = 0;
    fc.assert(
      fc.property(flowYaml(), (text) => {
        runs++;
        const difference = differenceFromYaml(text);
        if (difference !== undefined) read++;
        else if (new YamlFile(text).problems.length > 0) broken++;
        assert.equal(difference ?? '', '', text);
      }),
      { numRuns: RUNS, seed: SEED },
    );
    if (process.env.FUZZ_RUNS) console.log(`      checked ${runs} texts: ${read} read by the fast reader, ${broken} that yaml rejects`);
    // Both sides are exercised: flows the fast reader reads, and flows yaml rejects.
    assert.ok(read > runs * 0.1 && broken > runs * 0.1, `read ${read}, rejected by yaml ${broken}, of ${runs}`);
  });

  it('leaves a flow list with a lone indicator in it to yaml, which rejects it', () => {
    for (const text of ['supports: [-]\n', 'supports: [x, -]\n', 'supports: [-, b]\n', 'supports: [ - ]\n', 'supports: [-,]\n']) {
      assert.equal(readPlainYaml(text), undefined, text);
      assert.ok(new YamlFile(text).problems.length > 0, text);
    }
    // Text that only starts with a dash is text, in both.
    assert.deepStrictEqual(readPlainYaml('supports: [-x, -1, a - b]\n')?.data, { supports: ['-x', -1, 'a - b'] });
  });

  it('gives a team file the same findings whichever way it was read', () => {
    const file = path.join(ROOT, 'test/fixtures/rules/goal-no-due/fires/.team/platform.charter.yaml');
    const bytes = readFileSync(file);
    const fast = TeamFile.fromBytes('platform.charter.yaml', bytes, bytes.length, true);
    const parsed = TeamFile.fromBytes('platform.charter.yaml', bytes);
    assert.ok(fast.compacted && !parsed.compacted);
    assert.deepStrictEqual(fast.data, parsed.data);
    for (const anchor of ['value', 'key', 'missing'] as const) {
      for (const at of [['goals', 1, 'due'], ['goals', 0], ['goals', 0, 'owner'], ['members', 9, 'name', 'x'], []]) {
        assert.deepStrictEqual(fast.locate(at, anchor), parsed.locate(at, anchor), `${anchor} ${JSON.stringify(at)}`);
      }
    }
  });
});

/** Text in YAML's block style, mostly plain, with the corner cases of keys, scalars, nulls, comments and indents. */
function plainishYaml(): fc.Arbitrary<string> {
  // Mostly what plain files hold, now and then a corner case: text where one node is not plain is left to yaml.
  const rarely = <T>(common: fc.Arbitrary<T>, corner: fc.Arbitrary<T>): fc.Arbitrary<T> =>
    fc.oneof({ weight: 30, arbitrary: common }, { weight: 1, arbitrary: corner });
  const keys = rarely(
    fc.constantFrom('id', 'title', 'owner', 'due', 'a', 'b-c', 'x_y', 'Key', 'on'),
    fc.constantFrom('null', 'true', '__proto__', '1a', 'a b'),
  );
  const scalars = rarely(
    fc.constantFrom(
      'G1',
      'Plain text here',
      '2026-05-11',
      '1',
      '012',
      '-5',
      '+3',
      '0x1F',
      '0o17',
      '1.5',
      '.5',
      '1e3',
      '.inf',
      '-.Inf',
      '.nan',
      'true',
      'False',
      'TRUE',
      'null',
      '~',
      'NULL',
      'yes',
      'off',
      'a:b',
      'C#',
      'a #b',
      'a#b',
      'http://x.org/a?b=1',
      '"quoted"',
      '"with # hash"',
      "'single'",
      '[a, b]',
      '[]',
      '[ a ,b ]',
      '["x y", \'z\']',
      '[1, true, null]',
      '-x',
      'ünïcode ✓',
      'a, b',
      'a]b',
      'x  ',
    ),
    fc.constantFrom(
      'a: b',
      'a:',
      "'it''s'",
      '"a\\"b"',
      '"unclosed',
      '[a,]',
      '[a, [b]]',
      '{a: 1}',
      '{}',
      '&anchor v',
      '*alias',
      '!tag v',
      '|',
      '>',
      '- x',
      '?x',
      ':x',
      '%x',
      '@x',
      '`x',
      '[a] b',
    ),
  );
  const comment = rarely(fc.constantFrom('', '', '', '', ' # note', '  #note'), fc.constant('#tight'));
  const gap = fc.oneof(
    { weight: 4, arbitrary: fc.constant([]) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom('', '# a comment line', '   # indented comment', '  '), { maxLength: 2 }) },
  );
  const offset = rarely(fc.constant(0), fc.constantFrom(1, -1));

  const node = fc.letrec<{ map: string[]; seq: string[]; value: string[] }>((tie) => ({
    // A value: lines whose first line follows "key:" or "-" (its first element is what stays on that line).
    value: fc.oneof(
      { depthSize: 'small' },
      { weight: 5, arbitrary: fc.tuple(scalars, comment).map(([s, c]) => [` ${s}${c}`]) },
      { weight: 1, arbitrary: fc.tuple(comment, fc.constantFrom('', '  ')).map(([c, spaces]) => [`${spaces}${c}`]) },
      { weight: 2, arbitrary: fc.tuple(comment, tie('map')).map(([c, lines]) => [c, ...lines.map((l) => `  ${l}`)]) },
      { weight: 2, arbitrary: fc.tuple(comment, tie('seq'), fc.boolean()).map(([c, lines, same]) => [c, ...lines.map((l) => (same ? l : `  ${l}`))]) },
    ),
    // Keys differ within a map: a repeated key is yaml's to report (see above).
    map: fc
      .uniqueArray(fc.tuple(keys, rarely(fc.constant(':'), fc.constant(' :')), tie('value'), gap, offset), {
        minLength: 1,
        maxLength: 3,
        selector: ([key]) => key,
      })
      .map((entries) =>
        entries.flatMap(([key, colon, [first, ...rest], blanks, shift]) => [
          ...blanks,
          `${shift > 0 ? ' ' : ''}${key}${colon}${first}`,
          ...rest.map((l) => (shift < 0 ? l.slice(1) : l)),
        ]),
      ),
    seq: fc
      .array(fc.tuple(tie('value'), tie('map'), fc.boolean(), gap), { minLength: 1, maxLength: 3 })
      .map((items) =>
        items.flatMap(([[first, ...rest], map, compact, blanks]) =>
          compact ? [...blanks, `- ${map[0]}`, ...map.slice(1).map((l) => `  ${l}`)] : [...blanks, `-${first}`, ...rest],
        ),
      ),
  }));
  return fc.tuple(node.map, fc.constantFrom('\n', '', '\n\n', '\n# end\n')).map(([lines, end]) => lines.join('\n') + end);
}

/**
 * Plain documents with a flow list or map in them, whose entries are the
 * tokens that mean something at the start of a flow entry (-, ?, :), with and
 * without a space after them, quotes, commas and nested flows.
 */
function flowYaml(): fc.Arbitrary<string> {
  const token = fc.constantFrom(
    '-',
    '?',
    ':',
    '- x',
    '-x',
    '?x',
    ':x',
    'x:',
    'x: y',
    'x:y',
    '- ',
    '? x',
    ': x',
    '-1',
    'a',
    'b c',
    'a-b',
    '1',
    'null',
    '"x"',
    "'x'",
    '"-"',
    "'?'",
    '": "',
    '"a, b"',
    "'['",
    '',
  );
  const space = fc.constantFrom('', '', ' ', '  ');
  const comma = fc.constantFrom(',', ', ', ' , ', ',,');
  const flow = fc.letrec<{ entry: string; seq: string; map: string }>((tie) => ({
    entry: fc.oneof({ maxDepth: 3 }, { weight: 6, arbitrary: token }, { weight: 1, arbitrary: tie('seq') }, { weight: 1, arbitrary: tie('map') }),
    seq: fc
      .tuple(space, fc.array(fc.tuple(tie('entry'), comma), { maxLength: 4 }), tie('entry'), space, fc.constantFrom('', '', ','))
      .map(([open, items, last, close, trailing]) => `[${open}${items.map(([e, c]) => e + c).join('')}${last}${trailing}${close}]`),
    map: fc
      .tuple(space, fc.array(fc.tuple(tie('entry'), fc.constantFrom('', ': ', ':', ' : '), tie('entry'), comma), { maxLength: 3 }), space)
      .map(([open, entries, close]) => `{${open}${entries.map(([k, colon, v, c]) => (colon ? k + colon + v : k) + c).join('')}${close}}`),
  }));
  // Mostly lists of ordinary entries, so that the fast reader reads a good share of them.
  const plainSeq = fc
    .array(fc.constantFrom('a', 'b c', '-x', '1', '"x"', "'y'", 'a-b', 'x:y'), { minLength: 1, maxLength: 4 })
    .map((items) => `[${items.join(', ')}]`);
  const value = fc.oneof(
    { weight: 2, arbitrary: plainSeq },
    { weight: 3, arbitrary: flow.seq },
    { weight: 1, arbitrary: flow.map },
    { weight: 1, arbitrary: flow.entry },
  );
  const comment = fc.constantFrom('', '', ' # note');
  const place = fc.constantFrom(
    (v: string) => `supports: ${v}`,
    (v: string) => `goals:\n  - id: G1\n    supports: ${v}\n  - ${v}`,
    (v: string) => `outer:\n  inner: ${v}\n  after: text`,
  );
  return fc
    .tuple(place, value, comment, fc.constantFrom('', 'title: Plain text\n'), fc.constantFrom('\n', '\nnext: [a, b]\n'))
    .map(([at, v, note, before, after]) => `id: G1\n${before}${at(v + note)}${after}`);
}
