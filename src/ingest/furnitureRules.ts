import { endsSentence, isProse, wordCount } from './blockShape';
import { isAgeStampLine, parseDateline, type DateOrder } from './datelines';

/**
 * Line rules: each recognises one kind of page furniture from the shape and wording of a single block,
 * as news pages in general write it (not the four seeds in particular). removeFurniture() adds the
 * positional rules (header zone, tail after an end marker, trailing headline lists).
 *
 * Rules marked `end: true` are end-of-article markers: when one follows the body and (almost) no prose
 * follows it, everything after it is furniture too.
 */
export type FurnitureRule =
  | 'breadcrumb'
  | 'menu'
  | 'welcome-banner'
  | 'chat-widget'
  | 'widget'
  | 'comments'
  | 'counter'
  | 'share'
  | 'subscribe'
  | 'cookie'
  | 'advertisement'
  | 'caption'
  | 'credit'
  | 'related'
  | 'empty-widget'
  | 'source'
  | 'copyright'
  | 'contact'
  | 'byline'
  | 'sign-off'
  | 'dateline'
  | 'biography'
  | 'header'
  | 'tail'
  | 'headline-list';

export interface LineRule {
  rule: FurnitureRule;
  end?: boolean;
  test: (line: string, ctx: RuleContext) => boolean;
}

export interface RuleContext {
  order: DateOrder;
  /** position of the block among all blocks, 0..1 */
  position: number;
}

const short = (line: string, maxWords: number) => wordCount(line) <= maxWords;

/** a case-insensitive pattern for ASCII keywords without the i flag: "by" -> "[bB][yY]" */
export function ci(pattern: string): string {
  return pattern.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
}
const NAME = String.raw`\p{Lu}[\p{L}'’\-]+(?:\s+(?:(?:de|da|van|von|der|al|el|bin|ibn|le|la)\s+)?\p{Lu}[\p{L}'’\-.]*){0,4}`;
// NAME needs capitals, so these regexes cannot use the i flag (/\p{Lu}/iu matches "a"): keywords go through ci()
const BYLINE_RE = new RegExp(String.raw`^(?:${ci('by|written by|words by|author|authors|reporter|reported by|story by|posted by|editor|edited by')})(?:\s*[:：]\s*|\s+)${NAME}`, 'u');
const SIGN_OFF_SOURCES_RE = new RegExp(
  String.raw`^${NAME}\s*\((?:${ci('according to|theo|source|sources|via|with|compiled from|from|synthesized from')})\b[^)]*\)\.?$`,
  'u',
);
const SIGN_OFF_DASH_RE = new RegExp(String.raw`^[-–—]\s*${NAME}\s*$`, 'u');
const BIO_FIRST_PERSON_RE = new RegExp(String.raw`^(?:I am|I'm|My name is)\s+${NAME},?\s+(?:a|an|the)\b`, 'u');
const BIO_THIRD_PERSON_RE = new RegExp(
  String.raw`^${NAME} (?:is|was) (?:a|an|the)\b[^.]{0,80}\b(?:journalist|reporter|writer|correspondent|editor|columnist|contributor|freelancer|author)\b`,
  'u',
);
const WRITING_JOB = /\b(?:journalist|writer|reporter|editor|correspondent|columnist|blogger|contributor|author|freelancer)s?\b/i;
const SHARE_WORD =
  /^(?:share|share this(?: article| story| post)?|share on \w+|tweet|email|e-mail|print|facebook|twitter|x|whatsapp|linkedin|telegram|reddit|pinterest|messenger|copy link|copy|zalo|vk|save|bookmark|gift this article)$/i;

export const LINE_RULES: LineRule[] = [
  {
    rule: 'breadcrumb',
    test: (l) =>
      /^(?:you are here|your position|current position|your location|location|breadcrumbs?)\s*[:：]/i.test(l) ||
      /^home\s*[>»›/|\\]/i.test(l) ||
      (/\s[>»›]\s|[>»›]/.test(l) && l.split(/[>»›]/).length >= 3 && l.split(/[>»›]/).every((p) => short(p, 12))),
  },
  { rule: 'welcome-banner', test: (l) => /^welcome to\b/i.test(l) && short(l, 14) },
  {
    rule: 'chat-widget',
    test: (l) => /^(?:live chat|chat now|chat with us|online (?:service|chat|consultation)|customer service|contact us|leave a message|get a quote)[!.]?$/i.test(l),
  },
  {
    rule: 'widget',
    test: (l) =>
      /^(?:open in app|read in app|watch(?: the)? video|play video|listen(?: to this article)?|exit mobile version|back to top(?: button)?|continue reading(?:\.\.\.|…)?|(?:copy )?(?:short )?url\s*copy|copy(?: short)? (?:url|link)|print(?: this (?:page|article))?|skip to (?:main )?content|toggle navigation|menu|search|close|logo(?: wide)?|enlarge|view gallery|show more|load more|text size|font size|a\+?\s*a-?|\+ ?a|a ?-)$/i.test(l) ||
      /^\d+(?:\s+\d+){1,3}$/.test(l),
  },
  {
    rule: 'comments',
    end: true,
    test: (l) =>
      /^(?:comments?|reply|replies|discussion)\s*(?:\(\d+\)|\d+)?$/i.test(l) ||
      /^\d+\s+comments?$/i.test(l) ||
      /^(?:leave|post|add|write|view|show|see|read)( all)? (?:a |your |the )?(?:comments?|reply|replies)\b/i.test(l) ||
      /^be the first to comment\b/i.test(l) ||
      /^(?:leave a reply|cancel reply|facebook comments|new comments|(?:обсуждение|комментари[иея]|bình luận|commentaires?|kommentare)\b.*)$/iu.test(l) ||
      /^your email address will not be published\b/i.test(l) ||
      /^this site uses akismet\b/i.test(l),
  },
  { rule: 'counter', test: (l) => /^(?:click|clicks|views?|hits|reads?|visits?)\s*[:：]?\s*[\d,]+$/i.test(l) },
  {
    rule: 'share',
    test: (l) => {
      const parts = l.split(/\s*[|·•,/]\s*/).filter(Boolean);
      return (
        SHARE_WORD.test(l) ||
        (parts.length >= 2 && parts.every((p) => SHARE_WORD.test(p))) ||
        (/^share\b/i.test(l) && short(l, 10) && !endsSentence(l))
      );
    },
  },
  {
    rule: 'menu',
    test: (l) => {
      const parts = l.split(/\s+[|·•]\s+|\s{2,}/);
      return parts.length >= 3 && parts.every((p) => short(p, 3) && !/[.!?]$/.test(p));
    },
  },
  {
    rule: 'subscribe',
    test: (l) =>
      short(l, 30) &&
      (/^(?:subscribe|sign up|sign in|log in|login|register|get our|join our|follow us|download (?:our|the) app)\b/i.test(l) ||
        /\bnewsletters?\b|\bsubscribe (?:to|now|for)\b|\bsubscribers? only\b|\bfollow us on\b/i.test(l)),
  },
  {
    rule: 'cookie',
    test: (l) => short(l, 60) && /\bcookies?\b/i.test(l) && /\b(?:use|uses|accept|consent|policy|settings|preferences|privacy|browsing|experience)\b/i.test(l),
  },
  {
    rule: 'advertisement',
    test: (l) => /^(?:advertisement|advertising|ad|ads|sponsored(?: content)?|promoted|paid content|scroll to continue(?: with content)?|story continues below(?: advertisement)?)$/i.test(l),
  },
  {
    rule: 'caption',
    test: (l) =>
      /\((?:source image|file photo|photo|image|illustration|illustrative image|screenshot|video)\)$/i.test(l) ||
      /[-–—\s](?:Ảnh|Hình|Photo|Image|Picture|Foto|Figure|Fig\.)\s*\d+\.?$/iu.test(l) ||
      (/^(?:photo|image|picture|video|illustration|credit|photograph|фото(?: и видео)?|ảnh|foto)\s*[:：]/iu.test(l) && short(l, 14)) ||
      /^file photo\s*[:：]/i.test(l) ||
      /\b[A-Z]{2,}\/[\p{L} .\-]+\/File Photo$/u.test(l),
  },
  {
    rule: 'related',
    end: true,
    test: (l) =>
      short(l, 14) &&
      /^(?:read more|read also|also read|see also|related(?: articles?| stories| news| posts| content| coverage| topics)?|more from|more on this(?: story)?|more stories|you (?:may|might) also like|recommended(?: for you| stories)?|most read|most popular|popular(?: now| news)?|trending(?: now)?|latest(?: news| stories)?|top stories|further reading|same tag|same category|same author|other news|tags?|keywords|topics|event calendar|next article|previous article|теги|категории|читайте также|lire aussi|à lire aussi|voir aussi|lee también|mehr zum thema|tin liên quan|xem thêm)(?![\p{L}])\s*[:：]?/iu.test(l),
  },
  {
    // "Read more: <headline of another story>": an explicit link label with a colon marks a link line
    // even when the linked headline is long
    rule: 'related',
    test: (l) => short(l, 30) && /^(?:read more|read also|also read|see also|related|more on this)\s*[:：]\s*\S/iu.test(l),
  },
  {
    rule: 'empty-widget',
    test: (l) => /^(?:no data|no videos? available|no comments?(?: yet)?|no results?(?: found)?|loading(?:\.\.\.|…)?|nothing found|no posts?)[.!:]?$/i.test(l),
  },
  {
    rule: 'source',
    end: true,
    test: (l) =>
      /^(?:source|sources|nguồn)$/iu.test(l) ||
      (/^(?:source|sources|nguồn|quelle|fuente|источник|source url|source link|url|link|canonical(?: url)?|permalink|original(?: article| source| url)?)\s*[:：]\s*\S/iu.test(l) &&
        (short(l, 12) || /^[^:：]+[:：]\s*https?:\/\/\S+$/i.test(l))),
  },
  {
    rule: 'copyright',
    end: true,
    test: (l) => short(l, 40) && (/^(?:©|\(c\)|copyright\b)/i.test(l) || /\ball rights reserved\b/i.test(l) || /©\s*\d{4}/.test(l)),
  },
  {
    rule: 'contact',
    test: (l) => short(l, 20) && /^(?:tel|phone|fax|e-?mail|hotline|address|add|mob|mobile|whatsapp|wechat|skype)\s*[:：]/i.test(l),
  },
  {
    rule: 'byline',
    test: (l) =>
      short(l, 14) && !endsSentence(l.replace(/\b\p{Lu}\.$/u, 'X')) &&
      BYLINE_RE.test(l),
  },
  {
    rule: 'sign-off',
    test: (l) =>
      /^\(?\s*(?:reporting|additional reporting|writing|compiled|edited|editing|with inputs|inputs) (?:by|from)\b[^()]*\)?\.?$/i.test(l) ||
      SIGN_OFF_SOURCES_RE.test(l) ||
      SIGN_OFF_DASH_RE.test(l),
  },
  {
    rule: 'dateline',
    test: (l, ctx) => {
      // a line that dates the page by its age alone is furniture all the same (never a sentence)
      if (!endsSentence(l) && isAgeStampLine(l)) return true;
      if (endsSentence(l) && !/^\s*(?:time|date|published|posted|updated)\b/i.test(l)) return false;
      // a dateline has a year
      return /\d/.test(l) && parseDateline(l, ctx.order) !== undefined;
    },
  },
  {
    rule: 'biography',
    test: (l, ctx) =>
      (BIO_FIRST_PERSON_RE.test(l) && WRITING_JOB.test(l)) ||
      /^about (?:the )?author\b/i.test(l) ||
      (ctx.position > 0.7 && isProse(l) && BIO_THIRD_PERSON_RE.test(l)),
  },
];

/** The first line rule a block matches, if any. */
export function matchLineRule(line: string, ctx: RuleContext): LineRule | undefined {
  return LINE_RULES.find((r) => r.test(line, ctx));
}

/**
 * A trailing photo credit on a caption kept as text: "..., September 3, 2024. Photo: Kremlin.ru",
 * "... (Photo: Reuters)", "... AFP via Getty Images", or a wire agency's name in capitals closing a
 * paragraph ("... those listed. REUTERS"). Returns the text without it.
 */
export function splitPhotoCredit(line: string): { text: string; credit: string } | undefined {
  // cheap tests first: the patterns below backtrack over the whole paragraph
  if (!/[A-Z]{2,}\.?$|photo|image|picture|credit|ảnh|Getty Images|Reuters\/|AP Photo\//iu.test(line.slice(-90))) return undefined;
  const agency = /^(.*?[.!?"”])\s+((?:REUTERS|AFP|AP|XINHUA|TASS|BERNAMA|ANI|IANS|PTI|AAP|DPA|EFE|ANSA|KYODO|YONHAP|ANADOLU|RIA NOVOSTI)\.?)$/u.exec(line);
  if (agency && wordCount(agency[1]) >= 4) return { text: agency[1].trim(), credit: agency[2] };
  const m =
    /^(.*?[.!?"”])\s*(\((?:[\p{Lu}][\w.]*\s+)?(?:image|photo|picture|foto)s?\s*[/:|][^)]{1,60}\)(?:\s+[\p{L}]+){0,3})$/iu.exec(line) ||
    /^(.*?[.!?)"”])\s*(\(?(?:photo|photos|image|picture|credit|photograph|ảnh)\s*[:：][^()]{1,60}\)?)$/iu.exec(line) ||
    /^(.*?[.!?"”])\s*((?:[\p{Lu}][\w.]*\s+)?(?:via\s+)?Getty Images|Reuters\/[\p{L} ]+|AP Photo\/[\p{L} .]+)$/u.exec(line);
  if (!m || wordCount(m[1]) < 4) return undefined;
  return { text: m[1].trim(), credit: m[2].trim() };
}
