/** `teamcharter report` end to end, and the renderers it shares with the extension. */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPORT_CASES, REPORT_WORKSPACE, reportArgs } from '../../../scripts/reportFixture';
import { loadWorkspace } from '../../../src/cli/files';
import { teamInsights } from '../../../src/core/insights/insights';
import { renderHtml, renderMarkdown, scorePulsePanelSvg } from '../../../src/core/report';
import { levelName, percent } from '../../../src/core/insights/scoreWords';
import { stepScores, emptyTally } from '../../../src/core/engine/score';
import { buildCli, cli, tempWorkspace } from './cliRun';

const TODAY = '2026-11-30';

const CHARTER = `kind: Charter
version: 1
id: platform
team: Platform
goals:
  - id: G1
    title: <script>alert(1)</script> & <img src=x onerror=alert(2)>
    owner: "dana <b>"
    status: on-track
members:
  - name: dana
`;
const RETRO = `kind: Retrospective
version: 1
team: platform
date: 2026-11-16
facilitator: "<i>lee</i>"
wins:
  - text: Shipped
    who: [dana]
actions:
  - id: A-1
    title: "Fix </td></tr></table><script>steal()</script>"
    owner: dana
    due: 2026-11-20
    goal: G1
`;

describe('teamcharter report (end to end)', function () {
  before(buildCli);

  describe('the fixture workspace against the checked-in expected files (npm run gen:report rewrites them)', () => {
    for (const { format, expected } of REPORT_CASES) {
      it(`--format ${format} prints exactly ${path.basename(expected)}`, () => {
        const result = cli(REPORT_WORKSPACE, ...reportArgs(format));
        assert.equal(result.code, 0, result.stderr);
        assert.equal(result.stderr, '');
        assert.ok(existsSync(expected), `${expected} is missing: run npm run gen:report`);
        // Compared as text, so a failure shows the lines that changed; if the change is intended, run npm run gen:report.
        assert.equal(result.stdout, readFileSync(expected, 'utf8'), `the ${format} report differs from ${path.basename(expected)}`);
      });
    }

    it('the expected Markdown says what a reader of the fixture should see', () => {
      const md = readFileSync(REPORT_CASES[0].expected, 'utf8');
      assert.match(md, /^# Team insights: Platform & Tools \(platform\)$/m);
      assert.match(md, /As of 2026-11-30 · 4 retros from 2026-10-05 to 2026-11-16/);
      // Follow-through: done of closed and A-4 overdue (A-5 is deferred, A-6 not due yet);
      // A-1 took 14 days, A-2 23 (to its on date, 2026-10-28).
      assert.match(md, /\| 6 \| 2 \| 1 \| 3 \| 50% \| 18\.5 days \|/, 'created, done, dropped, open, follow-through, median');
      assert.match(md, /\| A-5 \| Pair on on-call handovers \| sam \| 2026-11-13, deferred until 2026-12-07 \|/, 'a deferral shows with its date');
      assert.match(md, /No rule is turned off; no finding is suppressed\./);
      assert.match(md, /\| A-4 \| Canary analysis for the payments service \| dana \| 2026-11-16 \| 14 \| 2 retros \|/, 'A-4 is 14 days overdue');
      assert.match(md, /Longest run: lee, 3 retros in a row \(2026-10-05 to 2026-11-02\)/);
      assert.match(md, /\| G2 \| &lt;script&gt;alert\("pwned"\)&lt;\/script&gt; \\\| Faster builds \|/, 'the title is escaped, its | too');
      assert.match(md, /- \.team\/retros\/2026-11-2x\.retro\.yaml/, 'the undated retro is named as left out');
      assert.doesNotMatch(md, /A-99/, 'an action of an undated retro counts nowhere');
    });
  });

  it('-o (or --out) writes the file, the same text as stdout gets; a team file it refuses (exit 2, the file unchanged)', () => {
    const dir = tempWorkspace({ '.team/platform.charter.yaml': CHARTER, '.team/retros/2026-11-16.retro.yaml': RETRO });
    for (const option of ['-o', '--output-file', '--out']) {
      const first = cli(dir, 'report', '--team', 'platform', '--format', 'html', option, 'report.html', '--today', TODAY);
      assert.deepEqual([first.code, first.stdout, first.stderr], [0, '', ''], option);
      const written = readFileSync(path.join(dir, 'report.html'), 'utf8');
      assert.equal(written, cli(dir, 'report', '--team', 'platform', '--format', 'html', '--today', TODAY).stdout, 'the file holds what stdout would');
    }
    const charter = readFileSync(path.join(dir, '.team/platform.charter.yaml'), 'utf8');
    const refused = cli(dir, 'report', '--team', 'platform', '-o', '.team/platform.charter.yaml', '--today', TODAY);
    assert.deepEqual([refused.code, refused.stdout], [2, '']);
    assert.equal(refused.stderr.split('\n').length, 2, refused.stderr);
    assert.equal(readFileSync(path.join(dir, '.team/platform.charter.yaml'), 'utf8'), charter);
  });

  describe('usage errors: exit 2 and one line on stderr', () => {
    const cases: [string, string[], RegExp][] = [
      ['an unknown team, listing the teams found', ['report', '--team', 'plaform'], /^teamcharter: no team "plaform" in \.; teams found: platform, web$/],
      ['no --team', ['report'], /^teamcharter: report needs --team ID/],
      ['an unknown format', ['report', '--team', 'platform', '--format', 'pdf'], /^teamcharter: --format must be one of md, html, got "pdf"$/],
      ['a bad --today', ['report', '--team', 'platform', '--today', '2026-02-30'], /--today must be a date/],
      ['a missing path', ['report', '--team', 'platform', 'nowhere'], /^teamcharter: no such file or folder: nowhere$/],
    ];
    for (const [name, args, pattern] of cases) {
      it(name, () => {
        const dir = tempWorkspace({ '.team/platform.charter.yaml': CHARTER, '.team/web.charter.yaml': 'kind: Charter\nid: web\n' });
        const result = cli(dir, ...args);
        assert.equal(result.code, 2, result.stdout + result.stderr);
        assert.equal(result.stdout, '');
        assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
        assert.match(result.stderr.trim(), pattern);
      });
    }

    it('an empty folder: says no team files were found', () => {
      const result = cli(tempWorkspace({ 'README.md': 'nothing here\n' }), 'report', '--team', 'platform');
      assert.equal(result.code, 2);
      // A folder search that finds no team file stops every command (docs/cli.md, "lint"), before --team is looked up.
      assert.match(result.stderr, /^teamcharter: no team files found in \. \(.*\)\n$/);
    });
  });
});

describe('report renderers', () => {
  const insightsOfTemp = () => {
    const dir = tempWorkspace({ '.team/platform.charter.yaml': CHARTER, '.team/retros/2026-11-16.retro.yaml': RETRO });
    const { workspace } = loadWorkspace([dir], { today: TODAY });
    return teamInsights(workspace, 'platform')!;
  };

  it('HTML: every value from the files is escaped; there is no script and no markup of theirs', () => {
    const html = renderHtml(insightsOfTemp());
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /<img/i);
    assert.doesNotMatch(html, /<i>lee/);
    assert.doesNotMatch(html, /<\/td><\/tr><\/table><script/);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; &lt;img src=x onerror=alert\(2\)&gt;/);
    assert.match(html, /dana &lt;b&gt;/);
    assert.match(html, /&lt;i&gt;lee&lt;\/i&gt;/);
    assert.match(html, /Fix &lt;\/td&gt;&lt;\/tr&gt;&lt;\/table&gt;&lt;script&gt;steal\(\)&lt;\/script&gt;/);
  });

  it('Markdown: values cannot become markup either', () => {
    const md = renderMarkdown(insightsOfTemp());
    assert.doesNotMatch(md, /<script|<img|<i>|<\/td>/i);
    assert.match(md, /&lt;script&gt;alert\(1\)&lt;\/script&gt; & &lt;img src=x onerror=alert\(2\)&gt;/);
  });

  it('HTML is self-contained: inline CSS with a dark scheme, inline SVG, no external resource', () => {
    const html = readFileSync(REPORT_CASES[1].expected, 'utf8');
    assert.match(html, /^<!doctype html>/);
    assert.match(html, /<style>[\s\S]*@media \(prefers-color-scheme: dark\)[\s\S]*<\/style>/);
    assert.match(html, /<meta name="color-scheme" content="light dark">/);
    for (const external of [/<link\b/i, /<script\b/i, /<img\b/i, /<iframe\b/i, /\bsrc=/i, /\bhref=/i, /url\(/i, /@import/i])
      assert.doesNotMatch(html, external);
    // One small chart per step, and (the fixture's team records a pulse) a key to their lines, all inline SVG.
    assert.equal((html.match(/<svg class="chart pulse-key"/g) ?? []).length, 1, 'one key');
    assert.equal((html.match(/<svg class="chart panel"/g) ?? []).length, 7, 'seven step panels');
    assert.equal((html.match(/<svg\b/g) ?? []).length, 8, 'no other picture');
  });

  it('the history: one small chart per step, each point the team as it stood then, with its level in the tooltip and the table', () => {
    const { workspace } = loadWorkspace([REPORT_WORKSPACE], { today: TODAY });
    const insights = teamInsights(workspace, 'platform')!;
    const html = renderHtml(insights);
    const over = html.slice(html.indexOf('<h2>Scores over time</h2>'), html.indexOf('<h2>Score and team pulse</h2>'));
    assert.equal((over.match(/<svg class="chart panel"/g) ?? []).length, 7, 'a panel per step, under Scores over time');
    // Every panel has a marker per retro where its step is scored, each saying the score and the level then.
    const first = insights.history[0];
    const step1 = first.steps[0];
    assert.ok(over.includes(`<title>Score, ${first.date}: ${percent(step1.score)}, ${levelName(step1.level)}</title>`), 'the level in the tooltip');
    // The table: one row per retro with its level.
    const md = renderMarkdown(insights);
    for (const point of insights.history) assert.match(md, new RegExp(`^\\| ${point.date} \\| ${levelName(point.level)} \\|`, 'm'));
  });

  it('a panel of a team that never took a pulse shows the score alone, with no pulse line or key', () => {
    const steps = stepScores(emptyTally()).map((s) => ({ ...s, score: 50, level: 1 as const }));
    const points = [
      { date: '2026-11-16', steps },
      { date: '2026-11-30', steps },
    ];
    const panel = scorePulsePanelSvg(2, points, undefined, { score: 50 });
    assert.doesNotMatch(panel, /series pulse|not rated|team pulse/);
    assert.match(panel, />now: score 50%<\/text>/);
    assert.equal((panel.match(/<polyline/g) ?? []).length, 1, 'the score line');
    assert.match(panel, /<title>Score, 2026-11-30: 50%, written<\/title>/);
  });

  it('empty histories read as sentences, not empty tables', () => {
    const dir = tempWorkspace({ '.team/platform.charter.yaml': 'kind: Charter\nid: platform\n' });
    const insights = teamInsights(loadWorkspace([dir], { today: TODAY }).workspace, 'platform')!;
    const md = renderMarkdown(insights);
    assert.match(md, /## Scores over time\n\nNo dated retros yet\./);
    assert.match(md, /## Actions\n\nNo actions yet\./);
    assert.match(md, /## Goals\n\nThe charter has no goals\./);
    const html = renderHtml(insights);
    assert.doesNotMatch(html, /<svg/);
    assert.match(html, /<p>No dated retros yet\.<\/p>/);
  });

  it('the pulse: beside each score now, each gap in words, and a panel per step with the score solid and filled, the pulse dashed and hollow', () => {
    const { workspace } = loadWorkspace([REPORT_WORKSPACE], { today: TODAY });
    const insights = teamInsights(workspace, 'platform')!;
    const html = renderHtml(insights);
    const md = renderMarkdown(insights);
    // Step 6 now: 93% in the files, 41.7% in the team's latest pulse; both renderers put them side by side, after its level.
    assert.match(md, /\| 6\. A feedback-driven environment \| not yet \| norms-missing \| 93% \| 21\/23 \| 41\.7% \(2\.67 out of 5, 3 people, 2026-11-16\) \|/);
    assert.match(
      html,
      /6\. A feedback-driven environment<\/td><td>not yet<\/td><td>norms-missing<\/td><td class="num">93%<\/td><td class="num">21\/23<\/td><td>41\.7% \(2\.67 out of 5, 3 people, 2026-11-16\)<\/td>/,
    );
    // The gaps pulse-gap reports, in words, in both.
    const gap =
      'Step 6, A feedback-driven environment: the files score 92.7%, but the team rated it 2.67 out of 5 (41.7%, 3 people) on 2026-11-16, 51 points lower.';
    assert.ok(md.includes(gap), 'the Markdown says the gap');
    assert.ok(html.includes(gap), 'the HTML says the gap');
    assert.deepStrictEqual(
      insights.pulse.gaps.map((g) => g.step),
      [1, 6],
    );
    assert.match(md, /Not rated in any pulse yet: 2\. Accountability and transparency, 4\. Leading by example through change\.$/m);
    // A panel: the score line solid with filled markers, the pulse dashed with hollow ones (classes the CSS styles), the gap said in the title.
    const panel = scorePulsePanelSvg(
      6,
      insights.history,
      insights.pulse.history.flatMap((p) => p.steps.filter((r) => r.step === 6)),
      { score: 92.7, pulse: 41.7 },
      51,
    );
    const group = (name: string) =>
      panel.slice(panel.indexOf(`<g class="series ${name} step-6">`), panel.indexOf('</g>', panel.indexOf(`<g class="series ${name} step-6">`)));
    assert.doesNotMatch(group('score'), /stroke-dasharray/);
    assert.match(group('pulse'), /<polyline points="[^"]+" stroke-dasharray="6 4"\/>/);
    assert.equal((group('pulse').match(/<path class="marker"/g) ?? []).length, 3, 'three ratings of step 6');
    assert.match(group('pulse'), /<title>Team pulse, 2026-11-16: 2\.67 out of 5 \(41\.7%, 3 people\)<\/title>/);
    assert.match(panel, />gap: 51 points<\/text>/);
    assert.match(panel, />now: score 93%, team pulse 41\.7%<\/text>/);
    assert.match(html, /svg\.chart \.series\.pulse\.step-6 \.marker \{ fill: none; stroke: var\(--step-6\)/, 'hollow pulse markers');
    // A step never rated says so in its panel.
    assert.match(renderHtml(insights), /4\. Leading by example through change<\/text>[\s\S]*?not rated in any pulse yet/);
  });

  it('a team without a pulse: no pulse column, and one sentence on how to take one', () => {
    const insights = insightsOfTemp();
    assert.equal(insights.pulse.history.length, 0);
    const md = renderMarkdown(insights);
    assert.doesNotMatch(md, /team pulse \(latest\)/);
    assert.match(md, /No retro has recorded a pulse yet\. .*show of fingers, a poll or slips, and writes only the counts/);
    // Issue 24: the "Scores now" table is a table on GitHub only when its alignment row has one cell per heading.
    const scoresNow = md.slice(md.indexOf('## Scores now'), md.indexOf('## Scores over time'));
    const rows = scoresNow.split('\n').filter((line) => line.startsWith('|'));
    const cells = (row: string) => row.replace(/\\\|/g, '').split('|').length - 2;
    assert.ok(rows.length > 2, scoresNow);
    assert.match(rows[1], /^\|( *:?-+:? *\|)+$/, 'the second row aligns');
    assert.deepEqual(
      rows.map(cells),
      rows.map(() => 5),
      'five columns in every row, the alignment row too',
    );
    const html = renderHtml(insights);
    assert.doesNotMatch(html, /class="series pulse|class="chart pulse-key"/);
    assert.equal((html.match(/<svg class="chart panel"/g) ?? []).length, 7, 'the score alone, step by step');
  });
});
