/** Imported first by extension.ts: marks when the bundle started evaluating, to measure load cost. */
export const loadStartedAt = performance.now();
