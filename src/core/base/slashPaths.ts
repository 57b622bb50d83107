/** Forward-slash path helpers, so the core runs the same under Node, the browser and VS Code URIs. */

export function dirname(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  const slash = trimmed.lastIndexOf('/');
  if (slash < 0) return '.';
  return slash === 0 ? '/' : trimmed.slice(0, slash);
}

export function basename(path: string): string {
  return path.slice(path.replace(/\/+$/, '').lastIndexOf('/') + 1);
}

export function joinPath(dir: string, name: string): string {
  if (dir === '' || dir === '.') return name;
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

/** Folders from `dir` up to the root, nearest first. */
export function ancestors(dir: string): string[] {
  const out: string[] = [];
  let current = dir;
  for (;;) {
    out.push(current);
    const parent = dirname(current);
    if (parent === current) return out;
    current = parent;
  }
}

/**
 * `path` with `.`, `..` and empty segments worked out. `\` counts as a slash: Windows reads it
 * so, and a `..\` that only Windows climbs must not slip past a check made anywhere else. Above
 * the top, `..` stays at the top of an absolute path (as file systems do) and is kept at the
 * start of a relative one.
 */
export function normalizePath(path: string): string {
  const absolute = path.startsWith('/') || path.startsWith('\\');
  const out: string[] = [];
  for (const segment of path.split(/[/\\]/)) {
    if (segment === '' || segment === '.') continue;
    if (segment !== '..') out.push(segment);
    else if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (!absolute) out.push('..');
  }
  const joined = out.join('/');
  return absolute ? `/${joined}` : joined || '.';
}

/**
 * `path` relative to `folder` (`''` for the folder itself), both normalized first; undefined
 * when `path` is outside `folder`. Segments are compared as they are spelt (as Linux does): a
 * path spelt differently counts as outside, which refuses rather than lets through.
 */
export function relativeInside(folder: string, path: string): string | undefined {
  const base = normalizePath(folder);
  const target = normalizePath(path);
  if (target === base) return '';
  if (base === '.') return target === '..' || target.startsWith('../') || target.startsWith('/') ? undefined : target;
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return target.startsWith(prefix) ? target.slice(prefix.length) : undefined;
}
