/**
 * The manifest's user-visible strings live in package.nls.json (`%key%` in package.json), so
 * that a translation (package.nls.<locale>.json) can replace them. A `%key%` with no entry
 * shows as the raw key in VS Code; an entry nobody uses is a translation done for nothing.
 * The top-level displayName and description stay as text: npm shows the same package.json.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const REPO = path.join(__dirname, '../../..');
const manifestText = readFileSync(path.join(REPO, 'package.json'), 'utf8');
const manifest = JSON.parse(manifestText);
const nls = JSON.parse(readFileSync(path.join(REPO, 'package.nls.json'), 'utf8')) as Record<string, string>;
const used = [...manifestText.matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]);

/** Where the manifest holds text a user reads, as paths into it. */
function userStrings(): [string, unknown][] {
  const c = manifest.contributes;
  return [
    ...c.commands.flatMap((cmd: { command: string; title: string; category: string }) => [
      [`${cmd.command} title`, cmd.title],
      [`${cmd.command} category`, cmd.category],
    ]),
    ...Object.entries(c.configuration.properties).flatMap(([name, prop]) =>
      ['markdownDescription', 'description', 'markdownDeprecationMessage']
        .filter((f) => f in (prop as object))
        .map((f) => [`${name} ${f}`, (prop as Record<string, unknown>)[f]]),
    ),
    ...c.walkthroughs.flatMap((w: { id: string; title: string; description: string; steps: { id: string; title: string; description: string }[] }) => [
      [`walkthrough ${w.id} title`, w.title],
      [`walkthrough ${w.id} description`, w.description],
      ...w.steps.flatMap((s) => [
        [`step ${s.id} title`, s.title],
        [`step ${s.id} description`, s.description],
      ]),
    ]),
    ...c.viewsWelcome.map((w: { view: string; contents: string }) => [`welcome of ${w.view}`, w.contents]),
  ] as [string, unknown][];
}

describe('package.nls.json', () => {
  it('has an entry for every %key% in package.json', () => {
    assert.ok(used.length > 0);
    for (const key of used) assert.ok(typeof nls[key] === 'string' && nls[key].length > 0, `%${key}% has no text in package.nls.json`);
  });

  it('has no entry that package.json does not use', () => {
    const usedKeys = new Set(used);
    assert.deepEqual(
      Object.keys(nls).filter((key) => !usedKeys.has(key)),
      [],
    );
  });

  it('every title, description and step of the manifest is a %key%, not text in one language', () => {
    for (const [where, value] of userStrings()) assert.match(String(value), /^%[^%]+%$/, `${where} is not localisable`);
  });
});
