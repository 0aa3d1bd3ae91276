// 'broadsheet/import': a CMS's rich-text HTML (WordPress `content.rendered`, CKEditor, a Google
// Docs paste) to ArticleDocument body blocks. It parses with parse5, the HTML standard's own
// parsing algorithm, so unbalanced tags, comments and entities are read as a browser reads
// them; it never uses regular expressions on HTML. Every piece of text of the input ends up in
// `body` or in `dropped`, with the element and the reason: nothing disappears silently. Scripts,
// styles and event handlers never survive; only safe URLs do. A separate entry point, so a page
// that only renders never ships the parser.
//
// Where each part lives: html.ts reads parse5's tree; inline.ts makes runs of inline content;
// blocks.ts, media.ts and table.ts make blocks; report.ts keeps what was dropped. Each function
// takes the import's context (its options, its report, the media met inline) as a parameter.
import { parseFragment } from 'parse5';
import type { BodyBlock } from '../article/types.js';
import { findAnchors, noteText, type Anchors } from './anchors.js';
import { blocksOf, paragraphs, pendingMedia, type ImportContext } from './blocks.js';
import {
  blockElements,
  containsBlock,
  headings,
  isElement,
  isText,
  textOf,
  type Element,
  type Node,
} from './html.js';
import { resolveInPageLinks } from './links.js';
import { runsOf } from './inline.js';
import { droppedElements, report, type Dropped } from './report.js';

export type { Dropped } from './report.js';

export interface ImportOptions {
  /** The language of the article: text in another language is marked only where the HTML says so. */
  lang?: string;
  /** The pixel size of an image whose `<img>` has no width and height attributes. */
  imageSize?: (src: string) => { width: number; height: number } | undefined;
  /**
   * The `idPrefix` the article is shown with, so that an in-page link to a heading points to
   * the subheading's id.
   * @defaultValue "bs"
   */
  idPrefix?: string;
}

export interface ImportResult {
  body: BodyBlock[];
  dropped: Dropped[];
}

// Elements that only wrap blocks: looked through.
const wrappers = new Set([
  'div',
  'section',
  'article',
  'main',
  'aside',
  'header',
  'footer',
  'center',
  'body',
  'html',
]);

/**
 * HTML to body blocks. Returns the blocks and what was left out; pass the blocks to
 * `parseArticle` with the rest of the document.
 */
export function htmlToBody(html: string, options: ImportOptions = {}): ImportResult {
  if (typeof html !== 'string') {
    throw new TypeError(`htmlToBody: html must be a string; got ${typeof html}`);
  }
  // As a browser with scripting on parses it: <noscript> holds text, not elements.
  const fragment = parseFragment(html);
  const { dropped, drop } = report();
  const anchors = findAnchors(fragment);
  const context: ImportContext = {
    lang: options.lang,
    imageSize: options.imageSize,
    drop,
    media: [],
    anchors,
    notesMet: new Set(),
    subheadingOf: new Map(),
    tableCaptions: new Map(),
  };
  const body: BodyBlock[] = [];
  // A loop, not push(...blocks): a paste of 100,000 short paragraphs must not overflow the stack.
  const append = (blocks: BodyBlock[]) => {
    for (const block of blocks) body.push(block);
  };

  // The top level: block elements become blocks; everything else is inline content gathered
  // into paragraphs; wrappers (div, section, span, font, Google Docs' <b>) are looked through,
  // without recursion, so 5,000 nested <div>s are no deeper than one.
  const inline: Node[] = [];
  const flushInline = () => {
    if (inline.length > 0) append(paragraphs(runsOf(inline.splice(0), context), context));
  };
  const stack: Node[] = [...fragment.childNodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) {
      if (isText(node)) inline.push(node);
      continue;
    }
    const tag = node.tagName;
    if (anchors.noteParts.has(node)) {
      flushInline();
    } else if (tag in droppedElements) {
      flushInline();
      drop(node, droppedElements[tag]!, textOf(node));
    } else if (blockElements.has(tag)) {
      flushInline();
      append(blocksOf(node, context));
    } else if (wrappers.has(tag) || containsBlock(node)) {
      flushInline();
      stack.push(...[...node.childNodes].reverse());
    } else {
      inline.push(node);
    }
  }
  flushInline();
  append(pendingMedia(context));
  reportFootnoteParts(anchors, context);
  resolveInPageLinks(body, { ...context, anchors, idPrefix: options.idPrefix ?? 'bs' });
  return { body, dropped };
}

/**
 * What the footnotes brought that the article writes itself (their links back, their list's
 * heading), and a note whose reference the body did not keep: reported, so no text is lost.
 */
function reportFootnoteParts(anchors: Anchors, context: ImportContext) {
  const { drop } = context;
  for (const back of anchors.backlinks) {
    drop(back, 'a footnote’s link back to its reference: the article writes its own', textOf(back));
  }
  for (const part of anchors.noteParts) {
    const stack: Node[] = [...part.childNodes];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (!isElement(node) || anchors.noteParts.has(node)) continue;
      if (headings.has(node.tagName))
        drop(
          node,
          'the footnotes’ own heading: the article lists them under its own',
          textOf(node),
        );
      else stack.push(...node.childNodes);
    }
  }
  for (const note of new Set(anchors.references.values())) {
    if (!context.notesMet!.has(note))
      drop(
        note as Element,
        'a footnote whose reference is not in the body',
        noteText(note, anchors),
      );
  }
}
