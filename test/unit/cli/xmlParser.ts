/**
 * XML read by a conforming XML 1.0 parser, for the tests of --format junit:
 * saxes, which refuses what XML forbids (a control character, an unescaped <
 * or &, two roots, a repeated attribute), where lenient parsers let it pass.
 */
import { SaxesParser } from 'saxes';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text, its children's left out. */
  text: string;
}

/** The document's root element, or why the parser refused the document (its first error). */
function parseOne(document: string): XmlElement | { error: string } {
  const parser = new SaxesParser();
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let error: string | undefined;
  parser.on('error', (e) => (error ??= e.message));
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: tag.name, attributes: { ...(tag.attributes as Record<string, string>) }, children: [], text: '' };
    if (stack.length > 0) stack[stack.length - 1].children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('text', (text) => {
    if (stack.length > 0) stack[stack.length - 1].text += text;
  });
  parser.on('cdata', (text) => {
    if (stack.length > 0) stack[stack.length - 1].text += text;
  });
  parser.on('closetag', () => stack.pop());
  parser.write(document).close();
  if (error !== undefined) return { error };
  return root ?? { error: 'no root element' };
}

/** Each document parsed, or why the parser refused it. */
export function parseXmlDocuments(documents: readonly string[]): (XmlElement | { error: string })[] {
  return documents.map(parseOne);
}

/** One document parsed; a document the parser refuses fails the test with the parser's reason. */
export function parseXml(document: string): XmlElement {
  const parsed = parseOne(document);
  if ('error' in parsed) throw new Error(`not well-formed XML: ${parsed.error}\n${document.slice(0, 2000)}`);
  return parsed;
}
