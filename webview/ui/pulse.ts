/** The retro's Pulse section: `responses`, then a table of the seven steps, five counters each, and the mean as typed. */
import { html, type TemplateResult } from 'lit';
import type { PulseNode, PulseRowNode } from '../formModel.js';
import { typedMean } from '../model/pulse.js';
import { pathKey } from '../paths.js';
import type { Controller } from './controller.js';
import { describedByFindings, fieldView, findingList } from './fields.js';

function rowView(c: Controller, row: PulseRowNode): TemplateResult {
  const findings = c.findingsAt(pathKey(row.path));
  const mean = typedMean(
    row.step,
    row.counts.map((f) => c.shown(f)),
  );
  return html`<tr
    class="pulse-row"
    id=${row.id}
    data-path=${JSON.stringify(row.path)}
    tabindex="-1"
    aria-describedby=${describedByFindings(row.id, findings.length)}
  >
    <th scope="row" class="pulse-step">
      <span class="step-number"><span class="visually-hidden">Step </span>${row.step}</span> ${row.title}
    </th>
    ${row.counts.map((f) => html`<td class="pulse-count">${fieldView(c, f, { inline: true })}</td>`)}
    <td class="pulse-mean">
      <output id=${`${row.id}--mean`} aria-live="polite" aria-atomic="true"><span class="visually-hidden">Step ${row.step} mean: </span>${mean}</output>
      ${findingList(c, findings, row.id)}
    </td>
  </tr>`;
}

export function pulseView(c: Controller, pulse: PulseNode): TemplateResult {
  const findings = c.findingsAt(pathKey(pulse.path));
  return html`<div
    class="pulse"
    id=${pulse.id}
    data-path=${JSON.stringify(pulse.path)}
    tabindex="-1"
    role="group"
    aria-label="Pulse"
    aria-describedby=${describedByFindings(pulse.id, findings.length)}
  >
    ${findingList(c, findings, pulse.id)}
    <p class="pulse-hint">How many people rated each step from 1 (not at all) to 5 (fully). Only the counts are kept, never who.</p>
    ${fieldView(c, pulse.responses)}
    <table class="pulse-table">
      <caption class="visually-hidden">
        How many people gave each step each rating
      </caption>
      <thead>
        <tr>
          <th scope="col">Step</th>
          ${[1, 2, 3, 4, 5].map((rating) => html`<th scope="col" class="pulse-rating">${rating}</th>`)}
          <th scope="col">Mean</th>
        </tr>
      </thead>
      <tbody>
        ${pulse.rows.map((row) => rowView(c, row))}
      </tbody>
    </table>
  </div>`;
}
