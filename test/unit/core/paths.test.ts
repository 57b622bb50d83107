/** Path helpers of the core: where a folder setting leads, and whether a write stays inside a folder. */
import { strict as assert } from 'node:assert';
import { joinPath, normalizePath, relativeInside } from '../../../src/core/base/slashPaths';

describe('paths', () => {
  it('normalizePath works out ., .. and repeated slashes, and reads \\ as a slash', () => {
    assert.equal(normalizePath('/ws/./.team//retros/'), '/ws/.team/retros');
    assert.equal(normalizePath('/ws/.team/../docs'), '/ws/docs');
    assert.equal(normalizePath('/ws/../outside'), '/outside');
    assert.equal(normalizePath('/ws/..\\outside'), '/outside');
    assert.equal(normalizePath('/../../etc'), '/etc', 'above the top of an absolute path stays at the top');
    assert.equal(normalizePath('../outside/./x'), '../outside/x', 'a relative path keeps the .. it starts with');
    assert.equal(normalizePath('a/..'), '.');
    assert.equal(normalizePath('/'), '/');
    assert.equal(normalizePath('/c:/ws/../..'), '/');
  });

  it('relativeInside gives the path below the folder, or undefined outside it', () => {
    assert.equal(relativeInside('/ws', '/ws/.team/web.charter.yaml'), '.team/web.charter.yaml');
    assert.equal(relativeInside('/ws/', '/ws/docs/../.team/x.yaml'), '.team/x.yaml');
    assert.equal(relativeInside('/ws', '/ws'), '');
    assert.equal(relativeInside('/ws', '/ws/.'), '');
    assert.equal(relativeInside('/ws', '/outside/web.charter.yaml'), undefined);
    assert.equal(relativeInside('/ws', '/ws-other/web.charter.yaml'), undefined, 'a sibling whose name starts the same is outside');
    assert.equal(relativeInside('/ws', '/'), undefined);
    assert.equal(relativeInside('/', '/ws/x'), 'ws/x');
    assert.equal(relativeInside('/c:/work/ws', '/c:/work/ws/.team'), '.team');
    assert.equal(relativeInside('.', 'docs/x'), 'docs/x');
    assert.equal(relativeInside('.', '../x'), undefined);
  });

  it('a root setting joined to the folder stays inside it only when it leads there', () => {
    const folder = '/tmp/teamcharter-ws-1';
    const target = (root: string) => relativeInside(folder, joinPath(joinPath(folder, root), 'web.charter.yaml'));
    assert.equal(target('.team'), '.team/web.charter.yaml');
    assert.equal(target('docs/team/'), 'docs/team/web.charter.yaml');
    assert.equal(target('./docs/../.team'), '.team/web.charter.yaml');
    assert.equal(target('/team'), 'team/web.charter.yaml', 'a leading slash is read from the folder, as joining a URI path does');
    assert.equal(target('../outside'), undefined);
    assert.equal(target('..\\outside'), undefined, 'Windows climbs ..\\ too');
    assert.equal(target('.team/../../outside'), undefined);
    assert.equal(target('../teamcharter-ws-1/.team'), '.team/web.charter.yaml', 'out and back in again is inside');
  });
});
