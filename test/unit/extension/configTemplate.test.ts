/**
 * The config that Open Config File writes when there is none (media/config-template.yaml):
 * it must change nothing as written, explain every key the config accepts at its default,
 * and its examples must be valid once a user uncomments them.
 */
import { strict as assert } from 'node:assert';
import { DEFAULT_CONFIG, parseConfig } from '../../../src/core/engine/config';
import { configSchema } from '../../../src/core/format/schemas';
import { RULES } from '../../../src/core/rules';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const CONFIG_TEMPLATE = readFileSync(path.join(__dirname, '../../../media/config-template.yaml'), 'utf8');
const KEYS = Object.keys(configSchema.shape);
const parse = (text: string) => parseConfig('teamcharter.config.yaml', new TextEncoder().encode(text), RULES);

/** The template with the commented-out blocks of `keys` uncommented (a key's line and the indented lines under it). */
function uncomment(keys: readonly string[]): string {
  let inBlock = false;
  return CONFIG_TEMPLATE.split('\n')
    .map((line) => {
      const key = /^# ([$\w]+):/.exec(line)?.[1];
      if (key !== undefined) inBlock = keys.includes(key);
      else if (!/^# {2}/.test(line)) inBlock = false;
      return inBlock ? line.slice(2) : line;
    })
    .join('\n');
}

describe('the config template of Open Config File', () => {
  it('changes nothing as written: every rule, the root and recentRetros at their defaults', () => {
    const config = parse(CONFIG_TEMPLATE);
    assert.equal(config.path, 'teamcharter.config.yaml');
    // What a config decides; which files it was read from is bookkeeping.
    const decides = (c: typeof config) => ({ rules: c.rules, root: c.root, recentRetros: c.recentRetros, ignores: c.ignores ?? [] });
    assert.deepEqual(decides(config), decides(DEFAULT_CONFIG));
  });

  it('explains every key the config accepts, at its default', () => {
    for (const key of KEYS) assert.match(CONFIG_TEMPLATE, new RegExp(`^# ${key.replace('$', '\\$')}:`, 'm'), `${key} is not in the template`);
    assert.match(CONFIG_TEMPLATE, new RegExp(`^# root: ${DEFAULT_CONFIG.root}$`, 'm'));
    assert.match(CONFIG_TEMPLATE, new RegExp(`^# recentRetros: ${DEFAULT_CONFIG.recentRetros}$`, 'm'));
  });

  it('its examples are a valid config once uncommented', () => {
    const config = parse(uncomment(KEYS));
    assert.equal(config.rules['member-no-growth']?.severity, 'off');
    assert.deepEqual(config.rules['action-carried-too-long'], { severity: 'error', options: { maxRetros: 2 } });
    assert.equal(config.root, DEFAULT_CONFIG.root);
    assert.equal(config.recentRetros, DEFAULT_CONFIG.recentRetros);
  });
});
