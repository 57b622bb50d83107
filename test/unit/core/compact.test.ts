/**
 * Compacted team files (TeamFile.compact): the parsed document is let go once a
 * file's own checks ran, and a table answers where findings point; or a file of
 * plain YAML is read straight into that form (plainYaml.ts). Everything a user
 * sees must be the same as with the document kept.
 */
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { TeamFile } from '../../../src/core/format/teamFile';
import type { YamlPath } from '../../../src/core/base/types';
import { Workspace } from '../../../src/core/engine/workspace';
import { TODAY } from '../helpers';
import { RULES } from '../../../src/core/rules';

const FIXTURES = path.resolve(__dirname, '../../fixtures');
const ANCHORS = ['value', 'key', 'missing'] as const;

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? yamlFiles(full) : /\.ya?ml$/.test(name) ? [full] : [];
  });
}

/** Every path through the data down to `depth`, and beside each a child that is not there. */
function pathsOf(value: unknown, depth: number, prefix: YamlPath = []): YamlPath[] {
  const out: YamlPath[] = [prefix, [...prefix, 'absent'], [...prefix, 99]];
  if (depth === 0 || value === null || typeof value !== 'object') return out;
  const children: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  for (const [key, child] of children) for (const p of pathsOf(child, depth - 1, [...prefix, key])) out.push(p);
  return out;
}

/** The fixture folders that are small workspaces of their own: test/fixtures/rules/<rule>/<case>/. */
function workspaceFolders(): string[] {
  const rules = path.join(FIXTURES, 'rules');
  return readdirSync(rules).flatMap((rule) => readdirSync(path.join(rules, rule)).map((name) => path.join(rules, rule, name)));
}

/** A workspace of a fixture folder whose files keep their documents, are compacted once checked, or are read compact. */
function workspaceOfFolder(folder: string, form: 'whole' | 'compacted' | 'read compact'): Workspace {
  const workspace = new Workspace({ today: TODAY, rules: RULES, compact: () => form !== 'whole' });
  for (const file of yamlFiles(folder)) {
    const teamFile = TeamFile.fromText(path.relative(folder, file), readFileSync(file, 'utf8'), form === 'read compact');
    workspace.add(teamFile);
  }
  return workspace;
}

describe('compacted team files', function () {
  // Hundreds of thousands of locations: seconds on an idle machine, many more on a busy one.
  // The assertions are about positions, not speed.
  this.timeout(5 * 60_000);
  const files = yamlFiles(FIXTURES);

  it('locate every path as the document does, in every fixture', () => {
    let compacted = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const whole = TeamFile.fromText(file, text);
      const compact = TeamFile.fromText(file, text);
      if (!compact.compact()) continue;
      compacted++;
      assert.equal(compact.yaml, undefined, 'the document is let go');
      for (const p of pathsOf(whole.data, 4)) {
        for (const anchor of ANCHORS) {
          const expected = whole.locate(p, anchor);
          assert.deepEqual(compact.locate(p, anchor), expected, `${path.relative(FIXTURES, file)} ${JSON.stringify(p)} ${anchor}`);
        }
      }
    }
    assert.ok(compacted > files.length / 2, `most fixtures compact (${compacted} of ${files.length})`);
  });

  it('keep the document of a file with problems, aliases or merge keys', () => {
    const broken = TeamFile.fromText('a.retro.yaml', 'kind: Retrospective\ndate: [2026\n');
    const merged = TeamFile.fromText('b.retro.yaml', 'kind: Retrospective\nbase: &b { owner: ana }\nactions:\n  - <<: *b\n    id: A-1\n');
    const notAMap = TeamFile.fromText('c.retro.yaml', '- just\n- a list\n');
    for (const file of [broken, merged, notAMap]) {
      assert.equal(file.compact(), false, file.path);
      assert.ok(file.yaml, file.path);
    }
  });

  it('give the same findings, before and after today or the config changes', () => {
    for (const folder of workspaceFolders()) {
      const whole = workspaceOfFolder(folder, 'whole');
      const others = [workspaceOfFolder(folder, 'compacted'), workspaceOfFolder(folder, 'read compact')];
      for (const other of others) assert.deepEqual(other.lintAll(), whole.lintAll(), path.relative(FIXTURES, folder));
      // Every file's own checks run again, on compacted files.
      for (const workspace of [whole, ...others]) workspace.reconfigure({ today: '2027-06-30' });
      for (const other of others) assert.deepEqual(other.lintAll(), whole.lintAll(), `${path.relative(FIXTURES, folder)}, later`);
    }
  });
});
