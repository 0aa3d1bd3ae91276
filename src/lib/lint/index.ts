// 'broadsheet/lint': the editorial accessibility problems that validation cannot call wrong.
// A document can be valid and still fail readers: an alt text that repeats the caption, a
// "click here" link, a pull quote hidden from screen readers whose words are nowhere else, a
// Russian quotation read with an English voice. lintArticle reads a document and says what an
// editor should change; it never changes the document.
import type {
  ArticleDocument,
  ArticleImage,
  BodyBlock,
  DataTable,
  RichText,
} from '../article/types.js';
import { paragraphsOf, plainText } from '../article/rich-text.js';
import { parseIsoDate } from '../i18n/dates.js';
import { redundantAltPrefixes, vagueLinkTexts, wordsFor } from './words.js';

export interface LintFinding {
  /** The rule's stable kebab-case id, e.g. "alt-equals-caption". */
  rule: string;
  severity: 'error' | 'warning';
  /** Where in the document, as parseArticle writes paths: "body[3].image.alt". */
  path: string;
  /** What is wrong and what to change, in words an editor can act on. */
  message: string;
}

/** The rules, with their severity and what each is about: the Editorial guide's sections. */
export const lintRules = {
  'alt-equals-caption': {
    severity: 'error',
    about: 'An alt text that repeats the caption is read twice to screen-reader users.',
  },
  'alt-redundant-prefix': {
    severity: 'warning',
    about: 'Screen readers already say "image": an alt starting "Image of" says it twice.',
  },
  'alt-too-long': {
    severity: 'warning',
    about: 'A long alt cannot be paused or re-read; long descriptions belong in `description`.',
  },
  'link-text-vague': {
    severity: 'error',
    about: 'Links are often read out of context: "click here" does not say where it goes.',
  },
  'link-text-url': {
    severity: 'warning',
    about: 'A URL as link text is read out character by character.',
  },
  'pullquote-not-in-body': {
    severity: 'error',
    about:
      'A pull quote marked `repeatsBody` is hidden from screen readers: its words must be in the body.',
  },
  'pullquote-repeats-unmarked': {
    severity: 'warning',
    about: 'A pull quote that repeats the body, not marked `repeatsBody`, is read twice.',
  },
  'text-without-lang': {
    severity: 'warning',
    about: 'Text in another language, not marked, is read with the wrong voice and pronunciation.',
  },
  'video-without-transcript': {
    severity: 'warning',
    about: 'A transcript lets people who cannot see or hear the video, or cannot play it, read it.',
  },
  'all-caps': {
    severity: 'warning',
    about: 'Text in capitals is harder to read, and some screen readers spell it out.',
  },
  'live-key-event-without-headline': {
    severity: 'error',
    about:
      'A key event is listed under "Key events" by its headline: without one, a listener hears only a time.',
  },
  'live-pinned-stale': {
    severity: 'warning',
    about:
      'A pinned post is read first; a day after the latest post it tells a reader old news first.',
  },
  'live-headline-only-time': {
    severity: 'warning',
    about:
      'A headline that is only a time says nothing the post’s time does not: a listener skimming headings learns nothing.',
  },
} as const satisfies Record<string, { severity: LintFinding['severity']; about: string }>;

export type LintRule = keyof typeof lintRules;

/** The longest alt text before `alt-too-long`: about two spoken sentences. */
export const maxAltLength = 150;

const segmenters = new Map<string, Intl.Segmenter>();

/**
 * Text as a listener hears it, which the alt and pull-quote rules compare: its words in order,
 * in lower case for its language, without the punctuation, quote marks and symbols a screen
 * reader does not voice. Words are found by Intl.Segmenter in the text's language, so that
 * Chinese or Japanese, written without spaces, compare word by word too.
 */
export function heard(text: string, lang: string): string {
  let segmenter = segmenters.get(lang);
  if (!segmenter)
    segmenters.set(lang, (segmenter = new Intl.Segmenter(lang, { granularity: 'word' })));
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text.normalize('NFKC'))) {
    if (isWordLike) words.push(segment.toLocaleLowerCase(lang));
  }
  return words.join(' ');
}

/** @deprecated Use `heard(text, lang)`, which also leaves out punctuation and symbols. */
export const comparable = (text: string, lang = 'en') => heard(text, lang);

/** Every body block with its path: the article's, then each live post's. */
function* blocksIn(doc: ArticleDocument): Generator<{ at: string; block: BodyBlock }> {
  for (const [b, block] of doc.body.entries()) yield { at: `body[${b}]`, block };
  for (const [p, post] of (doc.live?.posts ?? []).entries()) {
    for (const [b, block] of post.body.entries())
      yield { at: `live.posts[${p}].body[${b}]`, block };
  }
}

/** Every checkable text of a document with its path: where a finding points. */
interface Text {
  path: string;
  text: string;
  /** The run's own language, when it has one. */
  lang?: string;
}

function* textsOf(doc: ArticleDocument): Generator<Text> {
  function* rich(value: RichText, path: string): Generator<Text> {
    if (typeof value === 'string') {
      yield { path, text: value };
      return;
    }
    for (const [i, run] of value.entries()) {
      if (typeof run === 'string') yield { path: `${path}[${i}]`, text: run };
      else if ('lang' in run) yield { path: `${path}[${i}].text`, text: run.text, lang: run.lang };
      else yield { path: `${path}[${i}].text`, text: run.text };
    }
  }
  const table = function* (t: DataTable, path: string): Generator<Text> {
    yield { path: `${path}.caption`, text: t.caption };
    for (const [i, cell] of t.head.entries()) yield { path: `${path}.head[${i}]`, text: cell };
    for (const [r, row] of t.rows.entries())
      for (const [c, cell] of row.entries()) yield* rich(cell, `${path}.rows[${r}][${c}]`);
    if (t.source) yield { path: `${path}.source`, text: t.source };
  };
  const image = function* (img: ArticleImage, path: string): Generator<Text> {
    if (img.caption) yield { path: `${path}.caption`, text: img.caption };
    for (const [i, p] of (img.description ?? []).entries())
      yield* rich(p, `${path}.description[${i}]`);
    if (img.data) yield* table(img.data, `${path}.data`);
  };
  yield { path: 'headline', text: doc.headline };
  if (doc.standfirst) yield { path: 'standfirst', text: doc.standfirst };
  for (const [i, point] of (doc.summary ?? []).entries()) yield* rich(point, `summary[${i}]`);
  if (doc.leadImage) yield* image(doc.leadImage, 'leadImage');
  for (const [p, post] of (doc.live?.posts ?? []).entries()) {
    if (post.headline) yield { path: `live.posts[${p}].headline`, text: post.headline };
  }
  for (const { at, block } of blocksIn(doc)) {
    switch (block.type) {
      case 'paragraph':
        yield* rich(block.text, `${at}.text`);
        break;
      case 'subheading':
        yield { path: `${at}.text`, text: block.text };
        break;
      case 'pullquote':
        yield { path: `${at}.text`, text: block.text, ...(block.lang && { lang: block.lang }) };
        break;
      case 'image':
        yield* image(block.image, `${at}.image`);
        break;
      case 'list':
        for (const [i, item] of block.items.entries()) yield* rich(item, `${at}.items[${i}]`);
        break;
      case 'quote':
        for (const [i, p] of block.text.entries()) {
          for (const text of rich(p, `${at}.text[${i}]`)) {
            yield block.lang && !text.lang ? { ...text, lang: block.lang } : text;
          }
        }
        break;
      case 'video':
        if (block.video.caption) yield { path: `${at}.video.caption`, text: block.video.caption };
        for (const [i, p] of (block.video.transcript ?? []).entries())
          yield* rich(p, `${at}.video.transcript[${i}]`);
        break;
      case 'audio':
        for (const [i, p] of block.audio.transcript.entries())
          yield* rich(p, `${at}.audio.transcript[${i}]`);
        break;
      case 'table':
        yield* table(block.table, `${at}.table`);
        break;
      case 'embed':
        yield { path: `${at}.embed.title`, text: block.embed.title };
        break;
    }
  }
}

/** Every link of a document with its path. */
function* linksOf(doc: ArticleDocument): Generator<{ path: string; text: string; href: string }> {
  function* rich(value: RichText, path: string) {
    if (typeof value === 'string') return;
    for (const [i, run] of value.entries()) {
      if (typeof run === 'object' && 'href' in run) yield { path: `${path}[${i}]`, ...run };
    }
  }
  for (const [i, point] of (doc.summary ?? []).entries()) yield* rich(point, `summary[${i}]`);
  for (const { at, block } of blocksIn(doc)) {
    if (block.type === 'paragraph') yield* rich(block.text, `${at}.text`);
    if (block.type === 'list')
      for (const [i, item] of block.items.entries()) yield* rich(item, `${at}.items[${i}]`);
    if (block.type === 'quote')
      for (const [i, p] of block.text.entries()) yield* rich(p, `${at}.text[${i}]`);
    if (block.type === 'embed') yield { path: `${at}.embed.link`, ...block.embed.link };
  }
  for (const [i, link] of (doc.related ?? []).entries()) yield { path: `related[${i}]`, ...link };
}

function* images(doc: ArticleDocument): Generator<{ path: string; image: ArticleImage }> {
  if (doc.leadImage) yield { path: 'leadImage', image: doc.leadImage };
  for (const { at, block } of blocksIn(doc)) {
    if (block.type === 'image') yield { path: `${at}.image`, image: block.image };
  }
}

// ---------- scripts

/** The scripts a language is written in, as Unicode script names. */
function scriptsOf(lang: string): string[] {
  let script: string | undefined;
  try {
    script = new Intl.Locale(lang).maximize().script;
  } catch {
    return ['Latin'];
  }
  const byCode: Record<string, string[]> = {
    Latn: ['Latin'],
    Cyrl: ['Cyrillic'],
    Arab: ['Arabic'],
    Hans: ['Han'],
    Hant: ['Han'],
    Jpan: ['Han', 'Hiragana', 'Katakana'],
    Kore: ['Hangul', 'Han'],
    Deva: ['Devanagari'],
    Beng: ['Bengali'],
    Grek: ['Greek'],
    Hebr: ['Hebrew'],
    Thai: ['Thai'],
    Geor: ['Georgian'],
    Armn: ['Armenian'],
    Ethi: ['Ethiopic'],
    Taml: ['Tamil'],
  };
  return (script ? byCode[script] : undefined) ?? ['Latin'];
}

const scriptPatterns = [
  'Latin',
  'Cyrillic',
  'Arabic',
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
  'Devanagari',
  'Bengali',
  'Greek',
  'Hebrew',
  'Thai',
  'Georgian',
  'Armenian',
  'Ethiopic',
  'Tamil',
].map((name) => [name, new RegExp(`\\p{Script=${name}}`, 'u')] as const);

/** The script of a word: the script most of its letters are in, or undefined for none. */
function scriptOfWord(word: string): string | undefined {
  const counts = new Map<string, number>();
  for (const char of word) {
    for (const [name, pattern] of scriptPatterns) {
      if (pattern.test(char)) {
        counts.set(name, (counts.get(name) ?? 0) + 1);
        break;
      }
    }
  }
  let best: string | undefined;
  for (const [name, count] of counts) if (!best || count > counts.get(best)!) best = name;
  return best;
}

/**
 * How long a stretch of another script must be before it is a finding. Decided from news text:
 * in English, German or Russian copy, two words in a script of their own are a quotation or a
 * title (a single word is often a term being named, "the word شهيد"); inside Arabic, Persian or
 * Chinese copy, Latin names of people and organisations run to three words ("Joe Biden",
 * "BBC World Service", "Munich Security Conference") and are read acceptably in the page's
 * voice, so a Latin stretch is a finding from four words on. Han and Kana have no spaces: there,
 * four characters, which is a phrase rather than a name.
 */
function isLongEnough(script: string, words: string[], docScripts: string[]): boolean {
  if (script === 'Han' || script === 'Hiragana' || script === 'Katakana') {
    return words.join('').length >= 4;
  }
  if (script === 'Latin' && !docScripts.includes('Latin')) return words.length >= 4;
  return words.length >= 2;
}

/** Stretches of `text` in a script the document's language is not written in. */
function foreignStretches(text: string, docScripts: string[]): { script: string; text: string }[] {
  const stretches: { script: string; words: string[] }[] = [];
  let current: { script: string; words: string[] } | undefined;
  for (const word of text.split(/\s+/)) {
    const script = scriptOfWord(word);
    if (script === undefined) continue; // digits and punctuation belong to every script
    if (docScripts.includes(script)) {
      current = undefined;
    } else if (current?.script === script) {
      current.words.push(word);
    } else {
      current = { script, words: [word] };
      stretches.push(current);
    }
  }
  return stretches
    .filter((s) => isLongEnough(s.script, s.words, docScripts))
    .map((s) => ({ script: s.script, text: s.words.join(' ') }));
}

// ---------- case

const casedLetter = /[\p{Lu}\p{Ll}]/u;

/**
 * Whether a text is set in capitals: mostly upper-case letters, at least four words, and a long
 * word among them in capitals, so acronyms ("NATO and the EU met the UN") are not shouting.
 * Scripts without case (Arabic, Han, Devanagari…) never are.
 */
function isAllCaps(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => casedLetter.test(word));
  if (words.length < 4) return false;
  let upper = 0;
  let lower = 0;
  for (const char of text) {
    if (/\p{Lu}/u.test(char)) upper++;
    else if (/\p{Ll}/u.test(char)) lower++;
  }
  const shouted = words.some(
    (word) => /^\P{Ll}*$/u.test(word) && word.replace(/\P{L}/gu, '').length >= 5,
  );
  return upper / (upper + lower) > 0.7 && shouted;
}

// ---------- the rules

const guide = (rule: LintRule) => ` (Editorial guide: ${rule})`;

/**
 * Editorial accessibility findings for a valid document: what a reader would meet that
 * validation cannot refuse. The document is read, never changed. Run `parseArticle` first: a
 * document it refuses is not linted.
 */
export function lintArticle(doc: ArticleDocument): LintFinding[] {
  const findings: LintFinding[] = [];
  const find = (rule: LintRule, path: string, message: string) =>
    findings.push({
      rule,
      severity: lintRules[rule].severity,
      path,
      message: message + guide(rule),
    });

  // Images: alt against caption, redundant openings, length.
  const prefixes = wordsFor(redundantAltPrefixes, doc.lang);
  for (const { path, image } of images(doc)) {
    if (image.decorative) continue;
    if (image.caption && heard(image.alt, doc.lang) === heard(image.caption, doc.lang)) {
      find(
        'alt-equals-caption',
        `${path}.alt`,
        'The alt text repeats the caption word for word, so screen-reader users hear it twice. Describe what the image shows instead, or set `decorative: true` if the caption says everything.',
      );
    }
    const alt = image.alt.trim().toLowerCase();
    const prefix = prefixes.find(
      (p) => alt === p || alt.startsWith(`${p} `) || (p.endsWith(':') && alt.startsWith(p)),
    );
    if (prefix) {
      find(
        'alt-redundant-prefix',
        `${path}.alt`,
        `The alt text starts with "${image.alt.trim().slice(0, prefix.length)}": screen readers already say it is an image. Start with what it shows.`,
      );
    }
    if (image.alt.length > maxAltLength) {
      find(
        'alt-too-long',
        `${path}.alt`,
        `The alt text is ${image.alt.length} characters long; keep it under ${maxAltLength}. Put the detail in the caption, or for a chart or map in \`description\`.`,
      );
    }
  }

  // Links: vague words, bare URLs.
  const vague = new Set(wordsFor(vagueLinkTexts, doc.lang));
  for (const link of linksOf(doc)) {
    const words = link.text
      .trim()
      .toLowerCase()
      .replace(/[.:!?…]+$/u, '');
    if (vague.has(words)) {
      find(
        'link-text-vague',
        `${link.path}.text`,
        `The link text "${link.text.trim()}" does not say where it goes, and links are often read out of context. Make the words of the sentence that name the destination the link.`,
      );
    } else if (/^(https?:\/\/|www\.)\S+$/i.test(link.text.trim())) {
      find(
        'link-text-url',
        `${link.path}.text`,
        `The link text is a web address, which a screen reader reads out character by character. Name the page or site instead.`,
      );
    }
  }

  // Pull quotes against the body, heard as words with spaces around each, so that a pull quote
  // is found as whole words. Read only when the article has a pull quote.
  const blocks = [...blocksIn(doc)];
  const pullQuotes = blocks.some(({ block }) => block.type === 'pullquote');
  const bodyText = !pullQuotes
    ? ''
    : ` ${heard(
        blocks.flatMap(({ block }) => paragraphsOf(block).map(plainText)).join(' '),
        doc.lang,
      )} `;
  for (const { at, block } of blocks) {
    if (block.type !== 'pullquote') continue;
    // An ellipsis in a pull quote leaves words out: each part must be in the body, in order.
    const parts = block.text
      .split(/…|\.\.\./)
      .map((part) => heard(part, doc.lang))
      .filter(Boolean)
      .map((part) => ` ${part} `);
    let from = 0;
    const inBody = parts.every((part) => {
      const at = bodyText.indexOf(part, from);
      if (at < 0) return false;
      from = at + part.length - 1;
      return true;
    });
    if (block.repeatsBody && !inBody) {
      find(
        'pullquote-not-in-body',
        `${at}.repeatsBody`,
        'This pull quote is marked `repeatsBody`, so screen readers skip it, but its words are not in the body: those readers never hear them. Put the quotation in a paragraph, or remove `repeatsBody`.',
      );
    } else if (!block.repeatsBody && inBody) {
      find(
        'pullquote-repeats-unmarked',
        `${at}.repeatsBody`,
        'This pull quote repeats words from the body, so screen-reader users hear them twice. Set `repeatsBody: true`.',
      );
    }
  }

  // Text in another script without a language, and text in capitals.
  const docScripts = scriptsOf(doc.lang);
  for (const { path, text, lang } of textsOf(doc)) {
    if (!lang) {
      for (const stretch of foreignStretches(text, docScripts)) {
        find(
          'text-without-lang',
          path,
          `"${stretch.text.slice(0, 60)}" is in ${stretch.script} script but not marked with its language, so a screen reader reads it with the voice of "${doc.lang}". Mark it as a language run: { text, lang }.`,
        );
      }
    }
    if (isAllCaps(text)) {
      find(
        'all-caps',
        path,
        'This text is set in capitals, which is harder to read and which some screen readers spell out letter by letter. Write it in sentence case; styling can make it look like capitals.',
      );
    }
  }

  // Media.
  for (const { at, block } of blocks) {
    if (block.type === 'video' && !block.video.transcript) {
      find(
        'video-without-transcript',
        `${at}.video.transcript`,
        'This video has no transcript. Add one: it is how people who are deafblind, or cannot play the video, get its content, and it makes the video searchable.',
      );
    }
  }

  // Live coverage: key events named, a pinned post that is not stale, headlines with words.
  const posts = doc.live?.posts ?? [];
  const latest = Math.max(...posts.map((post) => parseIsoDate(post.published)!.value.getTime()));
  for (const [p, post] of posts.entries()) {
    const at = `live.posts[${p}]`;
    if (post.keyEvent && !post.headline) {
      find(
        'live-key-event-without-headline',
        `${at}.headline`,
        'This post is a key event, listed under "Key events" by its headline, but it has none: the list would name it by its time alone. Give it a headline that says what happened.',
      );
    }
    const age = latest - parseIsoDate(post.published)!.value.getTime();
    if (post.pinned && doc.live!.status === 'live' && age > 24 * 60 * 60 * 1000) {
      find(
        'live-pinned-stale',
        `${at}.pinned`,
        `This pinned post is ${Math.floor(age / 3_600_000)} hours older than the latest post, and readers meet it first. Update it, or unpin it.`,
      );
    }
    if (post.headline && isOnlyTime(post.headline, doc.lang)) {
      find(
        'live-headline-only-time',
        `${at}.headline`,
        `The headline "${post.headline}" is only a time, which the post already shows. Say what happened.`,
      );
    }
  }

  return findings;
}

/** Whether a headline holds nothing but a time or a date: "14:32", "2.30 pm", "16h40". */
function isOnlyTime(headline: string, lang: string): boolean {
  const words = heard(headline, lang).split(' ').filter(Boolean);
  return (
    words.length > 0 &&
    words.every(
      (word) => /^[\p{Nd}]+([:.h][\p{Nd}]+)*$/u.test(word) || /^(am|pm|uhr|h)$/.test(word),
    )
  );
}
