/**
 * XML 1.0 text helpers for the GraphML writer. XML 1.0 cannot carry some characters at all, not even as
 * character references: C0 controls other than tab, newline and carriage return, U+FFFE, U+FFFF and
 * unpaired surrogates. `hasForbiddenXmlChars` finds them so the caller can encode the value instead.
 */

const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function hasForbiddenXmlChars(s: string): boolean {
  return FORBIDDEN.test(s);
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTR_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', '\n': '&#10;', '\t': '&#9;' };

/** Escapes element content. `\r` becomes a character reference, so XML end-of-line handling keeps it. */
export function escapeText(s: string): string {
  return s.replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]);
}

/** Escapes a double-quoted attribute value; tab, newline and CR become references so they survive normalisation. */
export function escapeAttribute(s: string): string {
  return s.replace(/[&<>"\r\n\t]/g, (c) => ATTR_ESCAPES[c]);
}

/** JSON text that XML 1.0 can carry: JSON.stringify already escapes C0 controls and lone surrogates; this adds U+FFFE/U+FFFF. */
export function xmlSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}
