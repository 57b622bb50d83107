/**
 * The HTML report as a person sees it in a browser: the report fixture's expected page
 * (what `teamcharter report --format html` writes for it), with the pulse beside each
 * step's score. Leaves test-results/report-pulse.png to review by eye.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { REPO, RESULTS, launchBrowser, tools } from '../../../scripts/codeServer';

describe('the HTML report in a browser', () => {
  let browser: Browser | undefined;

  before(async () => {
    browser = await launchBrowser(await tools());
  });

  after(async () => {
    await browser?.close();
  });

  it('shows the team pulse beside the checklist score, step by step, and calls out the gaps (screenshot)', async () => {
    const page = await browser!.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(pathToFileURL(path.join(REPO, 'test/fixtures/report/expected.html')).href);
    const section = page.locator('h2', { hasText: 'Score and team pulse' });
    await section.scrollIntoViewIfNeeded();
    assert.ok(await section.isVisible(), 'the pulse section is shown');
    const text = await page.locator('body').innerText();
    assert.match(text, /out of 5/, 'the pulse is read as a rating out of 5');
    assert.match(text, /Gap\b|gap/, 'a gap is called out in words');
    mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: path.join(RESULTS, 'report-pulse.png'), fullPage: true });
  });
});
