import { strict as assert } from 'node:assert';
import { parseFromWebview, parseToWebview, requestIdOf, type FormState } from '../../../src/shared/protocol';

describe('messages from the form webview are validated before they touch the document', () => {
  it('accepts every message the form sends', () => {
    for (const message of [
      { type: 'ready', id: 1 },
      { type: 'edit', id: 2, version: 3, edit: { op: 'set', path: ['goals', 0, 'owner'], value: 'dana' } },
      { type: 'edit', id: 3, version: 3, edit: { op: 'set', path: ['purpose', 'why'], value: null } },
      { type: 'edit', id: 4, version: 3, edit: { op: 'append', path: ['members'], value: { name: 'sam', growth: { coach: 'dana' } } } },
      { type: 'edit', id: 5, version: 3, edit: { op: 'delete', path: ['goals', 1] } },
      { type: 'edit', id: 6, version: 3, edit: { op: 'move', path: ['goals'], from: 2, to: 0 } },
      { type: 'openText', id: 7, line: 12 },
      { type: 'openText', id: 8 },
      { type: 'openRuleDocs', id: 9, rule: 'goal-no-owner' },
      { type: 'flushed', id: 1 },
      {
        type: 'edits',
        id: 10,
        version: 3,
        edits: [
          { op: 'set', path: ['previousActions', 0, 'status'], value: 'deferred' },
          { op: 'set', path: ['previousActions', 0, 'until'], value: '2027-01-11' },
          { op: 'set', path: ['previousActions', 0, 'note'], value: 'After the freeze' },
        ],
      },
    ]) {
      assert.deepEqual(parseFromWebview(message), message, JSON.stringify(message));
    }
  });

  it('rejects anything else', () => {
    for (const message of [
      null,
      'ready',
      { type: 'eval', id: 1, code: 'x' },
      { type: 'ready', id: 1, extra: 1 },
      { type: 'edit', id: 1, version: 1, edit: { op: 'set', path: [], value: 'x' } },
      { type: 'edit', id: 1, version: 1, edit: { op: 'replaceAll', path: ['a'], value: 'x' } },
      { type: 'edit', id: 1, version: 1, edit: { op: 'set', path: ['a'], value: 'x', sneaky: true } },
      { type: 'edit', id: 1, version: 1, edit: { op: 'set', path: ['a', -1], value: 'x' } },
      { type: 'edit', id: 1, version: 1, edit: { op: 'set', path: Array(13).fill('a'), value: 'x' } },
      { type: 'edit', id: 1, version: 1, edit: { op: 'set', path: ['a'], value: 'x'.repeat(10_001) } },
      { type: 'edit', id: 1, version: 1, edit: { op: 'set', path: ['a'], value: { f: () => 1 } } },
      { type: 'edit', id: 1, version: '1', edit: { op: 'delete', path: ['a'] } },
      { type: 'openRuleDocs', id: 1, rule: '../../etc/passwd' },
      { type: 'openText', id: 1, line: 0 },
      { type: 'edits', id: 1, version: 1, edits: [] },
      { type: 'edits', id: 1, version: 1, edits: Array(9).fill({ op: 'delete', path: ['a'] }) },
      {
        type: 'edits',
        id: 1,
        version: 1,
        edits: [
          { op: 'set', path: ['a'], value: 'x' },
          { op: 'eval', path: ['a'] },
        ],
      },
      { type: 'edits', id: 1, version: 1, edit: { op: 'set', path: ['a'], value: 'x' } },
    ]) {
      assert.equal(parseFromWebview(message), undefined, JSON.stringify(message));
    }
  });

  it('every request carries an id: a message without one is refused', () => {
    for (const message of [
      { type: 'ready' },
      { type: 'edit', version: 3, edit: { op: 'delete', path: ['goals', 1] } },
      { type: 'openText' },
      { type: 'flushed' },
      { type: 'ready', id: -1 },
      { type: 'ready', id: 1.5 },
    ]) {
      assert.equal(parseFromWebview(message), undefined, JSON.stringify(message));
    }
  });

  it('a refusal can name the id of a message that did not validate', () => {
    assert.equal(requestIdOf({ type: 'edit', id: 7, version: 1, edit: { op: 'set', path: ['a'], value: 'x'.repeat(10_001) } }), 7);
    assert.equal(requestIdOf({ type: 'edit' }), undefined);
    assert.equal(requestIdOf('x'), undefined);
  });
});

describe('messages to the form webview are validated by the webview too', () => {
  const state: FormState = {
    version: 4,
    fileName: 'platform.charter.yaml',
    kind: 'charter',
    data: { kind: 'Charter', id: 'platform' },
    problem: null,
    schemaErrors: [],
    findings: [{ rule: 'purpose-missing', step: 1, severity: 'error', message: 'no purpose', path: ['purpose'], line: 1 }],
    steps: [{ step: 1, title: 'Goals aligned with purpose', score: 50, findings: 1 }],
    overall: 50,
    context: {
      members: ['dana'],
      goals: [{ id: 'G1', title: 'Rollback' }],
      priorities: [],
      teams: ['platform'],
      openActions: [{ id: 'A-1', retros: 2 }],
      nextActionId: 'A-2',
    },
  };

  it('accepts a state, a reply to a request and a flush request', () => {
    for (const message of [
      { type: 'state', state },
      { type: 'reply', id: 3, outcome: 'applied', version: 5 },
      { type: 'reply', id: 4, outcome: 'refused', version: 5, message: 'Not changed: no such item' },
      { type: 'flush', id: 1 },
    ]) {
      assert.deepEqual(parseToWebview(message), message, JSON.stringify(message));
    }
  });

  it('rejects a malformed message rather than drawing it', () => {
    for (const message of [
      undefined,
      { type: 'state' },
      { type: 'state', state: { ...state, kind: 'config' } },
      { type: 'state', state: { ...state, findings: [{ ...state.findings[0], step: 9 }] } },
      { type: 'state', state: { ...state, context: { ...state.context, members: 'dana' } } },
      { type: 'reply', outcome: 'applied', version: 5 },
      { type: 'reply', id: 3, outcome: 'maybe', version: 5 },
      { type: 'flush' },
      { type: 'error', message: 'old protocol' },
    ]) {
      assert.equal(parseToWebview(message), undefined, JSON.stringify(message));
    }
  });
});
