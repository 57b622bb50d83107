/** YAML paths in the webview: keys for maps, DOM ids for elements. */
import type { YamlPath } from '../src/shared/protocol.js';

/** A stable string for a path (map key, data-path attribute). */
export function pathKey(path: YamlPath): string {
  return JSON.stringify(path);
}

export function parsePathKey(key: string): YamlPath | undefined {
  try {
    const value: unknown = JSON.parse(key);
    if (Array.isArray(value) && value.every((s) => typeof s === 'string' || (typeof s === 'number' && Number.isInteger(s) && s >= 0))) return value as YamlPath;
  } catch {
    // not a path
  }
  return undefined;
}

/**
 * The DOM id of the element for a path: `field-goals-0-owner`. Letters, digits,
 * `_` and `-` stay as they are; any other character (a custom retro column may
 * be called anything) is written as `_<hex>_`, so the id is always a valid,
 * selector-safe name.
 */
export function domId(path: YamlPath): string {
  if (path.length === 0) return 'field-root';
  return `field-${path.map((segment) => String(segment).replace(/[^A-Za-z0-9_-]/gu, (ch) => `_${ch.codePointAt(0)!.toString(16)}_`)).join('-')}`;
}
