/**
 * Keeps the core's workspace index in step with VS Code — files on disk, open
 * documents as they are typed, creates, deletes and renames — and publishes
 * the findings as diagnostics. Editing one file re-lints its whole team, so a
 * retro edit updates the charter's cross-file findings and the other retros'.
 */
import * as vscode from 'vscode';
import { localToday } from '../core/format/dates';
import { KIND_PEEK_BYTES, TeamFile, isTeamFile, isTeamFileName, mayDeclareKind } from '../core/format/teamFile';
import type { Finding } from '../core/base/types';
import { FILE_START } from '../core/yaml/yamlFile';
import { Workspace, type FileResult } from '../core/engine/workspace';
import { CONFIG_GLOB, ConfigIndex } from './configs';
import { SOURCE, toDiagnostic, toRange } from './diagnostics';
import { readSettings, rulesByFolder } from './settings';
import { RULES } from '../core/rules';

/** Every YAML file: a team file is one by its name, or by the `kind` in its start (isTeamFile), as in the CLI. */
export const TEAM_FILE_GLOB = '**/*.{yaml,yml}';
const EXCLUDE = '**/{node_modules,.git}/**';
const SCHEMES = new Set(['file', 'vscode-remote', 'vscode-vfs', 'vscode-test-web']);

/** Whether an open document is a team file: by its name, or by the `kind` in its start (only that is read). */
export function isTeamDocument(document: vscode.TextDocument): boolean {
  return (
    SCHEMES.has(document.uri.scheme) &&
    isTeamFile(document.uri.path, () => {
      const end = document.positionAt(KIND_PEEK_BYTES);
      return { start: document.getText(new vscode.Range(0, 0, end.line, end.character)), complete: document.offsetAt(end) < KIND_PEEK_BYTES };
    })
  );
}

/** Whether bytes read from disk are a team file's (see isTeamDocument). */
function isTeamBytes(uri: vscode.Uri, bytes: Uint8Array): boolean {
  return isTeamFile(uri.path, () => ({ start: bytes.subarray(0, KIND_PEEK_BYTES), complete: bytes.length <= KIND_PEEK_BYTES }));
}

export class WorkspaceLinter implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('teamcharter');
  readonly configs = new ConfigIndex();
  readonly core: Workspace;
  private readonly findings = new Map<string, Finding[]>();
  /** What was last published per file, to skip publishing what did not change. */
  private readonly published = new Map<string, string>();
  private readonly results = new Map<string, FileResult>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly lintedAt = new Map<string, number>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<readonly string[]>();
  /** Fires with the URIs (strings) whose findings were published. */
  readonly onDidLint = this.changed.event;
  private markReady!: () => void;
  private readonly firstIndex = new Promise<void>((resolve) => (this.markReady = resolve));
  private today = localToday();
  /** How long the first indexing took (read every file, lint, publish), in ms; for measurements. */
  firstIndexMs: number | undefined;

  constructor() {
    // Files are read straight into their compact form when their text is plain YAML (edits parse the
    // editor's text themselves). The others: those open in an editor keep their parsed document,
    // the rest are compacted once checked.
    this.core = new Workspace({ today: this.today, rules: RULES, configFor: (file) => this.configs.lookup.configFor(file), compact: (file) => !isOpen(file) });
    this.configs.lookup.setOverrides(rulesByFolder());
  }

  /** Start watching and index the workspace in the background. */
  start(): void {
    const watcher = vscode.workspace.createFileSystemWatcher(TEAM_FILE_GLOB);
    const configWatcher = vscode.workspace.createFileSystemWatcher(CONFIG_GLOB);
    this.disposables.push(
      this.collection,
      this.changed,
      watcher,
      configWatcher,
      watcher.onDidCreate((uri) => void this.fromDisk(uri)),
      watcher.onDidChange((uri) => void this.fromDisk(uri)),
      watcher.onDidDelete((uri) => (this.configs.isExtended(uri) ? void this.configChanged(uri, true) : this.removed(uri))),
      configWatcher.onDidCreate((uri) => void this.configChanged(uri)),
      configWatcher.onDidChange((uri) => void this.configChanged(uri)),
      configWatcher.onDidDelete((uri) => void this.configChanged(uri, true)),
      vscode.workspace.onDidOpenTextDocument((document) => this.fromDocument(document)),
      vscode.workspace.onDidChangeTextDocument((event) => this.typed(event.document)),
      vscode.workspace.onDidSaveTextDocument((document) => this.fromDocument(document)),
      vscode.workspace.onDidCloseTextDocument((document) => {
        // A document closed without saving: the file on disk is the truth again.
        if (isTeamDocument(document) && document.isDirty) void this.fromDisk(document.uri);
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('teamcharter.rules')) {
          this.configs.lookup.setOverrides(rulesByFolder());
          this.relintAll();
        }
      }),
    );
    const started = performance.now();
    void this.indexWithProgress().finally(() => {
      this.firstIndexMs = performance.now() - started;
      this.markReady();
    });
  }

  /** Resolves when the first indexing is done. */
  ready(): Promise<void> {
    return this.firstIndex;
  }

  findingsOf(uri: vscode.Uri): readonly Finding[] {
    return this.findings.get(uri.toString()) ?? [];
  }

  resultOf(uri: vscode.Uri): FileResult | undefined {
    return this.results.get(uri.toString());
  }

  /** The same, for an indexed file: its path is the key (a URI's string), with no URI to parse and print again. */
  resultOfFile(file: TeamFile): FileResult | undefined {
    return this.results.get(file.path);
  }

  findingsOfFile(file: TeamFile): readonly Finding[] {
    return this.findings.get(file.path) ?? [];
  }

  /** The spinner appears only when indexing takes over a second. */
  private async indexWithProgress(): Promise<void> {
    const work = this.reindex();
    let done = false;
    void work.finally(() => (done = true));
    const timer = setTimeout(() => {
      if (!done)
        void vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Team Charter: indexing team files') }, () => work);
    }, 1000);
    try {
      await work;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Read every team file and config from scratch, then lint everything. */
  async reindex(): Promise<{ files: number; problems: number }> {
    const [files, configs] = await Promise.all([vscode.workspace.findFiles(TEAM_FILE_GLOB, EXCLUDE), vscode.workspace.findFiles(CONFIG_GLOB, EXCLUDE)]);
    await Promise.all(configs.map((uri) => this.configs.load(uri)));
    // An ignored file is not a team file here: no findings, and not counted for its team.
    const known = new Set(files.filter((uri) => this.configs.ignoredBy(uri) === undefined).map((uri) => uri.toString()));
    // Open documents win over the disk; a document whose file is gone counts only while it has unsaved text.
    const open = new Map(
      vscode.workspace.textDocuments
        .filter((d) => isTeamDocument(d) && (known.has(d.uri.toString()) || (d.isDirty && this.configs.ignoredBy(d.uri) === undefined)))
        .map((d) => [d.uri.toString(), d]),
    );
    for (const file of [...this.core.allFiles()]) if (!known.has(file.path) && !open.has(file.path)) this.removed(vscode.Uri.parse(file.path));
    // Today and the configs first: each file is checked (and compacted) as it is read.
    this.reconfigure();
    const add = (file: TeamFile) => this.core.add(file);
    await mapLimit(
      files.filter((uri) => known.has(uri.toString())),
      16,
      async (uri) => {
        const document = open.get(uri.toString());
        if (document) add(TeamFile.fromText(uri.toString(), document.getText(), true));
        else {
          const file = await this.read(uri);
          if (file) add(file);
          // A YAML file indexed for its kind that no longer has it.
          else if (this.core.get(uri.toString())) this.removed(uri);
        }
      },
    );
    for (const document of open.values()) if (!known.has(document.uri.toString())) add(TeamFile.fromText(document.uri.toString(), document.getText(), true));
    const results = this.core.lintAll();
    this.publish(results);
    let problems = 0;
    for (const result of results.values()) problems += result.findings.length;
    return { files: results.size, problems };
  }

  private reconfigure(): void {
    this.today = localToday();
    this.core.reconfigure({ today: this.today, configFor: (file) => this.configs.lookup.configFor(file) });
    this.publishConfigErrors();
  }

  private relintAll(): void {
    this.reconfigure();
    this.publish(this.core.lintAll());
  }

  /** A team file from disk; undefined when it cannot be read or is not a team file (see isTeamBytes). */
  private async read(uri: vscode.Uri): Promise<TeamFile | undefined> {
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      return isTeamBytes(uri, bytes) ? TeamFile.fromBytes(uri.toString(), bytes, undefined, true) : undefined;
    } catch {
      return undefined;
    }
  }

  private async fromDisk(uri: vscode.Uri): Promise<void> {
    // A config's base, under any name: the configs change with it.
    if (this.configs.isExtended(uri)) return this.configChanged(uri);
    // Any YAML file but a config may be a team file by its kind (read tells).
    if (!isTeamFileName(uri.path) && !mayDeclareKind(uri.path)) return;
    if (this.configs.ignoredBy(uri) !== undefined) return;
    const dirty = () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.isDirty === true;
    if (dirty()) return; // the editor's text wins until it is saved or closed
    const file = await this.read(uri);
    // Typed into while the file was read (right after a save): the older text on disk must not replace it.
    if (dirty()) return;
    if (file) this.apply(file);
    else if (this.core.get(uri.toString())) this.removed(uri);
  }

  private fromDocument(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (!isTeamDocument(document) || this.configs.ignoredBy(document.uri) !== undefined) {
      // Its `kind` line was removed or changed: it is no longer a team file.
      if (this.core.get(key)) this.removed(document.uri);
      return;
    }
    if (this.core.get(key)?.text === document.getText()) return;
    this.cancel(key);
    this.lintedAt.set(key, performance.now());
    this.apply(TeamFile.fromText(key, document.getText(), true));
  }

  private typed(document: vscode.TextDocument): void {
    if (!isTeamDocument(document) && !this.core.get(document.uri.toString())) return;
    const settings = readSettings(document.uri);
    if (settings.run === 'onSave') return;
    const key = document.uri.toString();
    if (this.timers.has(key)) return; // a lint is already scheduled; it reads the text when it runs
    // At most one lint per debounce window: the first keystroke after a pause is linted at once,
    // a burst of typing at the window's end. The text is read when the timer fires, never stale.
    const wait = Math.max(0, (this.lintedAt.get(key) ?? -Infinity) + settings.debounceMs - performance.now());
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!document.isClosed) this.fromDocument(document);
      }, wait),
    );
  }

  private cancel(key: string): void {
    const timer = this.timers.get(key);
    if (timer) clearTimeout(timer);
    this.timers.delete(key);
  }

  private apply(file: TeamFile): void {
    const localDate = localToday();
    if (localDate !== this.today) this.reconfigure();
    const teams = this.core.update(file);
    this.publish(this.core.lintTeams(teams, [file.path]));
  }

  private removed(uri: vscode.Uri): void {
    const key = uri.toString();
    this.cancel(key);
    const teams = this.core.remove(key);
    this.collection.delete(uri);
    this.findings.delete(key);
    this.results.delete(key);
    this.published.delete(key);
    this.lintedAt.delete(key);
    this.publish(this.core.lintTeams(teams));
    this.changed.fire([key]);
  }

  private async configChanged(uri: vscode.Uri, deleted = false): Promise<void> {
    this.collection.delete(uri);
    const ignores = this.configs.lookup.ignoresSignature();
    if (deleted) this.configs.delete(uri);
    else await this.configs.load(uri);
    // Changed ignores take files in or out: read the workspace again; else re-lint what is there.
    if (this.configs.lookup.ignoresSignature() !== ignores) await this.reindex();
    else this.relintAll();
  }

  private publishConfigErrors(): void {
    for (const { uri, error } of this.configs.errors()) {
      // An error in a config it extends is shown whole, at the top: its line is in the other file.
      const own = error.file === vscode.workspace.asRelativePath(uri);
      const diagnostic = new vscode.Diagnostic(
        toRange((own && error.range) || FILE_START),
        `${own ? error.detail : error.message} (this config is ignored until fixed)`,
        vscode.DiagnosticSeverity.Error,
      );
      diagnostic.source = SOURCE;
      diagnostic.code = 'config';
      this.collection.set(uri, [diagnostic]);
    }
  }

  private publish(results: Map<string, FileResult>): void {
    for (const [key, result] of results) {
      this.findings.set(key, result.findings);
      this.results.set(key, result);
      // Each set() crosses to the UI: a keystroke re-lints the whole team, but only changed files are sent.
      const signature = JSON.stringify(result.findings);
      if (this.published.get(key) === signature) continue;
      this.published.set(key, signature);
      this.collection.set(vscode.Uri.parse(key), result.findings.map(toDiagnostic));
    }
    if (results.size > 0) this.changed.fire([...results.keys()]);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

function isOpen(key: string): boolean {
  return vscode.workspace.textDocuments.some((document) => document.uri.toString() === key);
}

async function mapLimit<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
