/** The checklist panel, and the banners for files the form cannot (fully) read. */
import { html, nothing, type TemplateResult } from 'lit';
import type { FormFinding, FormState } from '../../src/shared/protocol.js';
import type { Checklist, ChecklistFinding } from '../checklist.js';
import type { Controller } from './controller.js';
import { docsButton } from './fields.js';

function findingButton(c: Controller, cf: ChecklistFinding): TemplateResult {
  const f = cf.finding;
  return html`<li class=${`finding ${f.severity}`}>
    <button type="button" class="finding-link" title="Show in the form" @click=${() => c.onReveal(cf)}>
      <vscode-icon name=${f.severity} class="severity-icon"></vscode-icon>
      <span class="visually-hidden">${f.severity}:</span>
      <span class="finding-message">${f.message}</span>
    </button>
    ${docsButton(c, f.rule)}
  </li>`;
}

export function checklistView(c: Controller, list: Checklist, hidden: boolean): TemplateResult {
  return html`<aside class=${hidden ? 'checklist folded' : 'checklist'} aria-label="Leadership checklist">
    <div class="checklist-head">
      <h2 class="checklist-title">Checklist</h2>
      <span class="overall"><span class="overall-label">This file</span> <strong>${list.overallText}</strong></span>
      <button
        type="button"
        class="icon-button"
        aria-expanded=${hidden ? 'false' : 'true'}
        aria-controls="checklist-steps"
        aria-label=${hidden ? 'Show the checklist' : 'Hide the checklist'}
        title=${hidden ? 'Show the checklist' : 'Hide the checklist'}
        @click=${() => c.onToggleChecklist()}
      >
        <vscode-icon name=${hidden ? 'chevron-down' : 'chevron-up'}></vscode-icon>
      </button>
    </div>
    <div id="checklist-steps" ?hidden=${hidden}>
      <ol class="steps">
        ${list.steps.map(
          (s) =>
            html`<li class=${s.ok ? 'step ok' : 'step has-findings'}>
              <div class="step-head">
                <span class="visually-hidden">${s.summary}</span>
                <span class="step-number" aria-hidden="true">${s.step}</span>
                <span class="step-title" aria-hidden="true">${s.title}</span>
                <span class="step-score" aria-hidden="true">${s.scoreText}</span>
                ${
                  s.ok
                    ? html`<vscode-icon name="pass" class="step-ok" aria-hidden="true"></vscode-icon>`
                    : html`<span class="count-badge" aria-hidden="true">${s.count}</span>`
                }
              </div>
              ${
                s.levelText
                  ? html`<div class="step-level" aria-hidden="true">
                      <span class="step-level-label">Team level</span> ${s.levelText}${s.holdingText ? ` · held by ${s.holdingText}` : ''}
                    </div>`
                  : nothing
              }
              ${s.pulseText ? html`<div class="step-pulse" aria-hidden="true"><span class="step-pulse-label">Pulse</span> ${s.pulseText}</div>` : nothing}
              ${
                s.findings.length > 0
                  ? html`<ul class="findings step-findings">
                      ${s.findings.map((f) => findingButton(c, f))}
                    </ul>`
                  : nothing
              }
            </li>`,
        )}
      </ol>
      ${
        list.structure.length > 0
          ? html`<div class="structure">
              <h3 class="structure-title">File structure</h3>
              <ul class="findings step-findings">
                ${list.structure.map((f) => findingButton(c, f))}
              </ul>
            </div>`
          : nothing
      }
    </div>
  </aside>`;
}

/** The file could not be read at all: say why, and offer the text editor. Nothing here can write. */
export function unreadableView(c: Controller, state: FormState): TemplateResult {
  const problem = state.problem;
  return html`<main class="unreadable">
    <div class="banner error" role="alert">
      <vscode-icon name="error" class="banner-icon"></vscode-icon>
      <div class="banner-body">
        <h1 class="banner-title">This file cannot be shown as a form</h1>
        <p class="banner-message">
          ${problem ? problem.message : 'The file could not be read.'}${problem ? html` <span class="line">(line ${problem.line})</span>` : nothing}
        </p>
        <vscode-button icon="go-to-file" @click=${() => c.onOpenText(problem?.line)}>Open as text</vscode-button>
      </div>
    </div>
  </main>`;
}

/** The file has schema errors: list them; the form below is read-only. */
export function schemaBanner(c: Controller, errors: readonly FormFinding[]): TemplateResult {
  return html`<div class="banner warning" role="alert">
    <vscode-icon name="warning" class="banner-icon"></vscode-icon>
    <div class="banner-body">
      <h2 class="banner-title">Read-only: the form cannot tell what some of this file means</h2>
      <p class="banner-message">
        Fix ${errors.length === 1 ? 'this problem' : `these ${errors.length} problems`} in the text, and the form becomes editable again.
      </p>
      <ul class="schema-errors">
        ${errors.map(
          (e) =>
            html`<li>
              <button type="button" class="link-button" aria-label=${`Open line ${e.line} as text`} @click=${() => c.onOpenText(e.line)}>line ${e.line}</button>
              <span class="finding-message">${e.message}</span>
            </li>`,
        )}
      </ul>
      <vscode-button icon="go-to-file" @click=${() => c.onOpenText(errors[0]?.line)}>Open as text</vscode-button>
    </div>
  </div>`;
}

/** An edit the extension refused. Shown here, and said once through the page's alert region (see announcer.ts). */
export function errorBanner(c: Controller, message: string): TemplateResult {
  return html`<div class="banner error transient">
    <vscode-icon name="error" class="banner-icon"></vscode-icon>
    <div class="banner-body"><p class="banner-message">${message}</p></div>
    <button type="button" class="icon-button" aria-label="Dismiss" title="Dismiss" @click=${() => c.onDismissError()}>
      <vscode-icon name="close"></vscode-icon>
    </button>
  </div>`;
}
