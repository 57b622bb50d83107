/**
 * Which files are team files when their names say nothing: a .yaml/.yml file (not a config) with a
 * top-level `kind: Charter` or `kind: Retrospective` in its start. The CLI's folder walk, the files
 * named to it and the extension (isTeamDocument, its index and watcher) all decide with isTeamFile,
 * so this is the extension's matching as much as the CLI's (issue 24).
 */
import { strict as assert } from 'node:assert';
import { KIND_PEEK_BYTES, isTeamFile, kindFromStart, mayDeclareKind } from '../../../src/core/format/teamFile';

describe('team files by their kind', () => {
  it('a top-level kind line in the start, read as YAML, decides', () => {
    assert.equal(kindFromStart('kind: Charter\nid: web\n', true), 'charter');
    assert.equal(kindFromStart('# a comment first\n---\nkind: "Retrospective"   # trailing comment\n', true), 'retro');
    assert.equal(kindFromStart("team: web\nkind: 'Retrospective'", true), 'retro');
    assert.equal(kindFromStart('\ufeffkind: Charter\r\nid: web\r\n', true), 'charter');
    assert.equal(kindFromStart(new TextEncoder().encode('kind: Charter\n'), true), 'charter');
  });

  it('anything else is not a team file', () => {
    for (const text of [
      '',
      'kind: Deployment\n',
      'kind: charter\n',
      'kind:\n',
      'spec:\n  kind: Charter\n',
      '- kind: Charter\n',
      '# kind: Charter\n',
      'kinds: Charter\n',
      'kind: [Charter]\n',
    ])
      assert.equal(kindFromStart(text, true), undefined, JSON.stringify(text));
  });

  it('only the start is read, and a line cut short by it does not count', () => {
    const late = `${'#'.repeat(KIND_PEEK_BYTES)}\nkind: Charter\n`;
    assert.equal(kindFromStart(late, true), undefined);
    assert.equal(kindFromStart('kind: Chart', false), undefined, 'cut in the middle of the value');
    assert.equal(kindFromStart('kind: Charter\nid: w', false), 'charter');
    // Bytes cut inside a character (é is two bytes) still decode up to the last whole line.
    const bytes = new TextEncoder().encode(`kind: Charter\nnote: ${'é'.repeat(KIND_PEEK_BYTES)}\n`);
    assert.equal(kindFromStart(bytes, true), 'charter');
  });

  it('the name comes first; only other .yaml/.yml files that are not configs are read', () => {
    let reads = 0;
    const start = (text: string) => () => (reads++, { start: text, complete: true });
    assert.equal(isTeamFile('/w/.team/web.charter.yaml', start('')), true);
    assert.equal(isTeamFile('/w/.team/2026-01-01.RETRO.yml', start('')), true);
    assert.equal(reads, 0);
    assert.equal(isTeamFile('/w/team.yaml', start('kind: Charter\n')), true);
    assert.equal(isTeamFile('C:\\w\\team.YML', start('kind: Retrospective\n')), true);
    assert.equal(isTeamFile('/w/deploy.yaml', start('kind: Deployment\n')), false);
    assert.equal(reads, 3);
    for (const name of ['/w/teamcharter.config.yaml', '/w/.team/teamcharter.config.yml', '/w/notes.json', '/w/README.md', '/w/yaml']) {
      assert.equal(mayDeclareKind(name), false, name);
      assert.equal(isTeamFile(name, start('kind: Charter\n')), false, name);
    }
    assert.equal(reads, 3, 'none of those was read');
    assert.equal(
      isTeamFile('/w/team.yaml', () => undefined),
      false,
      'unreadable',
    );
  });
});
