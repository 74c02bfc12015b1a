/**
 * Lexer: Cypher text -> tokens. One pass, no regex backtracking, positions kept for errors.
 * Keywords are not distinguished here: the parser compares identifier text case-insensitively,
 * because most Cypher keywords may also be used as names.
 */
import { syntaxError } from './syntaxError';

export type TokenKind =
  | 'ident' // name or keyword; `escaped` when written in backticks
  | 'string'
  | 'integer'
  | 'float'
  | 'param'
  | 'punct'
  | 'badnumber' // a malformed number literal: an error where a literal is expected
  | 'eof';

export interface Token {
  kind: TokenKind;
  /** identifier/keyword text, decoded string, number text, parameter name or punctuation */
  value: string;
  escaped?: boolean;
  /** a punctuation written with a non-ASCII look-alike (unicode dash) */
  lookalike?: boolean;
  start: number;
  end: number;
}

const PUNCT3 = ['...'];
const PUNCT2 = ['..', '<>', '!=', '<=', '>=', '=~', '+='];
const PUNCT1 = '()[]{},.:;|+-*/%^=<>$';

const IDENT_START = /[\p{L}_]/u;
const IDENT_PART = /[\p{L}\p{N}_\p{Mn}\p{Mc}\p{Pc}]/u;
function isIdentStart(c: string): boolean {
  const x = c.charCodeAt(0);
  if (x < 128) return (x >= 97 && x <= 122) || (x >= 65 && x <= 90) || x === 95;
  return IDENT_START.test(c);
}
function isIdentPart(c: string): boolean {
  const x = c.charCodeAt(0);
  if (x < 128) return (x >= 97 && x <= 122) || (x >= 65 && x <= 90) || (x >= 48 && x <= 57) || x === 95;
  return IDENT_PART.test(c);
}
const isDigit = (c: string): boolean => c >= '0' && c <= '9';

/** Tokenize the whole query. Throws CypherError(SyntaxError) on malformed input. */
export function tokenize(src: string, maxTokens = Infinity): Token[] {
  const out: Token[] = [];
  let i = 0;
  const n = src.length;
  while (true) {
    // whitespace and comments
    while (i < n) {
      const c = src[i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v' || (c.charCodeAt(0) > 127 && /\s/.test(c))) i++;
      else if (c === '/' && src[i + 1] === '/') {
        while (i < n && src[i] !== '\n') i++;
      } else if (c === '/' && src[i + 1] === '*') {
        const close = src.indexOf('*/', i + 2);
        if (close < 0) throw syntaxError('UnexpectedSyntax', 'unterminated comment', src, i);
        i = close + 2;
      } else break;
    }
    if (out.length >= maxTokens) {
      const err = syntaxError('UnexpectedSyntax', `query has more than ${maxTokens} tokens`, src, i);
      (err as { limit?: boolean }).limit = true;
      throw err;
    }
    if (i >= n) {
      out.push({ kind: 'eof', value: '', start: n, end: n });
      return out;
    }
    const start = i;
    const c = src[i];
    if (c === '`') {
      let text = '';
      i++;
      for (;;) {
        if (i >= n) throw syntaxError('UnexpectedSyntax', 'unterminated escaped name', src, start);
        if (src[i] === '`') {
          if (src[i + 1] === '`') {
            text += '`';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        text += src[i++];
      }
      out.push({ kind: 'ident', value: text, escaped: true, start, end: i });
      continue;
    }
    if (isIdentStart(c)) {
      i++;
      while (i < n && isIdentPart(src[i])) i++;
      out.push({ kind: 'ident', value: src.slice(start, i), start, end: i });
      continue;
    }
    if (c === "'" || c === '"') {
      i = readString(src, i, out);
      continue;
    }
    if (isDigit(c) || (c === '.' && isDigit(src[i + 1] ?? ''))) {
      i = readNumber(src, i, out);
      continue;
    }
    if (c === '$') {
      i++;
      let name: string;
      if (src[i] === '`') {
        const close = src.indexOf('`', i + 1);
        if (close < 0) throw syntaxError('UnexpectedSyntax', 'unterminated escaped name', src, i);
        name = src.slice(i + 1, close);
        i = close + 1;
      } else if (i < n && (isIdentStart(src[i]) || isDigit(src[i]))) {
        const s = i;
        while (i < n && isIdentPart(src[i])) i++;
        name = src.slice(s, i);
      } else throw syntaxError('UnexpectedSyntax', 'expected a parameter name after $', src, i);
      out.push({ kind: 'param', value: name, start, end: i });
      continue;
    }
    const three = src.slice(i, i + 3);
    if (PUNCT3.includes(three)) {
      out.push({ kind: 'punct', value: three, start, end: i + 3 });
      i += 3;
      continue;
    }
    const two = src.slice(i, i + 2);
    if (PUNCT2.includes(two)) {
      out.push({ kind: 'punct', value: two, start, end: i + 2 });
      i += 2;
      continue;
    }
    // unicode dashes and arrow heads used by some pattern writers
    if (PUNCT1.includes(c)) {
      out.push({ kind: 'punct', value: c, start, end: i + 1 });
      i++;
      continue;
    }
    const dash = '\u00ad\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d';
    if (dash.includes(c)) {
      out.push({ kind: 'punct', value: '-', lookalike: true, start, end: i + 1 });
      i++;
      continue;
    }
    if ('\u27e8\u3008\ufe64\uff1c'.includes(c)) {
      out.push({ kind: 'punct', value: '<', start, end: i + 1 });
      i++;
      continue;
    }
    if ('\u27e9\u3009\ufe65\uff1e'.includes(c)) {
      out.push({ kind: 'punct', value: '>', start, end: i + 1 });
      i++;
      continue;
    }
    throw syntaxError('UnexpectedSyntax', `unexpected character '${c}'`, src, i);
  }
}

function readString(src: string, i: number, out: Token[]): number {
  const quote = src[i];
  const start = i;
  i++;
  let text = '';
  for (;;) {
    if (i >= src.length) throw syntaxError('UnexpectedSyntax', 'unterminated string literal', src, start);
    const c = src[i];
    if (c === quote) {
      i++;
      break;
    }
    if (c === '\\') {
      const e = src[i + 1];
      i += 2;
      switch (e) {
        case '\\': text += '\\'; break;
        case "'": text += "'"; break;
        case '"': text += '"'; break;
        case 'b': case 'B': text += '\b'; break;
        case 'f': case 'F': text += '\f'; break;
        case 'n': case 'N': text += '\n'; break;
        case 'r': case 'R': text += '\r'; break;
        case 't': case 'T': text += '\t'; break;
        case 'u': case 'U': {
          const len = e === 'u' ? 4 : 8;
          const hex = src.slice(i, i + len);
          if (hex.length !== len || !/^[0-9a-fA-F]+$/.test(hex)) {
            throw syntaxError('InvalidUnicodeLiteral', `invalid unicode escape \\${e}${hex}`, src, i - 2);
          }
          const cp = parseInt(hex, 16);
          if (cp > 0x10ffff) throw syntaxError('InvalidUnicodeLiteral', `invalid code point \\${e}${hex}`, src, i - 2);
          text += String.fromCodePoint(cp);
          i += len;
          break;
        }
        default:
          if (e === undefined) throw syntaxError('UnexpectedSyntax', 'unterminated string literal', src, start);
          // unknown escapes are kept verbatim (backslash included)
          text += '\\' + e;
      }
      continue;
    }
    text += c;
    i++;
  }
  out.push({ kind: 'string', value: text, start, end: i });
  return i;
}

function readNumber(src: string, i: number, out: Token[]): number {
  const start = i;
  const n = src.length;
  if (src[i] === '0' && (src[i + 1] === 'x' || src[i + 1] === 'X')) {
    i += 2;
    while (i < n && isIdentPart(src[i])) i++;
    const text = src.slice(start, i);
    if (!/^0[xX][0-9a-fA-F]+$/.test(text)) {
      out.push({ kind: 'badnumber', value: text, start, end: i });
      return i;
    }
    out.push({ kind: 'integer', value: text, start, end: i });
    return i;
  }
  if (src[i] === '0' && (src[i + 1] === 'o' || src[i + 1] === 'O')) {
    i += 2;
    while (i < n && isIdentPart(src[i])) i++;
    const text = src.slice(start, i);
    if (!/^0[oO][0-7]+$/.test(text)) {
      out.push({ kind: 'badnumber', value: text, start, end: i });
      return i;
    }
    out.push({ kind: 'integer', value: text, start, end: i });
    return i;
  }
  let isFloat = false;
  while (i < n && isDigit(src[i])) i++;
  if (src[i] === '.' && isDigit(src[i + 1] ?? '')) {
    isFloat = true;
    i++;
    while (i < n && isDigit(src[i])) i++;
  }
  if (src[i] === 'e' || src[i] === 'E') {
    let j = i + 1;
    if (src[j] === '+' || src[j] === '-') j++;
    if (isDigit(src[j] ?? '')) {
      isFloat = true;
      i = j;
      while (i < n && isDigit(src[i])) i++;
    }
  }
  if (i < n && isIdentPart(src[i])) {
    while (i < n && isIdentPart(src[i])) i++;
    out.push({ kind: 'badnumber', value: src.slice(start, i), start, end: i });
    return i;
  }
  out.push({ kind: isFloat ? 'float' : 'integer', value: src.slice(start, i), start, end: i });
  return i;
}
