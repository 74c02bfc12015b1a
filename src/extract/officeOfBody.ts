/**
 * An office of a body named before its holder's rank and name: "Commander of Indian Navy's Eastern Fleet Rear
 * Admiral X", "Commander in Chief of Self Defense Fleet of Japanese Navy Vice Admiral Y", "Commander of
 * Australian Fleet Rear Admiral Z". The holder holds that office in the body named right after "of" (a
 * commander leads it); the rank is held in the body that body belongs to ("Indian Navy's", "of Japanese
 * Navy") when one is named, not in the body commanded.
 */
import { POSSESSIVE_TOKEN, type Ctx } from './draft';
import { MAX_TITLE_TOKENS, TITLES, type TitleRole } from './gazetteer/lexicon';
import { titleLengthAt } from './names';
import { titleFact } from './titleFact';


export function officeOfBody(ctx: Ctx): void {
  const toks = ctx.an.tokens;
  const orgEndingAt = new Map<number, number>();
  for (let k = 0; k < ctx.drafts.length; k++) {
    const d = ctx.drafts[k];
    if (d.label === 'Organization' && d.via === 'name') orgEndingAt.set(d.tokEnd, k);
  }
  if (orgEndingAt.size === 0) return;
  for (let p = 0; p < ctx.drafts.length; p++) {
    const person = ctx.drafts[p];
    if (person.label !== 'Person' || person.via !== 'name' || !person.titles?.length || person.former) continue;
    // the body right before the rank, and the one it belongs to: "A's B" (B commanded) or "B of A" (B commanded)
    const o1 = orgEndingAt.get(person.tokStart);
    if (o1 === undefined) continue;
    let start = ctx.drafts[o1].tokStart;
    let o0: number | undefined;
    let possessive = false;
    if (start >= 1 && POSSESSIVE_TOKEN.test(toks[start - 1].text)) {
      o0 = orgEndingAt.get(start - 1);
      possessive = true;
    } else if (start >= 1 && toks[start - 1].lower === 'of') {
      o0 = orgEndingAt.get(start - 1) ?? (toks[start - 2]?.lower === 'the' ? orgEndingAt.get(start - 2) : undefined);
    }
    if (o0 !== undefined) start = ctx.drafts[o0].tokStart;
    // the office: a capitalised title, then "of" (the)
    let q = start - 1;
    if (q >= 0 && toks[q].lower === 'the') q--;
    if (q < 1 || toks[q].lower !== 'of' || toks[q].sent !== person.sentence) continue;
    let office = '';
    let officeStart = q;
    for (let len = Math.min(MAX_TITLE_TOKENS, q); len >= 1 && !office; len--) {
      const words: string[] = [];
      let caps = true;
      for (let k = q - len; k < q; k++) {
        words.push(toks[k].lower);
        caps &&= toks[k].cap || /^(in|of)$/.test(toks[k].lower);
      }
      if (caps && toks[q - len].cap && titleLengthAt(words, 0) === len) {
        office = ctx.text.slice(toks[q - len].start, toks[q - 1].end);
        officeStart = q - len;
      }
    }
    if (!office) continue;
    // a word before the office that changes it: a past one ("Former Commander of X") is none, a second one
    // ("Deputy Commander of X") serves the body without leading it
    const before = officeStart >= 1 && toks[officeStart - 1].sent === person.sentence ? toks[officeStart - 1].lower : '';
    if (/^(?:former|ex|ex-|late|then|previous)$/.test(before)) continue;
    const second = /^(?:deputy|vice|assistant|acting|associate)$/.test(before);
    const commanded = o0 === undefined || possessive ? o1 : o0;
    const parent = o0 === undefined ? undefined : commanded === o1 ? o0 : o1;
    // the rank is not held in the body commanded, but in the one it belongs to
    const rank = person.titles[person.titles.length - 1];
    let hasParent = false;
    for (let r = ctx.relations.length - 1; r >= 0; r--) {
      const x = ctx.relations[r];
      if (x.from !== p) continue;
      if (x.to === commanded) ctx.relations.splice(r, 1);
      else if (x.to === parent) hasParent = true;
    }
    const lower = office.toLowerCase();
    const role: TitleRole = second ? 'work' : /^commander\b/.test(lower) ? 'leader' : TITLES[lower];
    const f = titleFact(role, second ? `${toks[officeStart - 1].text} ${office}` : office);
    ctx.relations.push({ type: f.type, from: p, to: commanded, sentence: person.sentence, properties: f.properties, confidence: 0.85 });
    if (parent !== undefined && !hasParent) {
      const g = titleFact(person.role, rank);
      ctx.relations.push({ type: g.type, from: p, to: parent, sentence: person.sentence, properties: g.properties, confidence: 0.85 });
    }
  }
}
