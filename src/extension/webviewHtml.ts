/** What every webview page of ours needs. */
import { escapeHtml } from '../core/report';

/** A fresh nonce for a page's Content-Security-Policy (from the platform's CSPRNG). */
export function nonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  // Hex by hand, not Buffer: the same code runs in the browser's extension host.
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A webview page: the policy first, then what the page links, then its body. The title is text (a translation may hold `<` or `&`). */
export function webviewPage(options: { csp: string[]; title: string; head: string; body: string }): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${options.csp.join('; ')}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${options.head}
<title>${escapeHtml(options.title)}</title>
</head>
<body>
${options.body}
</body>
</html>`;
}
