/**
 * Tokens and sentences with exact character offsets, from wink-nlp (tokeniser, POS tagger, sentence
 * boundaries). wink's tokens are lossless (token + its preceding spaces rebuild the text), so offsets are
 * computed by accumulation. On top of wink: a line break always ends a sentence (headlines, bylines and
 * paragraphs are separate), a boundary followed by a lower-case letter with no space ("news.ru") is
 * undone, a trailing possessive glued to a token ("ICC's") is split off, and hyphenated words
 * ("el-Abdallah", "Hague-based") become one token.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span } from '../model/types';
import { lemmaOf } from './lemma';
import { isPlaceWord } from './gazetteer/words';

export interface Token {
  /** index in Analysis.tokens */
  i: number;
  text: string;
  lower: string;
  start: number;
  end: number;
  /** universal POS tag from wink (PROPN, NOUN, VERB, ...) */
  pos: string;
  /** lemma of the words we key on (lemma.ts), else the lower-case form */
  lemma: string;
  /** sentence index */
  sent: number;
  /** whitespace (or nothing) between the previous token and this one */
  gap: string;
  /** starts with an upper-case letter (not a credit split off a caption: "ANPThe") */
  cap: boolean;
}

export interface Analysis {
  tokens: Token[];
  sentences: Span[];
  /** [first token index, last token index + 1] for each sentence */
  sentenceTokens: [number, number][];
}

type Nlp = ReturnType<typeof winkNLP>;
let nlpSingleton: Nlp | undefined;
function nlp(): Nlp {
  if (!nlpSingleton) nlpSingleton = winkNLP(model, ['sbd', 'pos']); // no ner/sentiment/negation: we do not use them
  return nlpSingleton;
}

const UPPER = /^\p{Lu}/u;

/**
 * Letters wink-nlp's tokeniser does not take for letters: it reads only Latin-1's (and "Ÿ"), so
 * "Erdoğan", "Łukaszenka" or "Nguyễn" fell apart into pieces around "ğ", "Ł", "ễ". Its input gets a
 * Latin-1 letter in their place (same length, so every offset holds); tokens are then read from the
 * original text.
 */
const NOT_WINK_LETTER = /(?=\p{L})[^\u0000-\u00ff\u0178]/gu;
const HAS_NOT_WINK_LETTER = /(?=\p{L})[^\u0000-\u00ff\u0178]/u;
/** letters whose decomposition gives no Latin-1 base */
const BASE_LETTER: Readonly<Record<string, string>> = {
  ı: 'i', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H', ŋ: 'n', Ŋ: 'N', ŧ: 't', Ŧ: 'T', ſ: 's', ƒ: 'f', ə: 'e', Ə: 'E', œ: 'o', Œ: 'O',
};

/** `text` with every letter wink-nlp would split a word at replaced by a Latin-1 one, code unit for code unit. */
export function winkReadable(text: string): string {
  return HAS_NOT_WINK_LETTER.test(text) ? text.replace(NOT_WINK_LETTER, winkLetter) : text;
}

function winkLetter(letter: string): string {
  const base = BASE_LETTER[letter] ?? letter.normalize('NFD').charAt(0);
  const one = base.length === 1 && base.charCodeAt(0) <= 0xff && base !== letter ? base : UPPER.test(letter) ? 'X' : 'x';
  return letter.length === 1 ? one : one + 'x'.repeat(letter.length - 1);
}
/** military and civil titles news abbreviates, without their dot (not "Sen": a surname too, "Hun Sen.") */
const ABBREVIATED_TITLE = /^(?:Gen|Lt|Col|Maj|Brig|Adm|Cmdr|Capt|Sgt|Gov|Rep|Amb|Cpl|Pvt)$/;
/** is the token before the last one kept a name (a capitalised PROPN that is no abbreviated title)? */
function afterName(merged: readonly Raw[]): boolean {
  if (merged.length < 2) return false;
  const n = merged[merged.length - 2];
  return /^\p{Lu}/u.test(n.text) && n.pos === 'PROPN' && !ABBREVIATED_TITLE.test(n.text.replace(/\.$/, ''));
}
/** an abbreviated title that is also a surname, which wink keeps with its dot ("Hun Sen.", "Amartya Sen.") */
const TITLE_DOT = /^Sen\.$/;
/** words before "Sen." that make it a senator's title */
const SENATOR_QUALIFIER = /^(?:Republican|Democratic|Democrat|Independent|Senior|Junior|Veteran|Former|State|Then|Incumbent|Freshman)$/;
const POSSESSIVE_GLUED = /^(.{2,}?)(['\u2019]s)$/u;

interface Raw {
  text: string;
  start: number;
  end: number;
  pos: string;
  gap: string;
  sentStart: boolean;
}

/** Tokenise, tag and split `text` into sentences. Pure; the wink model is loaded once per process. */
/** an agency's initials run into the article opening a caption ("ANPThe"; not "EFTA": one capital alone is no word) */
const GLUED_CREDIT = /^(\p{Lu}{2,8})(The)$/u;

export function analyse(text: string): Analysis {
  const w = nlp();
  const its = w.its;
  const readable = winkReadable(text);
  const doc = w.readDoc(readable);
  const values = doc.tokens().out() as string[];
  const mapped = readable !== text;
  const pos = doc.tokens().out(its.pos) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const sentStarts = new Set<number>();
  for (const sp of doc.sentences().out(its.span) as unknown as [number, number][]) sentStarts.add(sp[0]);

  // 1. raw tokens with offsets; whitespace tokens are folded into the next token's gap
  const raw: Raw[] = [];
  let off = 0;
  let pendingGap = '';
  let pendingStart = false;
  for (let k = 0; k < values.length; k++) {
    const gap = spaces[k] ?? '';
    off += gap.length;
    const start = off;
    const v = mapped ? text.slice(start, start + values[k].length) : values[k];
    off += v.length;
    const c0 = v.charCodeAt(0);
    if ((c0 === 32 || c0 === 10 || c0 === 13 || c0 === 9 || c0 === 160 || c0 === 12 || c0 === 11) && /^\s+$/.test(v)) {
      pendingGap += gap + v;
      pendingStart ||= sentStarts.has(k);
      continue;
    }
    const g = pendingGap + gap;
    pendingGap = '';
    const sentStart = sentStarts.has(k) || pendingStart || (g.length > 0 && /[\n\r]/.test(g)) || raw.length === 0;
    pendingStart = false;
    const m = v.length > 3 && (v.endsWith("'s") || v.endsWith('\u2019s')) ? POSSESSIVE_GLUED.exec(v) : null;
    // a photo credit glued to the caption after it ("ANPThe Peace Palace in The Hague"): two words
    const credit = c0 >= 65 && c0 <= 90 && v.length > 3 ? GLUED_CREDIT.exec(v) : null;
    if (credit) {
      const a = credit[1].length;
      // (the credit is no word of the caption's first name: the caption starts a sentence at "The")
      raw.push({ text: credit[1], start, end: start + a, pos: 'CREDIT', gap: g, sentStart });
      raw.push({ text: credit[2], start: start + a, end: start + v.length, pos: 'DET', gap: '', sentStart: true });
    } else if (m && pos[k] !== 'PART' && UPPER.test(v)) {
      const a = m[1].length;
      raw.push({ text: m[1], start, end: start + a, pos: pos[k], gap: g, sentStart });
      raw.push({ text: m[2], start: start + a, end: start + v.length, pos: 'PART', gap: '', sentStart: false });
    } else {
      raw.push({ text: v, start, end: start + v.length, pos: pos[k], gap: g, sentStart });
    }
  }
  if (off !== text.length) throw new Error(`extract.tokens: offsets drifted (${off} != ${text.length})`);

  // 2. glue hyphenated words (X-Y with no spaces) and undo boundaries before a glued lower-case letter
  const merged: Raw[] = [];
  for (let k = 0; k < raw.length; k++) {
    const r = raw[k];
    const prev = merged[merged.length - 1];
    if (
      prev && r.gap === '' && k + 1 < raw.length && (r.text === '-' || r.text === '\u2010') &&
      raw[k + 1].gap === '' && /\p{L}$/u.test(prev.text) && /^\p{L}/u.test(raw[k + 1].text)
    ) {
      const nx = raw[k + 1];
      prev.text = text.slice(prev.start, nx.end);
      prev.end = nx.end;
      prev.pos = UPPER.test(nx.text) ? 'PROPN' : nx.pos === 'VERB' ? 'ADJ' : nx.pos;
      k++;
      continue;
    }
    if (r.sentStart && prev && r.gap === '' && /^\p{Ll}/u.test(r.text)) r.sentStart = false;
    // a title's abbreviation whose dot wink split off as a sentence's end ("Maj. Gen. Ahmed", "Adm. Smith"):
    // one token, and the name after it stays in the sentence
    // (not after a name: "ruled by Hun Sen. His son ...", "economist Amartya Sen.")
    if (r.text === '.' && r.gap === '' && prev && ABBREVIATED_TITLE.test(prev.text) && !afterName(merged) && k + 1 < raw.length && !/[\n\r]/.test(raw[k + 1].gap) && /^\p{Lu}/u.test(raw[k + 1].text)) {
      prev.text = text.slice(prev.start, r.end);
      prev.end = r.end;
      raw[k + 1].sentStart = false;
      continue;
    }
    // "No." before a number ("National Road No. 8", "Resolution No. 2231"): one token, and no sentence ends there
    if (r.text === '.' && r.gap === '' && prev && /^(?:No|Nos|no|nos)$/.test(prev.text) && k + 1 < raw.length && !/[\n\r]/.test(raw[k + 1].gap) && /^\p{N}/u.test(raw[k + 1].text)) {
      prev.text = text.slice(prev.start, r.end);
      prev.end = r.end;
      raw[k + 1].sentStart = false;
      continue;
    }
    // a surname that is also an abbreviated title, at a sentence's end: wink keeps "Sen." whole and the sentence
    // going ("ruled by Hun Sen. His son ..."); after a given name, it is the name's end and the sentence's
    // (a party, a qualifier or a state before it is no name: "Republican Sen. Ted Cruz", "Texas Sen. Ted Cruz")
    if (TITLE_DOT.test(r.text) && prev && prev.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(prev.text) && !SENATOR_QUALIFIER.test(prev.text) && !isPlaceWord(prev.text.toLowerCase()) && k + 1 < raw.length && raw[k + 1].gap !== '' && /^\p{Lu}/u.test(raw[k + 1].text)) {
      merged.push({ ...r, text: r.text.slice(0, -1), end: r.end - 1 });
      merged.push({ text: '.', start: r.end - 1, end: r.end, pos: 'PUNCT', gap: '', sentStart: false });
      raw[k + 1].sentStart = true;
      continue;
    }
    merged.push(r);
  }

  // 3. sentences
  const tokens: Token[] = [];
  const sentences: Span[] = [];
  const sentenceTokens: [number, number][] = [];
  let sent = -1;
  for (const r of merged) {
    if (r.sentStart || sent < 0) {
      if (sent >= 0) sentenceTokens[sent][1] = tokens.length;
      sent++;
      sentences.push({ start: r.start, end: r.end });
      sentenceTokens.push([tokens.length, tokens.length]);
    }
    sentences[sent].end = r.end;
    // (a typographic apostrophe reads as the plain one in look-ups: "Democratic People’s Republic of Korea" is the
    // gazetteer's "people's", not "Republic of Korea" after an unknown word)
    const lowered = r.text.toLowerCase();
    const lower = lowered.includes('’') ? lowered.replace(/’/g, "'") : lowered;
    tokens.push({
      i: tokens.length,
      text: r.text,
      lower,
      start: r.start,
      end: r.end,
      pos: r.pos,
      lemma: lemmaOf(lower),
      sent,
      gap: r.gap,
      // (a credit split off a caption names nothing of the story: read like a lower-case word)
      cap: r.pos !== 'CREDIT' && UPPER.test(r.text),
    });
  }
  if (sent >= 0) sentenceTokens[sent][1] = tokens.length;
  return { tokens, sentences, sentenceTokens };
}
