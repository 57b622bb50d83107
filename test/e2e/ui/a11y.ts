/**
 * Looking at a webview as assistive technology does: axe-core (from npm) run inside
 * the webview's own document, and the browser's accessibility tree of that document.
 * Both go through the DevTools protocol, which the page's Content-Security-Policy does
 * not govern; axe's source is evaluated in the frame, in a world of its own (as
 * Playwright's own selectors are), so it also scans the dashboard, whose page may run
 * no script at all.
 */
import { readFileSync } from 'node:fs';
import type { CDPSession, Frame, FrameLocator } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; summary: string }[];
}

/** The Playwright frame behind a frame locator (its <html> element's owner). */
export async function frameOf(locator: FrameLocator): Promise<Frame> {
  const handle = await locator.locator('html').elementHandle();
  const frame = await handle?.ownerFrame();
  if (!frame) throw new Error('the webview frame is not there');
  return frame;
}

const RUN_AXE = `window.axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({
  id: v.id,
  impact: v.impact ?? null,
  help: v.help,
  nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(' '), summary: n.failureSummary ?? '' })),
})))`;

/** A DevTools session that reaches the webview's content frame, and that frame's id there. */
async function webviewSession(locator: FrameLocator): Promise<{ cdp: CDPSession; frameId: string }> {
  const frame = await frameOf(locator);
  const context = frame.page().context();
  // A webview frame of another origin runs in a process of its own, with its own session.
  const cdp = await context.newCDPSession(frame).catch(() => context.newCDPSession(frame.page()));
  // The content frame keeps its host's URL for the protocol: find it as the host's "active-frame".
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: FrameTree };
  const host = findFrame(frameTree, (t) => t.frame.url === frame.parentFrame()?.url());
  const frameId = host?.childFrames?.find((t) => t.frame.name === 'active-frame')?.frame.id;
  if (!frameId) {
    await cdp.detach();
    throw new Error(`no webview content frame under ${frame.parentFrame()?.url()}`);
  }
  return { cdp, frameId };
}

/** Every axe violation of any impact in the frame's whole document: a section added later is scanned without naming it. */
export async function axeViolations(locator: FrameLocator): Promise<AxeViolation[]> {
  const { cdp, frameId } = await webviewSession(locator);
  try {
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId, worldName: 'axe-core', grantUniveralAccess: true });
    const evaluate = async (expression: string) => {
      const result = await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, awaitPromise: true, returnByValue: true });
      if (result.exceptionDetails) throw new Error(`axe: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`);
      return result.result.value as unknown;
    };
    // The page's timers do not run in a frame that may run no script; axe's own run as microtasks.
    await evaluate('window.setTimeout = (fn, _ms, ...args) => { queueMicrotask(() => fn(...args)); return 0; }; window.clearTimeout = () => undefined;');
    await evaluate(AXE_SOURCE);
    return (await evaluate(RUN_AXE)) as AxeViolation[];
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** A node of the accessibility tree, as a screen reader gets it. */
export interface AccessibleNode {
  role: string;
  name: string;
  description: string;
  invalid: boolean;
}

/** The webview document's accessibility tree, flat (ignored nodes left out). */
export async function accessibleNodes(locator: FrameLocator): Promise<AccessibleNode[]> {
  const { cdp, frameId } = await webviewSession(locator);
  try {
    await cdp.send('Accessibility.enable');
    const { nodes } = await cdp.send('Accessibility.getFullAXTree', { frameId });
    return nodes
      .filter((n) => !n.ignored)
      .map((n) => ({
        role: String(n.role?.value ?? ''),
        name: String(n.name?.value ?? ''),
        description: String(n.description?.value ?? ''),
        invalid: (n.properties ?? []).some((p) => p.name === 'invalid' && p.value.value !== 'false'),
      }));
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

interface FrameTree {
  frame: { id: string; url: string; name?: string };
  childFrames?: FrameTree[];
}

function findFrame(tree: FrameTree, test: (tree: FrameTree) => boolean): FrameTree | undefined {
  if (test(tree)) return tree;
  for (const child of tree.childFrames ?? []) {
    const found = findFrame(child, test);
    if (found) return found;
  }
  return undefined;
}

/** One line per violation and node, to read in a failed assertion. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact ?? 'no impact'}, ${v.nodes.length}×): ${v.help}\n${v.nodes.map((n) => `    ${n.target}\n      ${n.summary.replace(/\n/g, '\n      ')}`).join('\n')}`,
    )
    .join('\n');
}
