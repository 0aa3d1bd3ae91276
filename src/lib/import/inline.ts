// Inline content to runs: text with its links, emphasis, strong importance and languages,
// collected without recursion, so 5,000 nested inline elements are no deeper than one.
import type { Inline, RichText } from '../article/types.js';
import { hasSafeScheme, linkSchemes } from '../urls.js';
import { noteText, type Anchors } from './anchors.js';
import { attr, fold, isElement, isText, textOf, type Element, type Node } from './html.js';
import { droppedElements, type Drop } from './report.js';

/** What reading inline content needs from the import it is part of. */
export interface InlineContext {
  /** The article's language: text in another language is marked only where the HTML says so. */
  lang?: string | undefined;
  drop: Drop;
  /**
   * Media met inside inline content (an <img> in a <p>): the import makes them blocks of their
   * own after the paragraph that held them.
   */
  media: Element[];
  /** The input's footnotes and ids (anchors.ts); without them, no link is a footnote. */
  anchors?: Anchors | undefined;
  /** The notes whose references were met: a note never met is reported, not lost. */
  notesMet?: Set<Element> | undefined;
}

// Where two <br> end a paragraph inside one element: split into paragraphs afterwards.
export const PARAGRAPH_BREAK = '\u2029';

/** The formatting in force for a run of text. */
interface Marks {
  href?: string;
  emphasis?: boolean;
  strong?: boolean;
  lang?: string;
}

/** The runs of the inline content of `nodes`; media among them go to `context.media`. */
export function runsOf(nodes: Node[], context: InlineContext): Inline[] {
  const runs: Inline[] = [];
  const stack: { node: Node; marks: Marks }[] = nodes
    .map((node) => ({ node, marks: {} }))
    .reverse();
  let breaks = 0;
  while (stack.length > 0) {
    const { node, marks } = stack.pop()!;
    if (isText(node)) {
      if (breaks > 0) {
        if (breaks > 1) runs.push(PARAGRAPH_BREAK);
        else push(runs, ' ', {});
        breaks = 0;
      }
      push(runs, node.value, marks);
      continue;
    }
    if (!isElement(node)) continue; // comments, Gutenberg's <!-- wp:… --> among them
    const tag = node.tagName;
    if (tag in droppedElements) {
      context.drop(node, droppedElements[tag]!, textOf(node));
      continue;
    }
    if (tag === 'br') {
      breaks++;
      continue;
    }
    if (tag === 'img' || tag === 'iframe' || tag === 'video' || tag === 'audio') {
      context.media.push(node);
      continue;
    }
    const note = context.anchors?.references.get(node);
    if (note) {
      // A footnote reference: the note's text goes on the word before it, numbered by the
      // article; the reference's own number ("[1]") is the input's numbering, not needed.
      context.notesMet?.add(note);
      context.drop(node, 'footnote number: the article numbers its footnotes itself', textOf(node));
      attachFootnote(runs, noteText(note, context.anchors!));
      continue;
    }
    const next: Marks = { ...marks };
    const style = attr(node, 'style') ?? '';
    if (tag === 'a') {
      const href = attr(node, 'href')?.trim();
      if (href && hasSafeScheme(href, linkSchemes) && !/^www\./i.test(href)) next.href = href;
      else if (href) {
        context.drop(
          node,
          `link removed: "${href.slice(0, 60)}" is not an http, https, mailto or relative address; the text stays`,
        );
      }
    }
    if (tag === 'em' || tag === 'i' || tag === 'cite' || /font-style:\s*italic/i.test(style))
      next.emphasis = true;
    // Google Docs wraps a whole paste in <b style="font-weight:normal">: not strong.
    if (
      ((tag === 'strong' || tag === 'b') && !/font-weight:\s*(normal|400)/i.test(style)) ||
      /font-weight:\s*(bold|[6-9]00)/i.test(style)
    ) {
      next.strong = true;
    }
    const lang = attr(node, 'lang');
    if (lang && lang !== context.lang) next.lang = lang;
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, marks: next });
  }
  return runs;
}

/**
 * Makes the last word before a reference the footnote's run, `{ text, footnote }`; with no word
 * before it (a reference opening a paragraph), the note is kept as a run of its own text.
 */
function attachFootnote(runs: Inline[], footnote: string) {
  if (footnote === '') return;
  const last = runs.at(-1);
  const text =
    last === undefined || last === PARAGRAPH_BREAK
      ? ''
      : typeof last === 'string'
        ? last
        : last.text;
  const match = /^([\s\S]*?)(\S+)(\s*)$/.exec(text);
  if (!match) {
    runs.push({ text: footnote, footnote });
    return;
  }
  const [, before, word, after] = match as unknown as [string, string, string, string];
  runs.pop();
  if (before)
    runs.push(
      typeof last === 'string' ? before : ({ ...(last as object), text: before } as Inline),
    );
  runs.push({ text: word, footnote });
  if (after) runs.push(after);
}

/** Adds text with its marks, joining it to the previous run when they are the same. */
function push(runs: Inline[], text: string, marks: Marks) {
  const value = text.replace(/[\s\u00a0]+/g, ' ');
  if (value === '') return;
  // A run is one kind: a link keeps its link; otherwise strong, then emphasis, then language.
  const run: Inline = marks.href
    ? { text: value, href: marks.href }
    : marks.strong
      ? { text: value, strong: true }
      : marks.emphasis
        ? { text: value, emphasis: true }
        : marks.lang
          ? { text: value, lang: marks.lang }
          : value;
  const last = runs.at(-1);
  if (last !== undefined && last !== PARAGRAPH_BREAK && sameKind(last, run)) {
    const join = (a: string, b: string) => (a + b).replace(/ {2,}/g, ' ');
    runs[runs.length - 1] =
      typeof last === 'string'
        ? join(last, run as string)
        : { ...last, text: join(last.text, (run as { text: string }).text) };
  } else {
    runs.push(run);
  }
}

function sameKind(a: Inline, b: Inline): boolean {
  if (typeof a === 'string' || typeof b === 'string') return typeof a === typeof b;
  const key = (run: Exclude<Inline, string>) => JSON.stringify({ ...run, text: '' });
  return key(a) === key(b);
}

/**
 * Trims the paragraph's ends and gives the spaces between runs to the run before them: a run
 * of spaces alone is no run a document accepts.
 */
export function tidy(runs: Inline[]): Inline[] {
  const out: Inline[] = [];
  let space = false;
  for (const run of runs) {
    const text = typeof run === 'string' ? run : run.text;
    if (text.trim() === '') {
      // A space between two runs: it goes with the plain text around it where there is some.
      if (text !== '' && out.length > 0) space = true;
      continue;
    }
    const copy = typeof run === 'string' ? run : { ...run };
    if (space) {
      const last = out.at(-1)!;
      if (typeof copy === 'string') out.push(/^\s/.test(copy) ? copy : ` ${copy}`);
      else if (typeof last === 'string')
        out[out.length - 1] = last.endsWith(' ') ? last : `${last} `;
      else if (!last.text.endsWith(' ') && !copy.text.startsWith(' ')) last.text = `${last.text} `;
      if (typeof copy !== 'string') out.push(copy);
      space = false;
      continue;
    }
    out.push(copy);
  }
  const first = out[0];
  if (typeof first === 'string') out[0] = first.replace(/^[\s\u00a0]+/, '');
  else if (first) first.text = first.text.replace(/^[\s\u00a0]+/, '');
  const last = out.at(-1);
  if (typeof last === 'string') out[out.length - 1] = last.replace(/[\s\u00a0]+$/, '');
  else if (last) last.text = last.text.replace(/[\s\u00a0]+$/, '');
  return out.filter((run) => (typeof run === 'string' ? run : run.text) !== '');
}

export const hasText = (runs: Inline[]) =>
  runs.some((run) => (typeof run === 'string' ? run : run.text).trim() !== '');

/** Paragraphs of runs: a double line break (two <br>) starts a new paragraph. */
export function paragraphsOf(runs: Inline[]): Inline[][] {
  const paragraphs: Inline[][] = [[]];
  for (const run of runs) {
    if (run === PARAGRAPH_BREAK) paragraphs.push([]);
    else paragraphs.at(-1)!.push(run);
  }
  return paragraphs.map(tidy).filter(hasText);
}

/** Paragraphs joined into one, with a space between them. */
export const joined = (paragraphs: Inline[][]) =>
  tidy(paragraphs.flatMap((p, i) => (i ? [' ', ...p] : p)));

/** The inline content of `nodes` as one paragraph's runs (line breaks become spaces). */
export const inlineOf = (nodes: Node[], context: InlineContext) =>
  joined(paragraphsOf(runsOf(nodes, context)));

/** Runs as a document holds them: a plain string when nothing is marked. */
export const richText = (runs: Inline[]): RichText =>
  runs.every((run) => typeof run === 'string') ? fold(runs.join('')) : runs;

/** The runs' text alone, whitespace folded. */
export const plain = (runs: Inline[]) =>
  fold(runs.map((run) => (typeof run === 'string' ? run : run.text)).join(''));
