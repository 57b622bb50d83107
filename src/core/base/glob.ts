/**
 * Glob patterns for `ignores` and --ignore-pattern (docs/format.md "Config"):
 * `*` and `?` within one folder name, `**` across folders, `[abc]`, `{a,b}`.
 * Written here rather than taken from a package: the package ships without
 * dependencies and the core also runs in the browser, and these few forms are
 * all a list of ignored paths needs.
 */
import { normalizePath, relativeInside } from './slashPaths';

/** A pattern and the folder it is relative to. */
export interface Glob {
  readonly folder: string;
  readonly pattern: string;
}

const compiled = new Map<string, RegExp>();

/** The pattern as a regular expression over a slash path relative to its folder. */
function globRegExp(pattern: string): RegExp {
  let found = compiled.get(pattern);
  if (found) return found;
  let out = '';
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      const wholeSegment = (i === 0 || pattern[i - 1] === '/') && (i + 2 === pattern.length || pattern[i + 2] === '/');
      if (wholeSegment && pattern[i + 2] === '/') {
        // "**/": any number of folders, none included.
        out += '(?:[^/]*/)*';
        i += 2;
      } else {
        out += '.*';
        i += 1;
      }
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) out += '\\[';
      else {
        const body = pattern
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        out += `[${body}]`;
        i = end;
      }
    } else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) out += '|';
    else out += c.replace(/[.+^$()|\\\]{}]/g, '\\$&');
  }
  // An unclosed brace is taken literally rather than refused: close the groups so the expression is valid.
  out += ')'.repeat(braces);
  try {
    found = new RegExp(`^${out}$`);
  } catch {
    found = /(?!)/;
  }
  compiled.set(pattern, found);
  return found;
}

/**
 * Whether a glob takes in `path` (both as the lookup names paths): the path, or
 * one of the folders it lies in, matches the pattern, so `archive` and
 * `archive/**` both take in everything under archive/. A pattern that starts
 * with `../` is relative to the folder above.
 */
export function globMatches(glob: Glob, path: string): boolean {
  let folder = glob.folder;
  let pattern = glob.pattern.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
  while (pattern.startsWith('../')) {
    folder = normalizePath(`${folder}/..`);
    pattern = pattern.slice(3);
  }
  if (pattern === '' || pattern === '.') pattern = '**';
  const relative = relativeInside(folder, path);
  if (relative === undefined || relative === '') return false;
  const regExp = globRegExp(pattern);
  const segments = relative.split('/');
  for (let end = segments.length; end > 0; end--) if (regExp.test(segments.slice(0, end).join('/'))) return true;
  return false;
}
