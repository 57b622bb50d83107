/** What every webview page of ours needs. */

/** A fresh nonce for a page's Content-Security-Policy (from the platform's CSPRNG). */
export function nonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64');
}
