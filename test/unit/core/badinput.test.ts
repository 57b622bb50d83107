/** Files that are broken in every way a file can be: one clear finding each, never an exception or a hang. */
import { strict as assert } from 'node:assert';
import { TeamFile } from '../../../src/core/format/teamFile';
import type { Finding } from '../../../src/core/base/types';
import { Workspace } from '../../../src/core/engine/workspace';
import { TODAY, lineOf } from '../helpers';
import { RULES } from '../../../src/core/rules';

/** Lint one file on its own; returns its findings. */
function lint(file: TeamFile): Finding[] {
  const workspace = new Workspace({ today: TODAY, rules: RULES });
  workspace.update(file);
  return workspace.lintFile(file.path)!.findings;
}

function summary(findings: Finding[]): string[] {
  return findings.map((f) => `${f.range.line}:${f.range.column} ${f.rule}`);
}

const MiB = 1024 * 1024;

describe('bad input', () => {
  it('invalid YAML: one yaml-syntax finding per parser error, at its line, and no other finding', () => {
    const text = [
      'kind: Charter', //
      'id: platform',
      'purpose:',
      '  statement: Make every deploy boring.',
      ' why: Deploy pain costs our customers features.',
      'goals:',
      '  - id: G1',
      '    title: Decide: canary or blue-green',
      '',
    ].join('\n');
    const findings = lint(TeamFile.fromText('.team/platform.charter.yaml', text));
    assert.deepStrictEqual(summary(findings), ['5:1 yaml-syntax', '8:12 yaml-syntax']);
    assert.match(findings[0].message, /same column/);
    assert.equal(findings[0].severity, 'error');
    // Unreadable, so it has no team and takes no part in cross-file checks.
    assert.equal(TeamFile.fromText('.team/platform.charter.yaml', text).teamId, undefined);
  });

  it('duplicate keys and several documents are syntax errors too', () => {
    assert.deepStrictEqual(summary(lint(TeamFile.fromText('r.retro.yaml', 'kind: Retrospective\nteam: platform\ndate: 2026-11-30\ndate: 2026-12-01\n'))), [
      '4:1 yaml-syntax',
    ]);
    assert.deepStrictEqual(summary(lint(TeamFile.fromText('c.charter.yaml', 'kind: Charter\nid: a\n---\nkind: Charter\nid: b\n'))), ['3:1 yaml-syntax']);
  });

  it('wrong types: the schema message names the field, what was expected and what was found', () => {
    const text = [
      'kind: Charter',
      'version: 1',
      'id: platform',
      'purpose: Make every deploy boring.',
      'goals:',
      '  - id: G1',
      '    supports: P1',
      '    owner: [dana, lee]',
      '    status: green',
      '    due: 31/03/2027',
      'commitment:',
      '  by: dana, sam',
      'members: dana',
      '',
    ].join('\n');
    const findings = lint(TeamFile.fromText('.team/platform.charter.yaml', text)).filter((f) => f.rule === 'schema');
    const byLine = new Map(findings.map((f) => [f.range.line, f.message]));
    const expect = (needle: string, ...parts: RegExp[]) => {
      const message = byLine.get(lineOf(text, needle));
      assert.ok(message, `a schema finding on "${needle}"`);
      for (const part of parts) assert.match(message, part);
    };
    expect('purpose:', /^purpose\b/, /expected a map/, /found "Make every deploy boring\."/);
    expect('supports:', /goals\[0\]\.supports/, /expected a list/, /found "P1"/);
    expect('owner:', /goals\[0\]\.owner/, /expected text/, /found a list/);
    expect('status:', /goals\[0\]\.status/, /"on-track"/, /found "green"/);
    expect('due:', /goals\[0\]\.due/, /YYYY-MM-DD/, /found "31\/03\/2027"/);
    expect('by:', /commitment\.by/, /expected a list/, /found "dana, sam"/);
    expect('members:', /^members/, /expected a list/, /found "dana"/);
    assert.equal(findings.length, 7);
    // The value is what is underlined, not the key.
    const owner = findings.find((f) => f.range.line === lineOf(text, 'owner:'))!;
    assert.deepStrictEqual([owner.range.column, owner.range.endColumn], [12, 23]);
    // A schema finding does not stop the other rules: the goal still has no measure.
    assert.ok(lint(TeamFile.fromText('.team/platform.charter.yaml', text)).some((f) => f.rule === 'goal-no-measure'));
  });

  it('an empty file: one schema finding', () => {
    const findings = lint(TeamFile.fromText('.team/platform.charter.yaml', ''));
    assert.deepStrictEqual(summary(findings), ['1:1 schema']);
    assert.match(findings[0].message, /empty/);
    assert.match(findings[0].message, /kind: Charter/);
  });

  it('a file of only comments is empty too', () => {
    const findings = lint(TeamFile.fromText('.team/retros/2026-11-30.retro.yaml', '# Retro of 30 November\n# (to be written after the meeting)\n'));
    assert.deepStrictEqual(summary(findings), ['1:1 schema']);
    assert.match(findings[0].message, /empty/);
    assert.match(findings[0].message, /kind: Retrospective/);
  });

  it('a file that is a YAML list or a plain string: one schema finding saying what it holds', () => {
    const list = lint(TeamFile.fromText('.team/platform.charter.yaml', '- kind: Charter\n- id: platform\n'));
    assert.deepStrictEqual(summary(list), ['1:1 schema']);
    assert.match(list[0].message, /holds a list/);
    const scalar = lint(TeamFile.fromText('.team/platform.charter.yaml', 'Platform team charter\n'));
    assert.deepStrictEqual(summary(scalar), ['1:1 schema']);
    assert.match(scalar[0].message, /holds "Platform team charter"/);
  });

  it('a binary or non-UTF-8 file (fromBytes): one yaml-syntax finding, no exception', () => {
    const binary = TeamFile.fromBytes('.team/platform.charter.yaml', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    const findings = lint(binary);
    assert.deepStrictEqual(summary(findings), ['1:1 yaml-syntax']);
    assert.match(findings[0].message, /binary/);

    const latin1 = TeamFile.fromBytes('.team/platform.charter.yaml', Buffer.from('kind: Charter\nid: platform\nteam: Caf\xe9\n', 'latin1'));
    const latin1Findings = lint(latin1);
    assert.deepStrictEqual(summary(latin1Findings), ['1:1 yaml-syntax']);
    assert.match(latin1Findings[0].message, /UTF-8/);
  });

  it('a UTF-8 byte order mark is not part of the text', () => {
    const file = TeamFile.fromBytes('.team/platform.charter.yaml', Buffer.from('\ufeffkind: Charter\nid: platform\n', 'utf8'));
    assert.equal(file.teamId, 'platform');
    const findings = lint(file);
    assert.ok(!findings.some((f) => f.rule === 'yaml-syntax' || f.rule === 'schema'));
    assert.ok(
      findings.every((f) => f.range.column === 1 || f.range.line > 1),
      'columns are not shifted by the BOM',
    );
  });

  it('Windows line endings (CRLF) give the same findings at the same positions', () => {
    const text = 'kind: Charter\nid: platform\ngoals:\n  - id: G1\n    status: green\n    # teamcharter-disable-next-line goal-no-ownr\n    owner: [dana]\n';
    const ranges = (t: string) => lint(TeamFile.fromText('.team/platform.charter.yaml', t)).map((f) => [f.rule, f.range]);
    const lf = ranges(text);
    assert.ok(lf.filter(([rule]) => rule === 'schema').length === 3, 'status, owner and the typo in the comment');
    assert.deepStrictEqual(ranges(text.replace(/\n/g, '\r\n')), lf);
  });

  it('a lone CR (an old Mac line end) starts a line, as the editor shows it: findings after it point at the line the editor shows', () => {
    // yaml reads a lone CR as part of the text ("a\rb"), not as a line break; an editor shows two lines.
    const text = 'kind: Charter\nid: platform\npurpose: a\rb\ngoals: 5\n# teamcharter-disable-next-line goal-no-ownr\nmembers: x\n';
    const findings = lint(TeamFile.fromText('.team/platform.charter.yaml', text)).filter((f) => f.rule === 'schema');
    assert.deepStrictEqual(summary(findings), ['3:10 schema', '5:8 schema', '6:33 schema', '7:10 schema']);
    assert.deepStrictEqual([findings[0].range.endLine, findings[0].range.endColumn], [4, 2], 'the value "a\rb" ends on the line after the CR');
    // A suppression comment counts lines the same way.
    const suppressed = lint(TeamFile.fromText('.team/platform.charter.yaml', text.replace('goal-no-ownr', 'schema'))).filter((f) => f.rule === 'schema');
    assert.deepStrictEqual(summary(suppressed), ['3:10 schema', '5:8 schema']);
    // And a syntax error after a lone CR.
    assert.deepStrictEqual(summary(lint(TeamFile.fromText('.team/platform.charter.yaml', 'kind: Charter\nnotes: a\rb\nid: x: y\n'))), ['4:5 yaml-syntax']);
  });

  it('lists and maps nested hundreds deep: one finding that says so, where the nesting passes the limit', () => {
    const deepBlock = Array.from({ length: 150 }, (_, i) => `${' '.repeat(i + 1)}k:`).join('\n');
    const cases: [string, string][] = [
      // The 100th bracket is the 101st level under the top map, at column 11 + 99.
      [`kind: Charter\nid: a\nsupports: ${'['.repeat(800)}${']'.repeat(800)}\n`, '3:110'],
      [`kind: Charter\nid: a\nsupports: ${'{a: '.repeat(800)}1${'}'.repeat(800)}\n`, '3:407'],
      // So deep that yaml's stack runs out, more than once.
      [`kind: Charter\nid: a\nsupports: ${'{a: '.repeat(10000)}1${'}'.repeat(10000)}\n`, '3:407'],
      [`kind: Charter\nid: a\nnotes:\n${deepBlock}\n`, '103:101'],
    ];
    for (const [text, at] of cases) {
      // Read both ways: parsed, and by the fast reader first (it leaves the nest to yaml).
      for (const compact of [false, true]) {
        const findings = lint(TeamFile.fromText('.team/platform.charter.yaml', text, compact));
        assert.deepStrictEqual(summary(findings), [`${at} yaml-syntax`], `${text.slice(0, 40)} compact: ${compact}`);
        assert.match(findings[0].message, /nested more than 100 levels deep here/);
        assert.doesNotMatch(findings[0].message, /stack/);
      }
    }
    // 100 levels are read.
    const findings = lint(TeamFile.fromText('.team/platform.charter.yaml', `kind: Charter\nid: a\nnotes: ${'['.repeat(99)}${']'.repeat(99)}\n`));
    assert.ok(!findings.some((f) => f.rule === 'yaml-syntax'));
  });

  it('an alias bomb (billion laughs) gives a finding quickly instead of hanging', () => {
    const lines = ['kind: Charter', 'id: platform', 'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i <= 9; i++) {
      const name = String.fromCharCode(97 + i);
      const previous = String.fromCharCode(96 + i);
      lines.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`);
    }
    lines.push('purpose:', '  statement: *j');
    const started = process.hrtime.bigint();
    const findings = lint(TeamFile.fromText('.team/platform.charter.yaml', `${lines.join('\n')}\n`));
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    assert.ok(ms < 2000, `took ${ms} ms`);
    assert.equal(findings.length, 1);
    assert.equal(findings[0].rule, 'yaml-syntax');
    assert.equal(findings[0].range.line, 4, 'at the first alias');
    assert.match(findings[0].message, /alias/);
  });

  it('a few ordinary aliases are fine', () => {
    const text = 'kind: Charter\nid: platform\nmembers:\n  - name: &dana dana\ncommitment:\n  agreed: 2026-11-30\n  by: [*dana]\n';
    const findings = lint(TeamFile.fromText('.team/platform.charter.yaml', text));
    assert.ok(!findings.some((f) => ['yaml-syntax', 'schema'].includes(f.rule)));
    assert.ok(!findings.some((f) => f.rule === 'commitment-missing'), 'dana agreed, through the alias');
  });

  it('a 5 MiB file: one finding, not parsed', () => {
    const big = `kind: Charter\nid: platform\nnotes: |\n${'  a line of pasted log output that goes on and on\n'.repeat(Math.ceil((5 * MiB) / 50))}`;
    assert.ok(big.length >= 5 * MiB);
    for (const file of [TeamFile.fromText('.team/platform.charter.yaml', big), TeamFile.fromBytes('.team/platform.charter.yaml', Buffer.from(big))]) {
      assert.equal(file.yaml, undefined, 'not parsed');
      const findings = lint(file);
      assert.deepStrictEqual(summary(findings), ['1:1 yaml-syntax']);
      assert.match(findings[0].message, /5\.0 MiB/);
      assert.match(findings[0].message, /1 MiB/);
    }
  });

  it('a file just under the limit is still checked', () => {
    const text = `kind: Charter\nid: platform\nnotes: |\n${'  padding padding padding padding padding padding\n'.repeat(Math.floor((MiB - 100) / 50))}`;
    assert.ok(Buffer.byteLength(text) < MiB);
    const file = TeamFile.fromText('.team/platform.charter.yaml', text);
    assert.ok(file.yaml, 'parsed');
    assert.ok(!lint(file).some((f) => f.rule === 'yaml-syntax'));
  });

  it('a file whose name and kind say nothing: one schema finding', () => {
    const findings = lint(TeamFile.fromText('notes/team.yaml', 'title: Offsite notes\n'));
    assert.deepStrictEqual(summary(findings), ['1:1 schema']);
    assert.match(findings[0].message, /not a charter or a retrospective/);
  });
});
