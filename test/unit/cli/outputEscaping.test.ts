/**
 * Text from the files never reaches a terminal or a CI log raw (issue 12):
 * control characters are shown as visible escapes in every human output, the
 * github format escapes workflow commands, and SARIF URIs are encoded per
 * path segment.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { formatGithub } from '../../../src/cli/format/github';
import { formatSarif } from '../../../src/cli/format/sarif';
import { formatStylish } from '../../../src/cli/format/stylish';
import { renderReport } from '../../../src/core/report';
import { teamInsights } from '../../../src/core/insights/insights';
import type { Finding } from '../../../src/core/base/types';
import { showControls } from '../../../src/core/base/controlChars';
import { workspaceOf } from '../helpers';
import { buildCli, cliWithin, tempWorkspace } from './cliRun';

const ESC = '\u001b';
/** An OSC 8 hyperlink, a colour change and a bell: what a hostile value would try. */
const HOSTILE = `${ESC}]8;;https://evil.example${ESC}\\click${ESC}]8;;${ESC}\\ ${ESC}[31mred\u0007`;

function finding(file: string, message: string): Finding {
  return { file, rule: 'schema', step: 0, severity: 'error', message, range: { line: 1, column: 1, endLine: 1, endColumn: 2 } };
}

/** Control characters other than the line breaks between output lines. */
function rawControls(text: string): string[] {
  return [...text.matchAll(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g)].map((m) => m[0]);
}

describe('output escaping', () => {
  it('showControls writes every control character as a visible \\uXXXX escape', () => {
    assert.equal(showControls(`a${ESC}[31mb\nc\u202ed`), 'a\\u001b[31mb\\u000ac\\u202ed');
    assert.equal(showControls('plain text, ünïcode ✔'), 'plain text, ünïcode ✔');
  });

  it('stylish: control characters in file names and messages are shown, not sent', () => {
    const out = formatStylish([finding(`.team/${ESC}[2Jx.retro.yaml`, `field: found "${HOSTILE}"`)], 1, { enabled: false });
    assert.deepEqual(rawControls(out), []);
    assert.match(out, /\\u001b\]8;;https:\/\/evil\.example/);
    assert.match(out, /\.team\/\\u001b\[2Jx\.retro\.yaml/);
  });

  it('stylish with colours: the only escape sequences are its own colours', () => {
    const out = formatStylish([finding('x.retro.yaml', HOSTILE)], 1, { enabled: true });
    assert.ok(out.includes('\u001b[31m'), 'colours are on');
    assert.deepEqual(rawControls(out.replace(/\u001b\[\d+m/g, '')), []);
  });

  it('github: a newline cannot start a workflow command, and no control character is sent', () => {
    const out = formatGithub([finding('a,b:c.retro.yaml', `x\n::error file=evil::pwned\r${HOSTILE}`)]);
    const lines = out.split('\n').filter(Boolean);
    assert.equal(lines.length, 1, out);
    assert.match(lines[0], /^::error file=a%2Cb%3Ac\.retro\.yaml,line=1,/);
    assert.match(lines[0], /x%0A::error file=evil::pwned%0D/);
    assert.deepEqual(rawControls(out), []);
    assert.equal(formatGithub([finding('x.retro.yaml', '100% done')]).includes('100%25 done'), true);
  });

  it('sarif: a file name with # or ? is encoded per path segment, so the URI names that file', () => {
    const log = JSON.parse(formatSarif([finding('teams/a#1/b?c d.retro.yaml', 'm')], '0.0.0'));
    const uri = log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri as string;
    assert.equal(uri, 'teams/a%231/b%3Fc%20d.retro.yaml');
    assert.equal(new URL(uri, 'file:///repo/').pathname, '/repo/teams/a%231/b%3Fc%20d.retro.yaml');
    assert.equal(decodeURIComponent(new URL(uri, 'file:///repo/').pathname), '/repo/teams/a#1/b?c d.retro.yaml');
  });

  it('the Markdown report shows control characters from the files as escapes', () => {
    const workspace = workspaceOf({
      '.team/web.charter.yaml': `kind: Charter\nid: web\nteam: "Web ${HOSTILE.replace(/\\/g, '\\\\')
        .replace(/\u001b/g, '\\e')
        .replace(/\u0007/g, '\\a')}"\n`,
    });
    const text = renderReport(teamInsights(workspace, 'web')!, 'md');
    assert.deepEqual(rawControls(text), []);
    assert.match(text, /\\\\?u001b/);
  });

  describe('end to end', function () {
    before(buildCli);

    it('score: a team name with a newline cannot print a line that CI runs as a command', () => {
      const dir = tempWorkspace({ '.team/web.charter.yaml': 'kind: Charter\nid: web\nteam: "Web\\n::error file=x::pwned \\e[31m"\n' });
      const result = cliWithin(20_000, dir, 'score');
      assert.equal(result.code, 0, result.stderr);
      assert.ok(!result.stdout.split('\n').some((line) => line.startsWith('::')), result.stdout);
      assert.deepEqual(rawControls(result.stdout), []);
      assert.match(result.stdout, /Team web \(Web\\u000a::error file=x::pwned \\u001b\[31m\)/);
    });

    it('lint: file names with control characters are shown escaped in stylish output and in notes', () => {
      const dir = tempWorkspace({ '.team/web.charter.yaml': 'kind: Charter\nid: web\n' });
      const name = `x${ESC}[2J.retro.yaml`;
      writeFileSync(path.join(dir, '.team', name), 'kind: Retrospective\nteam: web\ndate: 2026-11-30\n');
      mkdirSync(path.join(dir, '.team', `p${ESC}]8;;x`));
      const result = cliWithin(20_000, dir, 'lint', '--today', '2026-11-30');
      assert.deepEqual(rawControls(result.stdout + result.stderr), []);
      assert.match(result.stdout, /\.team\/x\\u001b\[2J\.retro\.yaml/);
    });
  });
});
