/**
 * The walkthrough in the manifest (README "In VS Code", walkthrough): each step has a page
 * the .vsix ships, a button that runs a command that exists, and completes on something the
 * user really does — a context key the extension sets, a view shown, a command run — never
 * on the click of its own button alone.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { localizedManifest } from './manifest';

const REPO = path.join(__dirname, '../../..');
const manifest = localizedManifest();
const progressSource = readFileSync(path.join(REPO, 'src/extension/walkthrough.ts'), 'utf8');
const commands = new Set<string>(manifest.contributes.commands.map((c: { command: string }) => c.command));
/** VS Code's own commands and views the steps use. */
const BUILT_IN_COMMANDS = new Set(['workbench.actions.view.problems']);
const PROBLEMS_VIEW = 'workbench.panel.markers.view';

interface Step {
  id: string;
  title: string;
  description: string;
  media: { markdown?: string; image?: string; altText?: string };
  completionEvents?: string[];
}

const [walkthrough] = manifest.contributes.walkthroughs as { id: string; steps: Step[] }[];

describe('the walkthrough in the manifest', () => {
  it('goes from the charter to the dashboard in the order a new team works', () => {
    assert.deepEqual(
      walkthrough.steps.map((s) => s.id),
      ['createCharter', 'fillForm', 'readProblems', 'startRetro', 'recordPulse', 'openDashboard'],
    );
  });

  for (const step of walkthrough.steps) {
    describe(`step ${step.id}`, () => {
      it('has a page that the .vsix ships (under media/)', () => {
        const page = step.media.markdown ?? step.media.image;
        if (!page) return assert.fail('no markdown or image');
        assert.ok(page.startsWith('media/'), `${page} is outside media/`);
        assert.ok(existsSync(path.join(REPO, page)), `${page} is missing`);
        if (step.media.image) assert.ok(step.media.altText, 'an image needs its alt text');
      });

      it('has a button that runs a command that exists', () => {
        const links = [...step.description.matchAll(/\]\(command:([\w.]+)/g)].map((m) => m[1]);
        assert.ok(links.length > 0, 'no command: link');
        for (const command of links) assert.ok(commands.has(command) || BUILT_IN_COMMANDS.has(command), `unknown command ${command}`);
      });

      it('completes on a real event, which the extension or VS Code raises', () => {
        const events = step.completionEvents ?? [];
        assert.ok(events.length > 0, 'no completionEvents: it would complete on a click of its button');
        for (const event of events) {
          const [kind, what] = [event.slice(0, event.indexOf(':')), event.slice(event.indexOf(':') + 1)];
          if (kind === 'onContext') assert.ok(progressSource.includes(`'${what}'`), `no context key ${what} in src/extension/walkthrough.ts`);
          else if (kind === 'onCommand') assert.ok(commands.has(what), `unknown command ${what}`);
          else if (kind === 'onView') assert.equal(what, PROBLEMS_VIEW);
          else assert.fail(`${event} is not a real event of the step`);
        }
      });
    });
  }
});
