/** How findings name the things they are about, e.g. goal G1 "One-click rollback". */
import type { Data } from '../base/dataReaders';
import { written } from '../format/placeholders';

export type ItemKind = 'goal' | 'priority' | 'action' | 'member' | 'change' | 'win' | 'right';

function quoted(text: string | undefined): string {
  if (!text) return '';
  return ` "${text.length > 50 ? `${text.slice(0, 50)}…` : text}"`;
}

export function label(kind: ItemKind, item: Data, index: number): string {
  switch (kind) {
    case 'goal':
    case 'priority':
    case 'action': {
      const id = written(item.id);
      return id ? `${kind} ${id}${quoted(written(item.title))}` : `${kind} #${index + 1}${quoted(written(item.title))}`;
    }
    case 'member':
      return written(item.name) ?? `member #${index + 1}`;
    case 'change':
      return `change${quoted(written(item.title)) || ` #${index + 1}`}`;
    case 'win':
      return `win${quoted(written(item.text)) || ` #${index + 1}`}`;
    case 'right':
      return `decision right${quoted(written(item.area)) || ` #${index + 1}`}`;
  }
}
