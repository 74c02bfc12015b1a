/**
 * A small non-validating XML 1.0 parser, enough for GraphML: elements, attributes, text, CDATA,
 * comments, processing instructions and a skipped DOCTYPE. It follows the spec where round trips
 * depend on it: line ends are normalised (\r\n and \r to \n) before character references are decoded,
 * literal tab/newline in attribute values become spaces, and the five predefined entities plus
 * numeric references are decoded. Other entities are refused. Names keep their prefix ("xsi:type").
 *
 * Rejected: linkedom's XML mode leaves entities in attribute values undecoded ("a&amp;b"); xmldom is
 * only a transitive dependency. Our own parser also keeps memory at one string plus the graph.
 */
import { formatError, lookupTable } from '../../model';

export interface XmlHandler {
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  text(text: string): void;
}

const PREDEFINED: Record<string, string> = lookupTable({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" });

export function parseXml(xml: string, handler: XmlHandler, where: string): void {
  const fail = (at: number, what: string) => formatError('graphml', `${where}: line ${lineOf(xml, at)}: ${what}`);
  const decode = (raw: string, at: number) =>
    raw.replace(/&([^;&<\s]*);|&/g, (match, name: string | undefined) => {
      if (name === undefined) throw fail(at, 'a bare "&" (write &amp;)');
      if (name in PREDEFINED) return PREDEFINED[name];
      const code = /^#x[0-9a-f]+$/i.test(name) ? parseInt(name.slice(2), 16) : /^#[0-9]+$/.test(name) ? parseInt(name.slice(1), 10) : NaN;
      if (Number.isNaN(code)) throw fail(at, `unknown entity ${match}`);
      if (code > 0x10ffff) throw fail(at, `character reference ${match} out of range`);
      return String.fromCodePoint(code);
    });
  const eol = (s: string) => (s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s);

  const stack: string[] = [];
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > i) {
      const raw = xml.slice(i, textEnd);
      if (stack.length > 0) handler.text(decode(eol(raw), i));
      else if (raw.trim()) throw fail(i, 'text outside the root element');
    }
    if (lt === -1) break;
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end === -1) throw fail(lt, 'unterminated comment');
      i = end + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      if (end === -1) throw fail(lt, 'unterminated CDATA section');
      if (stack.length === 0) throw fail(lt, 'CDATA outside the root element');
      handler.text(eol(xml.slice(lt + 9, end)));
      i = end + 3;
    } else if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt + 2);
      if (end === -1) throw fail(lt, 'unterminated processing instruction');
      i = end + 2;
    } else if (xml.startsWith('<!', lt)) {
      i = skipDeclaration(xml, lt, fail);
    } else if (xml[lt + 1] === '/') {
      const end = xml.indexOf('>', lt);
      if (end === -1) throw fail(lt, 'unterminated end tag');
      const name = xml.slice(lt + 2, end).trim();
      const open = stack.pop();
      if (open !== name) throw fail(lt, open === undefined ? `unexpected </${name}>` : `</${name}> closes <${open}>`);
      handler.close(name);
      i = end + 1;
    } else {
      i = readStartTag(xml, lt, stack, handler, fail, (raw, at) => decode(eol(raw).replace(/[\t\n]/g, ' '), at));
    }
  }
  if (stack.length > 0) throw fail(n, `<${stack[stack.length - 1]}> is never closed`);
}

function readStartTag(
  xml: string,
  lt: number,
  stack: string[],
  handler: XmlHandler,
  fail: (at: number, what: string) => Error,
  decodeAttribute: (raw: string, at: number) => string,
): number {
  const nameMatch = /^[^\s/>]+/.exec(xml.slice(lt + 1, lt + 200));
  if (!nameMatch) throw fail(lt, 'a "<" that starts no tag');
  const name = nameMatch[0];
  let i = lt + 1 + name.length;
  const attributes: Record<string, string> = {};
  for (;;) {
    while (i < xml.length && /\s/.test(xml[i])) i++;
    if (i >= xml.length) throw fail(lt, `unterminated <${name}>`);
    if (xml[i] === '>') {
      stack.push(name);
      handler.open(name, attributes);
      return i + 1;
    }
    if (xml.startsWith('/>', i)) {
      handler.open(name, attributes);
      handler.close(name);
      return i + 2;
    }
    const eq = xml.indexOf('=', i);
    if (eq === -1) throw fail(i, `attribute without a value in <${name}>`);
    const attribute = xml.slice(i, eq).trim();
    if (!attribute || /[\s<>"']/.test(attribute)) throw fail(i, `malformed attribute in <${name}>`);
    let q = eq + 1;
    while (q < xml.length && /\s/.test(xml[q])) q++;
    const quote = xml[q];
    if (quote !== '"' && quote !== "'") throw fail(q, `attribute ${attribute} of <${name}> is not quoted`);
    const close = xml.indexOf(quote, q + 1);
    if (close === -1) throw fail(q, `unterminated value of attribute ${attribute}`);
    const raw = xml.slice(q + 1, close);
    if (raw.includes('<')) throw fail(q, `"<" inside the value of attribute ${attribute}`);
    if (attribute in attributes) throw fail(i, `attribute ${attribute} appears twice in <${name}>`);
    attributes[attribute] = decodeAttribute(raw, q);
    i = close + 1;
  }
}

function skipDeclaration(xml: string, lt: number, fail: (at: number, what: string) => Error): number {
  let depth = 0;
  for (let i = lt + 2; i < xml.length; i++) {
    const c = xml[i];
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '>' && depth <= 0) return i + 1;
  }
  throw fail(lt, 'unterminated declaration');
}

function lineOf(text: string, at: number): number {
  let line = 1;
  for (let i = 0; i < at && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
