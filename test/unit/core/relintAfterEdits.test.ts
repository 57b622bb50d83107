/**
 * What the editor does on each keystroke (update one file, re-lint its team)
 * must give exactly what linting the same texts afresh gives: the engine keeps
 * per-file and per-team results between edits, and a stale one would show a
 * finding that is gone, or hide one that is new.
 */
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { TeamFile } from '../../../src/core/format/teamFile';
import { Workspace, type FileResult } from '../../../src/core/engine/workspace';
import { TODAY, workspaceOf } from '../helpers';
import { RULES } from '../../../src/core/rules';

const ACME = path.resolve(__dirname, '../../../examples/acme/.team');
const CHARTER = '.team/checkout.charter.yaml';
const LATEST = '.team/retros/2026-11-24-pre-peak.retro.yaml';
const OLDEST = '.team/retros/2026-10-13.retro.yaml';
const MIDDLE = '.team/retros/2026-11-10.retro.yaml';

function exampleTexts(): Map<string, string> {
  const texts = new Map<string, string>([[CHARTER, readFileSync(path.join(ACME, 'checkout.charter.yaml'), 'utf8')]]);
  for (const name of readdirSync(path.join(ACME, 'retros')).sort()) texts.set(`.team/retros/${name}`, readFileSync(path.join(ACME, 'retros', name), 'utf8'));
  return texts;
}

/** `text` with `from` replaced by `to` once; fails when `from` is not there, so that no step silently edits nothing. */
function edit(text: string, from: string | RegExp, to: string): string {
  const changed = text.replace(from, to);
  assert.notEqual(changed, text, `the edit ${String(from)} changed nothing`);
  return changed;
}

/** Results as the Problems view and the scores see them. */
function shown(results: Iterable<FileResult>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const result of results)
    out[result.file] = { findings: result.findings, tally: result.tally, teamTally: result.teamTally, suppressed: result.suppressed };
  return out;
}

type Step = { name: string; path: string; text: (texts: Map<string, string>) => string | undefined };

/** Each step changes one file: its new text, or undefined to delete it. */
const STEPS: Step[] = [
  {
    name: 'a win added to the latest retro',
    path: LATEST,
    text: (t) => edit(t.get(LATEST)!, /^wins:\n/m, 'wins:\n  - text: The freeze held\n    who: [jun]\n'),
  },
  {
    name: 'an action reviewed as done instead of deferred',
    path: LATEST,
    text: (t) => edit(t.get(LATEST)!, 'status: deferred\n    until: 2026-12-03\n', 'status: done\n'),
  },
  { name: 'a member renamed in the charter only', path: CHARTER, text: (t) => edit(t.get(CHARTER)!, '- name: jun', '- name: junior') },
  { name: 'the oldest retro moved to be the newest', path: OLDEST, text: (t) => edit(t.get(OLDEST)!, 'date: 2026-10-13', 'date: 2026-11-28') },
  {
    name: 'an action id created again in another retro',
    path: MIDDLE,
    text: (t) => edit(t.get(MIDDLE)!, /^actions:\n/m, 'actions:\n  - id: A-11\n    title: Again\n    owner: priya\n    due: 2026-12-20\n'),
  },
  { name: 'a retro deleted', path: MIDDLE, text: () => undefined },
  ...[CHARTER, OLDEST, MIDDLE, LATEST].map((file) => ({ name: `${file} back as it was`, path: file, text: () => exampleTexts().get(file) })),
];

describe('re-linting after edits', () => {
  it('gives, after every edit, what a fresh lint of the same texts gives', () => {
    const texts = exampleTexts();
    // As the extension: files read compact, each change followed by lintTeams of what it touched.
    const live = new Workspace({ today: TODAY, rules: RULES });
    for (const [file, text] of texts) live.update(TeamFile.fromText(file, text, true));
    const shownNow = new Map(live.lintAll());
    let before = shown(shownNow.values());
    for (const step of STEPS) {
      const text = step.text(texts);
      let touched: string[];
      if (text === undefined) {
        texts.delete(step.path);
        shownNow.delete(step.path);
        touched = live.remove(step.path);
      } else {
        texts.set(step.path, text);
        touched = live.update(TeamFile.fromText(step.path, text, true));
      }
      for (const [file, result] of live.lintTeams(touched, text === undefined ? [] : [step.path])) shownNow.set(file, result);

      const fresh = workspaceOf(Object.fromEntries(texts)).lintAll();
      assert.deepStrictEqual([...shownNow.keys()].sort(), [...fresh.keys()].sort(), `${step.name}: the same files`);
      assert.deepStrictEqual(shown(shownNow.values()), shown(fresh.values()), `${step.name}: the same findings and scores`);
      // Else the step would test nothing.
      assert.notDeepStrictEqual(shown(fresh.values()), before, `${step.name} changes what is shown`);
      before = shown(fresh.values());
    }
    assert.deepStrictEqual(texts, exampleTexts(), 'the steps end where they started');
  });
});
