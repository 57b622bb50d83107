/**
 * The form as data: which sections, fields and lists a charter or a retro
 * shows, with their paths, labels, pickers and current values. The rendering
 * code turns this tree into elements and nothing else; everything here is pure
 * and tested (placement of findings, labels of buttons, picker options, ids).
 *
 * model/nodes.ts has the node types, model/builders.ts the building blocks,
 * model/charter.ts and model/retro.ts the two forms, model/walk.ts the walk.
 */
import type { FileKind, FormContext } from '../src/shared/protocol.js';
import type { Data } from './values.js';
import { charterModel } from './model/charter.js';
import type { FormModel } from './model/nodes.js';
import { retroModel } from './model/retro.js';

export type * from './model/nodes.js';
export { multiChoices, selectChoices } from './model/builders.js';
export { charterModel } from './model/charter.js';
export { retroColumns, retroModel } from './model/retro.js';
export { anchorsOf, fieldsOf, walk } from './model/walk.js';

export function formModel(kind: FileKind, data: Data, context: FormContext, subtitles?: Record<number, string>): FormModel {
  return kind === 'charter' ? charterModel(data, context, subtitles) : retroModel(data, context, subtitles);
}
