/**
 * UTF-8 for the core, through the two text codecs that every place it runs
 * has (Node, browsers, VS Code's extension hosts, workers). They are declared
 * here, as narrowly as the core uses them, instead of coming from the DOM or
 * Node types: the core's type-check has neither, so nothing else slips in.
 */
declare const TextDecoder: new (label: 'utf-8', options: { fatal: true }) => { decode(bytes: Uint8Array): string };
declare const TextEncoder: new () => { encode(text: string): Uint8Array };

/** The text of UTF-8 bytes; throws on bytes that are not UTF-8. */
export function decodeUtf8Strict(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** The size of `text` in UTF-8 bytes. */
export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}
