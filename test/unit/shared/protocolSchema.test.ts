import { strict as assert } from 'node:assert';
import { parseFromWebview } from '../../../src/shared/protocolSchema';

describe('messages from the form webview are validated before they touch the document', () => {
  it('accepts every message the form sends', () => {
    for (const message of [
      { type: 'ready' },
      { type: 'edit', version: 3, edit: { op: 'set', path: ['goals', 0, 'owner'], value: 'dana' } },
      { type: 'edit', version: 3, edit: { op: 'set', path: ['purpose', 'why'], value: null } },
      { type: 'edit', version: 3, edit: { op: 'append', path: ['members'], value: { name: 'sam', growth: { coach: 'dana' } } } },
      { type: 'edit', version: 3, edit: { op: 'delete', path: ['goals', 1] } },
      { type: 'edit', version: 3, edit: { op: 'move', path: ['goals'], from: 2, to: 0 } },
      { type: 'openText', line: 12 },
      { type: 'openText' },
      { type: 'openRuleDocs', rule: 'goal-no-owner' },
    ]) {
      assert.deepEqual(parseFromWebview(message), message, JSON.stringify(message));
    }
  });

  it('rejects anything else', () => {
    for (const message of [
      null,
      'ready',
      { type: 'eval', code: 'x' },
      { type: 'ready', extra: 1 },
      { type: 'edit', version: 1, edit: { op: 'set', path: [], value: 'x' } },
      { type: 'edit', version: 1, edit: { op: 'replaceAll', path: ['a'], value: 'x' } },
      { type: 'edit', version: 1, edit: { op: 'set', path: ['a'], value: 'x', sneaky: true } },
      { type: 'edit', version: 1, edit: { op: 'set', path: ['a', -1], value: 'x' } },
      { type: 'edit', version: 1, edit: { op: 'set', path: Array(13).fill('a'), value: 'x' } },
      { type: 'edit', version: 1, edit: { op: 'set', path: ['a'], value: 'x'.repeat(10_001) } },
      { type: 'edit', version: 1, edit: { op: 'set', path: ['a'], value: { f: () => 1 } } },
      { type: 'edit', version: '1', edit: { op: 'delete', path: ['a'] } },
      { type: 'openRuleDocs', rule: '../../etc/passwd' },
      { type: 'openText', line: 0 },
    ]) {
      assert.equal(parseFromWebview(message), undefined, JSON.stringify(message));
    }
  });
});
