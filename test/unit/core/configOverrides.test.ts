/**
 * The editor's rule settings on top of the config that applies (docs/format.md, "Which
 * config applies"): VS Code reads teamcharter.rules per workspace folder, so two folders of
 * one workspace may set the same rule differently.
 */
import { strict as assert } from 'node:assert';
import { ruleSetting } from '../../../src/core/engine/config';
import { ConfigLookup } from '../../../src/core/engine/configLookup';
import { RULES } from '../../../src/core/rules';

const rule = RULES.find((r) => r.id === 'goal-no-owner')!;
const CONFIG = new TextEncoder().encode('rules:\n  member-no-growth: off\n');

/** A lookup over a workspace of two folders, /a and /b, where /a has a config. */
function lookup(): ConfigLookup {
  const configs = new Map([['/a/teamcharter.config.yaml', CONFIG]]);
  const found = new ConfigLookup(
    { read: (path) => (configs.has(path) ? { bytes: configs.get(path)! } : undefined), shown: (path) => path, pathOf: (file) => file },
    RULES,
  );
  found.discover(['/a/.team/a.charter.yaml', '/b/.team/b.charter.yaml']);
  return found;
}

describe('rule settings from the editor, per workspace folder', () => {
  it("each folder's setting applies to its own files, on top of the config that applies there", () => {
    const configs = lookup();
    const byFolder: Record<string, Record<string, unknown>> = { a: { 'goal-no-owner': 'error' }, b: { 'goal-no-owner': 'off' } };
    configs.setOverrides((file) => byFolder[file.split('/')[1]]);
    const a = configs.configFor('/a/.team/a.charter.yaml');
    const b = configs.configFor('/b/.team/b.charter.yaml');
    assert.equal(ruleSetting(rule, a).severity, 'error');
    assert.equal(ruleSetting(rule, b).severity, 'off');
    assert.equal(a.rules['member-no-growth']?.severity, 'off', "/a's config still applies under its folder's setting");
    assert.equal(b.rules['member-no-growth'], undefined, 'no config in /b: the defaults');
  });

  it('new settings replace the old ones at once', () => {
    const configs = lookup();
    configs.setOverrides(() => ({ 'goal-no-owner': 'error' }));
    assert.equal(ruleSetting(rule, configs.configFor('/b/.team/b.charter.yaml')).severity, 'error');
    configs.setOverrides(() => ({}));
    assert.equal(ruleSetting(rule, configs.configFor('/b/.team/b.charter.yaml')).severity, rule.severity);
  });
});
