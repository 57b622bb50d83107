/**
 * The rule contract: a rule's documented scope (`on`, the README's "on" column)
 * agrees with what it implements, and its options are typed by their names.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { loadWorkspace } from '../../../src/cli/files';
import { countOption, defineRule, type Rule } from '../../../src/core/engine/rule';
import { RULES } from '../../../src/core/rules';
import type { FileKind } from '../../../src/core/base/types';
import { RULE_FIXTURES, TODAY } from '../helpers';

type Scope = 'C' | 'R' | 'X';
const LETTER: Record<FileKind, Scope> = { charter: 'C', retro: 'R' };

/** What the rule's code says about where it applies: X when it only checks across files, else the kinds checkFile runs on. */
function implemented(rule: Rule): Set<Scope> {
  if (!rule.checkFile) return new Set(rule.checkTeam || rule.checkHistory ? ['X'] : []);
  return new Set((rule.kinds ?? ['charter', 'retro']).map((kind) => LETTER[kind]));
}

/** The kinds of files each rule reported on, over every rule fixture. */
function reportedOn(): Map<string, Set<Scope>> {
  const out = new Map<string, Set<Scope>>();
  const folders = readdirSync(RULE_FIXTURES).flatMap((rule) => readdirSync(path.join(RULE_FIXTURES, rule)).map((name) => path.join(RULE_FIXTURES, rule, name)));
  for (const folder of folders.filter((f) => statSync(f).isDirectory())) {
    for (const result of loadWorkspace([folder], { today: TODAY }).workspace.lintAll().values()) {
      if (!result.kind) continue;
      for (const finding of result.findings) {
        if (!out.has(finding.rule)) out.set(finding.rule, new Set());
        out.get(finding.rule)!.add(LETTER[result.kind]);
      }
    }
  }
  return out;
}

const sorted = (scopes: Iterable<Scope>) => [...scopes].sort();

describe('the rule contract', () => {
  let reported: Map<string, Set<Scope>>;
  before(() => (reported = reportedOn()));

  for (const rule of RULES) {
    it(`${rule.id}: "on: ${rule.on.join(' ')}" is what it implements and where its fixtures find things`, () => {
      const code = implemented(rule);
      if (code.has('X')) {
        // Only team or history checks: across files, reported wherever the finding belongs.
        assert.deepStrictEqual(sorted(rule.on), ['X']);
        return;
      }
      assert.ok(!rule.on.includes('X'), 'a rule with a checkFile is documented per kind of file (C, R), not X');
      // The kinds checkFile runs on, and the kinds a team check adds (owner-not-member checks retros' owners against the charter).
      const seen = reported.get(rule.id) ?? new Set<Scope>();
      assert.deepStrictEqual(sorted(rule.on), sorted(new Set([...code, ...seen])));
    });
  }

  it('a misspelt option name does not type-check', () => {
    const rule = defineRule({
      id: 'typed-options',
      step: 6,
      severity: 'warning',
      on: ['X'],
      docs: { summary: '', rationale: '', howToFix: '', example: '' },
      options: { maxRetros: countOption(3, 'limit') },
      checkTeam({ options }) {
        // @ts-expect-error: the rule declares maxRetros, not maxRetro (tsc fails the run if this line compiles)
        void options.maxRetro;
        void options.maxRetros;
      },
    });
    assert.deepStrictEqual(Object.keys(rule.options ?? {}), ['maxRetros']);
  });
});
