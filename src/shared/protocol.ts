/**
 * The messages between the extension and the form editor webview. Both sides
 * import these types; the extension validates what it receives with the
 * schemas in protocolSchema.ts before anything touches the document.
 *
 * Flow: the webview posts `ready`; the extension answers with `state` and sends
 * a new `state` after every change of the document (from the form, a text
 * editor, git…). The webview sends `edit` intents; the document is the model.
 */
import type { Step, YamlEdit, YamlPath } from '../core/types';

export type FileKind = 'charter' | 'retro';

export interface FormFinding {
  rule: string;
  step: Step;
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** The YAML path the finding is about: the form shows it next to that field. */
  path: YamlPath;
  line: number;
}

export interface FormStep {
  step: Exclude<Step, 0>;
  title: string;
  /** 0..100, or null when no check applies. */
  score: number | null;
  findings: number;
}

/** An action still open in the team, for the retro form's review list. */
export interface OpenAction {
  id: string;
  title?: string;
  owner?: string;
  due?: string;
  /** How many retros it has been open, counting the one that created it. */
  retros: number;
}

export interface FormContext {
  /** Members of the team's charter (owner and attendee pickers). */
  members: string[];
  /** Goals of the team's charter (the retro action goal picker). */
  goals: { id: string; title?: string }[];
  /** Priorities of the charter (the goal supports picker). */
  priorities: { id: string; title?: string }[];
  /** Ids of every team with a charter (the retro team picker). */
  teams: string[];
  /** The team's actions open before this retro's date (retro only). */
  openActions: OpenAction[];
  /** The next free action id of the team, e.g. A-9 (retro only). */
  nextActionId: string;
}

export interface FormState {
  /** Increases with every document change; edits name the version they were made on. */
  version: number;
  fileName: string;
  kind: FileKind;
  /**
   * The file's data when it could be read. When it could not (YAML errors, not a
   * map, wrong kind), `data` is null and `problem` says why: the form shows a banner
   * and never writes.
   */
  data: Record<string, unknown> | null;
  problem: { message: string; line: number } | null;
  /** Schema errors: the form stays read-only while there are any (it cannot tell what the file means). */
  schemaErrors: FormFinding[];
  findings: FormFinding[];
  steps: FormStep[];
  overall: number | null;
  context: FormContext;
}

export type ToWebview =
  | { type: 'state'; state: FormState }
  | { type: 'error'; message: string }
  /** The last edit changed nothing (the document already said so): no new state follows it. */
  | { type: 'unchanged' };

export type FromWebview =
  | { type: 'ready' }
  /** Change the document: one YAML edit, made on the state of `version`. */
  | { type: 'edit'; version: number; edit: YamlEdit }
  | { type: 'openText'; line?: number }
  | { type: 'openRuleDocs'; rule: string };

export type { YamlEdit, YamlPath };
