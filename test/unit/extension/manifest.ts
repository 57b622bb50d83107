/** package.json as VS Code reads it: each `%key%` replaced by its text in package.nls.json. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const REPO = path.join(__dirname, '../../..');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the manifest is whatever JSON package.json holds
export function localizedManifest(): any {
  const nls = JSON.parse(readFileSync(path.join(REPO, 'package.nls.json'), 'utf8')) as Record<string, string>;
  return JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8'), (_key, value: unknown) => {
    const key = typeof value === 'string' ? /^%([^%]+)%$/.exec(value)?.[1] : undefined;
    return key !== undefined && key in nls ? nls[key] : value;
  });
}
