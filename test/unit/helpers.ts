/**
 * Shared helpers for the core unit tests: fixture folders and their
 * `# expect: rule-id` markers, workspaces built from text, temp folder trees.
 */
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadWorkspace } from '../../src/cli/files';
import type { Config } from '../../src/core/engine/config';
import { TeamFile } from '../../src/core/format/teamFile';
import type { Finding } from '../../src/core/base/types';
import { Workspace, type FileResult } from '../../src/core/engine/workspace';
import { RULES } from '../../src/core/rules';

/** The "today" every fixture is written against. */
export const TODAY = '2026-11-30';

export const FIXTURES = path.resolve(__dirname, '..', 'fixtures');
export const RULE_FIXTURES = path.join(FIXTURES, 'rules');
export const HEALTHY = path.join(FIXTURES, 'healthy');

/** A finding reduced to what a fixture marker can say: file (relative to the folder), line, rule. */
export interface Mark {
  file: string;
  line: number;
  rule: string;
}

export function markKey(mark: Mark): string {
  return `${mark.file}:${mark.line} ${mark.rule}`;
}

/** Sorted keys, so that two multisets of marks compare with deepStrictEqual and show a readable diff. */
export function markKeys(marks: readonly Mark[]): string[] {
  return marks.map(markKey).sort();
}

/** Every file under `dir` (dot folders included), as paths relative to `dir` with forward slashes. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const visit = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.isFile()) out.push(path.relative(dir, full).split(path.sep).join('/'));
    }
  };
  visit(dir);
  return out.sort();
}

const MARKER = /#\s*expect:\s*(.*?)\s*$/;

/**
 * The `# expect: rule-a, rule-b` markers of one text, read line by line from the raw text
 * (never through the YAML parser). A rule named twice on a line expects two findings there.
 */
export function parseMarkers(text: string, file: string): Mark[] {
  const marks: Mark[] = [];
  text.split(/\r?\n/).forEach((lineText, index) => {
    const match = MARKER.exec(lineText);
    if (!match) return;
    for (const rule of match[1].split(',').map((r) => r.trim())) {
      if (!/^[a-z0-9-]+$/.test(rule)) throw new Error(`${file}:${index + 1}: bad expect marker "${match[1]}"`);
      marks.push({ file, line: index + 1, rule });
    }
  });
  return marks;
}

/** The text without its expect markers (to show that the markers themselves change nothing). */
export function stripMarkers(text: string): string {
  return text.replace(/[ \t]*#\s*expect:[^\n]*/g, '');
}

/** The markers of every YAML file in a fixture folder. */
export function folderMarkers(folder: string): Mark[] {
  return listFiles(folder)
    .filter((file) => /\.ya?ml$/.test(file))
    .flatMap((file) => parseMarkers(readFileSync(path.join(folder, file), 'utf8'), file));
}

/** Lint a folder exactly as the CLI reads it; findings carry paths relative to the folder. */
export function lintFolder(folder: string, options: { today?: string; config?: string } = {}): Finding[] {
  const { workspace } = loadWorkspace([folder], { today: options.today ?? TODAY, config: options.config });
  return allFindings(workspace.lintAll()).map((finding) => ({ ...finding, file: path.relative(folder, finding.file).split(path.sep).join('/') }));
}

export function allFindings(results: Map<string, FileResult> | Iterable<FileResult>): Finding[] {
  const values = results instanceof Map ? [...results.values()] : [...results];
  return values.flatMap((result) => result.findings);
}

export function marksOf(findings: readonly Finding[]): Mark[] {
  return findings.map((f) => ({ file: f.file, line: f.range.line, rule: f.rule }));
}

export function ofRule(findings: readonly Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

/** A workspace built from in-memory texts (path → YAML). */
export function workspaceOf(files: Record<string, string>, options: { today?: string; configFor?: (path: string) => Config } = {}): Workspace {
  const workspace = new Workspace({ today: options.today ?? TODAY, rules: RULES, configFor: options.configFor });
  for (const [file, text] of Object.entries(files)) workspace.update(TeamFile.fromText(file, text));
  return workspace;
}

/** Findings of one file, as "line rule" strings in order. */
export function lineRules(result: FileResult | undefined, rule?: string): string[] {
  if (!result) throw new Error('no such file in the workspace');
  return result.findings.filter((f) => rule === undefined || f.rule === rule).map((f) => `${f.range.line} ${f.rule}`);
}

/** Create a folder tree in the OS temp folder; remove it with the returned cleanup. */
export function tempTree(files: Record<string, string | Uint8Array>): { root: string; cleanup: () => void } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'teamcharter-test-'));
  for (const [file, content] of Object.entries(files)) {
    const full = path.join(root, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** Lines that are only a comment. */
export function commentLines(text: string): string[] {
  return text.split('\n').filter((line) => /^\s*#/.test(line));
}

// --- Small YAML builders for cross-file tests --------------------------------

export interface ActionSpec {
  id: string;
  title?: string;
  owner?: string;
  due?: string;
  goal?: string;
}

export interface ReviewSpec {
  id: string;
  status: 'done' | 'in-progress' | 'carried' | 'dropped';
}

/** A minimal charter with members (and optional extra YAML appended as is). */
export function charterYaml(id: string, options: { members?: string[]; goals?: string[]; retrospectives?: string; extra?: string } = {}): string {
  const lines = ['kind: Charter', 'version: 1', `id: ${id}`, `team: ${id} team`];
  const members = options.members ?? ['dana', 'sam'];
  if (members.length) lines.push('members:', ...members.map((name) => `  - name: ${name}`));
  if (options.goals?.length) lines.push('goals:', ...options.goals.map((goal) => `  - id: ${goal}\n    title: Goal ${goal}`));
  if (options.retrospectives) lines.push('feedback:', `  retrospectives: ${options.retrospectives}`);
  if (options.extra) lines.push(options.extra.trimEnd());
  return `${lines.join('\n')}\n`;
}

/** A minimal retro: previousActions, then actions. */
export function retroYaml(team: string, date: string, options: { reviews?: ReviewSpec[]; actions?: ActionSpec[] } = {}): string {
  const lines = ['kind: Retrospective', 'version: 1', `team: ${team}`, `date: ${date}`];
  if (options.reviews) {
    if (options.reviews.length === 0) lines.push('previousActions: []');
    else lines.push('previousActions:', ...options.reviews.flatMap((r) => [`  - id: ${r.id}`, `    status: ${r.status}`]));
  }
  if (options.actions?.length) {
    lines.push('actions:');
    for (const a of options.actions) {
      lines.push(`  - id: ${a.id}`, `    title: ${JSON.stringify(a.title ?? `Action ${a.id}`)}`, `    owner: ${a.owner ?? 'dana'}`);
      if (a.due) lines.push(`    due: ${a.due}`);
      if (a.goal) lines.push(`    goal: ${a.goal}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The 1-based line of the first line of `text` containing `needle` (after `after` lines). */
export function lineOf(text: string, needle: string, after = 0): number {
  const index = text.split('\n').findIndex((line, i) => i >= after && line.includes(needle));
  if (index < 0) throw new Error(`"${needle}" not found`);
  return index + 1;
}

/** The columns of each retro format, written out independently of the code (docs/format.md "Columns of each format"). */
export const FORMAT_COLUMNS: Record<string, string[]> = {
  'start-stop-continue': ['start', 'stop', 'continue'],
  '4ls': ['liked', 'learned', 'lacked', 'longed-for'],
  'mad-sad-glad': ['mad', 'sad', 'glad'],
  sailboat: ['wind', 'anchors', 'rocks', 'island'],
  'went-well-improve': ['went-well', 'improve'],
  custom: [],
};
