/**
 * XML read by a real, conforming XML 1.0 parser, for the tests of --format
 * junit: Python's expat (xml.dom.minidom), which refuses what XML forbids
 * (a control character, an unescaped < or &, two roots, a repeated attribute),
 * unlike the lenient parsers in node_modules. python3 is on every machine of
 * the project (it builds native addons for npm).
 */
import { spawnSync } from 'node:child_process';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text, its children's left out. */
  text: string;
}

const SCRIPT = `
import json, sys, xml.dom.minidom
def element(node):
    return {"name": node.tagName, "attributes": {k: v for k, v in node.attributes.items()},
            "children": [element(c) for c in node.childNodes if c.nodeType == c.ELEMENT_NODE],
            "text": "".join(c.data for c in node.childNodes if c.nodeType in (c.TEXT_NODE, c.CDATA_SECTION_NODE))}
out = []
for doc in json.load(sys.stdin):
    try:
        out.append(element(xml.dom.minidom.parseString(doc.encode("utf-8")).documentElement))
    except Exception as error:
        out.append({"error": str(error)})
json.dump(out, sys.stdout)
`;

/** Each document parsed, or why the parser refused it; one python3 process for all of them. */
export function parseXmlDocuments(documents: readonly string[]): (XmlElement | { error: string })[] {
  const result = spawnSync('python3', ['-c', SCRIPT], { input: JSON.stringify(documents), encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`python3 could not run the XML parser: ${result.error?.message ?? result.stderr}`);
  return JSON.parse(result.stdout) as (XmlElement | { error: string })[];
}

/** One document parsed; a document the parser refuses fails the test with the parser's reason. */
export function parseXml(document: string): XmlElement {
  const [parsed] = parseXmlDocuments([document]);
  if ('error' in parsed) throw new Error(`not well-formed XML: ${parsed.error}\n${document.slice(0, 2000)}`);
  return parsed;
}
