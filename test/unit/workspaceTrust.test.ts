/**
 * In Restricted Mode a repository's own settings must not choose where the extension writes
 * (issue 20, item 7). VS Code ignores a restricted setting's workspace values only when the
 * extension's support is "limited" (with `true`, restrictedConfigurations is not read).
 */
import { strict as assert } from 'node:assert';
import { localizedManifest } from './extension/manifest';

const manifest = localizedManifest();

describe('workspace trust in the manifest', () => {
  it('teamcharter.root is a restricted configuration, with support "limited" so that VS Code honours it', () => {
    const trust = manifest.capabilities.untrustedWorkspaces;
    assert.equal(trust.supported, 'limited');
    assert.ok(typeof trust.description === 'string' && trust.description.includes('teamcharter.root'), 'the description says what Restricted Mode changes');
    assert.deepEqual(trust.restrictedConfigurations, ['teamcharter.root']);
    assert.ok('teamcharter.root' in manifest.contributes.configuration.properties, 'the restricted setting exists');
  });
});
