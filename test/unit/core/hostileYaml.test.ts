/**
 * Hostile and unusual YAML (issue 12): the right diagnosis for each (undefined
 * aliases, UTF-16, tagged values, complex keys), merge keys applied with
 * positions and edits that still work, and unknown config keys such as
 * __proto__ caught.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ConfigError, parseConfig } from '../../../src/core/engine/config';
import { TeamFile } from '../../../src/core/format/teamFile';
import type { Finding } from '../../../src/core/base/types';
import { Workspace } from '../../../src/core/engine/workspace';
import { applyYamlEdits, YamlEditError } from '../../../src/core/yaml/yamlEdit';
import { HEALTHY, TODAY, lineOf } from '../helpers';
import { RULES } from '../../../src/core/rules';

const CHARTER = '.team/platform.charter.yaml';

function lint(file: TeamFile): Finding[] {
  const workspace = new Workspace({ today: TODAY, rules: RULES });
  workspace.update(file);
  return workspace.lintFile(file.path)!.findings;
}

function only(findings: Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

/** Process warnings emitted while `run` runs (they are printed on stderr by Node). */
async function processWarnings(run: () => void): Promise<string[]> {
  const seen: string[] = [];
  const listener = (warning: Error) => seen.push(warning.message);
  process.on('warning', listener);
  try {
    run();
    // emitWarning reports on a later tick.
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
  } finally {
    process.off('warning', listener);
  }
  return seen;
}

describe('hostile YAML', () => {
  describe('the right diagnosis', () => {
    it('an undefined alias says which anchor is missing, not "alias bomb"', () => {
      const text = 'kind: Charter\nid: platform\npurpose:\n  statement: *mission\n';
      const findings = lint(TeamFile.fromText(CHARTER, text));
      assert.deepEqual(
        findings.map((f) => [f.rule, f.range.line]),
        [['yaml-syntax', 4]],
      );
      assert.match(findings[0].message, /\*mission/);
      assert.match(findings[0].message, /no anchor &mission/);
      assert.doesNotMatch(findings[0].message, /bomb/);
    });

    it('an alias used before its anchor is the same mistake', () => {
      const findings = lint(TeamFile.fromText(CHARTER, 'kind: Charter\nid: platform\nteam: *name\nx: &name Platform\n'));
      assert.deepEqual(
        findings.map((f) => [f.rule, f.range.line]),
        [['yaml-syntax', 3]],
      );
      assert.match(findings[0].message, /no anchor &name before it/);
    });

    it('a merge key (<<) with something that is not a map says so', () => {
      const findings = lint(TeamFile.fromText(CHARTER, 'kind: Charter\nid: platform\npurpose:\n  <<: 5\n'));
      assert.deepEqual(
        findings.map((f) => [f.rule, f.range.line]),
        [['yaml-syntax', 4]],
      );
      assert.match(findings[0].message, /<<.*a map/);
    });

    const utf16: [string, Buffer][] = [
      ['UTF-16 LE with a byte order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('kind: Charter\nid: platform\n', 'utf16le')])],
      ['UTF-16 BE with a byte order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('kind: Charter\nid: platform\n', 'utf16le').swap16()])],
      ['UTF-16 LE without one (NUL in every other byte)', Buffer.from('kind: Charter\nid: platform\n', 'utf16le')],
      ['UTF-16 BE without one', Buffer.from('kind: Charter\nid: platform\n', 'utf16le').swap16()],
    ];
    for (const [name, bytes] of utf16) {
      it(`${name}: "UTF-16; save it as UTF-8", not binary`, () => {
        const findings = lint(TeamFile.fromBytes(CHARTER, bytes));
        assert.deepEqual(
          findings.map((f) => f.rule),
          ['yaml-syntax'],
        );
        assert.match(findings[0].message, /UTF-16; save it as UTF-8/);
        assert.doesNotMatch(findings[0].message, /binary/);
      });
    }

    it('a real binary file is still called binary', () => {
      const findings = lint(TeamFile.fromBytes(CHARTER, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])));
      assert.match(findings[0].message, /binary/);
    });

    it('!!timestamp and !!binary values are named for what they are, not "a map of fields"', () => {
      const text = 'kind: Charter\nid: platform\nupdated: !!timestamp 2026-11-30\nteam: !!binary aGVsbG8=\n';
      const schema = only(lint(TeamFile.fromText(CHARTER, text)), 'schema');
      assert.equal(schema.length, 2, JSON.stringify(schema));
      const [updated, team] = schema;
      assert.match(updated.message, /^updated: expected a date as YYYY-MM-DD, found a !!timestamp value/);
      assert.match(team.message, /^team: expected text, found binary data \(!!binary\)/);
      for (const f of schema) assert.doesNotMatch(f.message, /map of fields/);
    });

    it('a key that is a list or a map is a finding at the key; the yaml library prints nothing', async () => {
      let findings: Finding[] = [];
      const warnings = await processWarnings(() => {
        findings = lint(TeamFile.fromText(CHARTER, 'kind: Charter\nid: platform\n? [a, b]\n: 1\n'));
      });
      assert.deepEqual(warnings, []);
      assert.deepEqual(
        findings.map((f) => [f.rule, f.range.line]),
        [['yaml-syntax', 3]],
      );
      assert.match(findings[0].message, /key .*list or a map/);
    });

    it('unknown tags are read as their plain value, silently', async () => {
      let findings: Finding[] = [];
      const warnings = await processWarnings(() => {
        findings = lint(TeamFile.fromText(CHARTER, 'kind: Charter\nid: platform\nteam: !fancy Platform\n'));
      });
      assert.deepEqual(warnings, []);
      assert.ok(!findings.some((f) => f.rule === 'yaml-syntax' || f.rule === 'schema'), JSON.stringify(findings));
    });
  });

  it('a broken flow collection over many lines: every position stays inside the file (found by the fuzz test)', () => {
    const text = `[${readFileSync(path.join(HEALTHY, '.team/platform.charter.yaml'), 'utf8').replace('measure:', 'measure:}')}`;
    const lines = text.split('\n');
    const findings = lint(TeamFile.fromText(CHARTER, text));
    assert.ok(findings.length > 3);
    for (const f of findings) {
      assert.ok(f.range.endLine <= lines.length && f.range.endColumn <= lines[f.range.endLine - 1].length + 1, `${f.message} at ${JSON.stringify(f.range)}`);
    }
  });

  describe('merge keys (<<) are applied, as YAML 1.1 defines them', () => {
    const text = [
      'kind: Charter',
      'id: platform',
      'priorities:',
      '  - id: P1',
      '    title: Speed',
      'members:',
      '  - name: dana',
      'goals:',
      '  - &base',
      '    id: G1',
      '    title: Fast builds',
      '    supports: [P1]',
      '    owner: nobody',
      '    measure: Builds under 5 minutes',
      '    due: 2027-03-31',
      '  - <<: *base',
      '    id: G2',
      '    title: Fast deploys',
      '',
    ].join('\n');

    it('merged fields count as given, and explicit keys win over merged ones', () => {
      const file = TeamFile.fromText(CHARTER, text);
      const goals = file.data!.goals as Record<string, unknown>[];
      assert.deepEqual(goals[1], { id: 'G2', title: 'Fast deploys', supports: ['P1'], owner: 'nobody', measure: 'Builds under 5 minutes', due: '2027-03-31' });
      const findings = lint(file);
      for (const rule of ['goal-no-owner', 'goal-no-measure', 'goal-no-due', 'goal-no-priority', 'schema']) assert.deepEqual(only(findings, rule), [], rule);
    });

    it('a finding about a merged field points where the value is written', () => {
      const owners = only(lint(TeamFile.fromText(CHARTER, text)), 'owner-not-member');
      assert.equal(owners.length, 2, JSON.stringify(owners));
      for (const f of owners) assert.deepEqual([f.range.line, f.range.column], [lineOf(text, 'owner: nobody'), 12]);
    });

    it('edits: setting a merged field overrides it in that item only', () => {
      const edited = applyYamlEdits(text, [{ op: 'set', path: ['goals', 1, 'owner'], value: 'dana' }]);
      const goals = TeamFile.fromText(CHARTER, edited).data!.goals as Record<string, unknown>[];
      assert.equal(goals[1].owner, 'dana');
      assert.equal(goals[0].owner, 'nobody', 'the anchor is not edited');
      assert.match(edited, /<<: \*base/);
    });

    it('edits: appending to a merged list keeps the merged items, in that item only', () => {
      const withP2 = text.replace('    title: Speed\n', '    title: Speed\n  - id: P2\n    title: Safety\n');
      const edited = applyYamlEdits(withP2, [{ op: 'append', path: ['goals', 1, 'supports'], value: 'P2' }]);
      const goals = TeamFile.fromText(CHARTER, edited).data!.goals as Record<string, unknown>[];
      assert.deepEqual(goals[1].supports, ['P1', 'P2']);
      assert.deepEqual(goals[0].supports, ['P1']);
    });

    it("edits: setting a field inside a merged map keeps the map's other merged fields", () => {
      const growth =
        'kind: Charter\nid: platform\nmembers:\n  - &dana\n    name: dana\n    growth: {aspiration: Lead, stretch: Planning}\n  - <<: *dana\n    name: lee\n';
      const edited = applyYamlEdits(growth, [{ op: 'set', path: ['members', 1, 'growth', 'coach'], value: 'dana' }]);
      const members = TeamFile.fromText(CHARTER, edited).data!.members as Record<string, unknown>[];
      assert.deepEqual(members[1].growth, { aspiration: 'Lead', stretch: 'Planning', coach: 'dana' });
      assert.deepEqual(members[0].growth, { aspiration: 'Lead', stretch: 'Planning' });
    });

    it('edits: deleting a field that only comes from a merge is refused with a reason', () => {
      assert.throws(
        () => applyYamlEdits(text, [{ op: 'delete', path: ['goals', 1, 'measure'] }]),
        (error: Error) => error instanceof YamlEditError && /merge key/.test(error.message),
      );
    });

    /** A charter whose goals each merge the one before: G0 has the fields, G1..G(n-1) each change the id. */
    const chain = (n: number) => {
      const goals = ['  - &g0 {id: G0, title: Fast builds, owner: dana, measure: Builds under 5 minutes, due: 2027-03-31}'];
      for (let i = 1; i < n; i++) goals.push(`  - &g${i} {<<: *g${i - 1}, id: G${i}}`);
      return `kind: Charter\nid: platform\nmembers:\n  - name: dana\ngoals:\n${goals.join('\n')}\n`;
    };

    it('an honest chain of 60 merges, each map merging the one before, is read, not called an alias bomb', () => {
      const findings = lint(TeamFile.fromText(CHARTER, chain(60)));
      assert.deepEqual(only(findings, 'yaml-syntax'), []);
      assert.deepEqual(only(findings, 'goal-no-owner'), [], 'G59 has the owner G0 gave, through 59 merges');
      const goals = TeamFile.fromText(CHARTER, chain(60)).data!.goals as { id: string; owner: string }[];
      assert.deepEqual([goals.length, goals[59].id, goals[59].owner], [60, 'G59', 'dana']);
    });

    it('a chain of merges too long to read says so, at its last merge key, and quickly', () => {
      const started = process.hrtime.bigint();
      const findings = lint(TeamFile.fromText(CHARTER, chain(400)));
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      assert.ok(ms < 2000, `took ${ms} ms`);
      assert.deepEqual(
        findings.map((f) => [f.rule, f.range.line, f.range.column]),
        [['yaml-syntax', 405, 12]],
      );
      assert.equal(findings[0].message, 'merge keys (<<) chain 399 maps deep here, each merging the one before: too long to read; merge from fewer levels');
    });

    it('merges that double the data level by level are an alias bomb, found quickly', () => {
      const lines = ['kind: Charter', 'id: platform', 'a: &a {x: 1, y: 2}'];
      for (let i = 1; i <= 12; i++)
        lines.push(
          `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} {<<: [${Array(4)
            .fill(`*${String.fromCharCode(96 + i)}`)
            .join(', ')}]}`,
        );
      const started = process.hrtime.bigint();
      const findings = lint(TeamFile.fromText(CHARTER, `${lines.join('\n')}\n`));
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      assert.ok(ms < 2000, `took ${ms} ms`);
      assert.deepEqual(
        findings.map((f) => f.rule),
        ['yaml-syntax'],
      );
      assert.match(findings[0].message, /this looks like an alias bomb/);
    });
  });

  describe('config: keys that are not rules', () => {
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      it(`rules: { ${key}: off } is an unknown rule`, () => {
        assert.throws(
          () => parseConfig('c.yaml', `rules:\n  ${key}: off\n`, RULES),
          (error: Error) => error instanceof ConfigError && error.detail.startsWith(`unknown rule "${key}"`) && error.range?.line === 2,
        );
      });
    }

    it('rules: { __proto__: { severity: off } } is an unknown rule too', () => {
      assert.throws(() => parseConfig('c.yaml', 'rules:\n  __proto__: { severity: off }\n', RULES), /unknown rule "__proto__"/);
    });

    for (const name of ['__proto__', 'constructor']) {
      it(`an option named ${name} is an unknown option`, () => {
        assert.throws(
          () => parseConfig('c.yaml', `rules:\n  action-carried-too-long: { severity: error, ${name}: 3 }\n`, RULES),
          new RegExp(`has no option "${name}"`),
        );
      });
    }
  });
});
