// Block elements to body blocks: paragraphs, subheadings, lists, quotes and figures here;
// media (media.ts) and tables (table.ts) in their own modules. Each function returns the blocks
// it made; what it leaves out goes to the context's `drop`.
import type { BodyBlock, RichText } from '../article/types.js';
import {
  attr,
  fold,
  headings,
  isElement,
  isText,
  textOf,
  type Element,
  type Node,
} from './html.js';
import { joined, paragraphsOf, plain, richText, runsOf } from './inline.js';
import { embed, image, video, type MediaContext } from './media.js';
import { droppedElements } from './report.js';
import { table, type TableContext } from './table.js';

/** What one import carries through every block: its options, its report, its pending media. */
export interface ImportContext extends TableContext, MediaContext {
  /** The subheading each heading element became: in-page links to it are pointed at its id. */
  subheadingOf: Map<Element, BodyBlock>;
}

const one = (block: BodyBlock | undefined): BodyBlock[] => (block ? [block] : []);

/** The media that inline content held so far, as blocks of their own. */
export function pendingMedia(context: ImportContext): BodyBlock[] {
  return context.media.splice(0).flatMap((element) => blocksOf(element, context));
}

/** Paragraphs of runs, then the media the runs held. */
export function paragraphs(runs: ReturnType<typeof runsOf>, context: ImportContext) {
  const blocks: BodyBlock[] = paragraphsOf(runs).map((p) => ({
    type: 'paragraph',
    text: richText(p),
  }));
  return [...blocks, ...pendingMedia(context)];
}

/** The blocks of one block element (blockElements in html.ts). */
export function blocksOf(element: Element, context: ImportContext): BodyBlock[] {
  // Footnotes and their list are read with their references (anchors.ts), not here.
  if (context.anchors?.noteParts.has(element)) return [];
  const tag = element.tagName;
  if (tag === 'p' || tag === 'pre') return paragraphs(runsOf(element.childNodes, context), context);
  if (headings.has(tag)) {
    const text = plain(runsOf(element.childNodes, context));
    if (tag === 'h1')
      context.drop(
        element,
        'a level-one heading in the body became a subheading: the headline is the only h1',
      );
    if (!text) return [];
    const block: BodyBlock = { type: 'subheading', text };
    context.subheadingOf.set(element, block);
    return [block];
  }
  if (tag === 'ul' || tag === 'ol') return list(element, context);
  if (tag === 'blockquote') return one(quote(element, context));
  if (tag === 'figure') return figure(element, context);
  if (tag === 'table') return one(table(element, undefined, context));
  if (tag === 'img') return one(image(element, undefined, context));
  if (tag === 'iframe') return one(embed(element, undefined, context));
  if (tag === 'video' || tag === 'audio') return one(video(element, undefined, context));
  // <hr>, a thematic break: the next paragraph starts anyway.
  return [];
}

function list(element: Element, context: ImportContext): BodyBlock[] {
  const items: RichText[] = [];
  let nested = false;
  // Items of nested lists join this one: a body list has one level.
  const stack: Node[] = [...element.childNodes].reverse();
  const isList = (node: Node): node is Element =>
    isElement(node) && (node.tagName === 'ul' || node.tagName === 'ol');
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) {
      if (isText(node) && node.value.trim()) items.push(fold(node.value));
      continue;
    }
    if (context.anchors?.noteParts.has(node)) continue;
    if (node.tagName !== 'li') {
      if (isList(node)) {
        nested = true;
        stack.push(...[...node.childNodes].reverse());
      } else items.push(...paragraphsOf(runsOf([node], context)).map(richText));
      continue;
    }
    const runs = paragraphsOf(
      runsOf(
        node.childNodes.filter((c) => !isList(c)),
        context,
      ),
    );
    if (runs.length > 0) items.push(richText(joined(runs)));
    const sublists = node.childNodes.filter(isList);
    if (sublists.length > 0) {
      nested = true;
      for (let i = sublists.length - 1; i >= 0; i--)
        stack.push(...[...sublists[i]!.childNodes].reverse());
    }
  }
  if (nested)
    context.drop(element, 'nested list flattened: its items are now items of the list around it');
  if (items.length === 0) return [];
  return [
    { type: 'list', ...(element.tagName === 'ol' && { ordered: true }), items },
    ...pendingMedia(context),
  ];
}

function quote(element: Element, context: ImportContext): BodyBlock | undefined {
  const text: RichText[] = [];
  let attribution: string | undefined;
  const parts = element.childNodes;
  const inline: Node[] = [];
  const flush = () => {
    text.push(...paragraphsOf(runsOf(inline.splice(0), context)).map(richText));
  };
  const stack: Node[] = [...parts].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node) && node.tagName === 'cite' && node === parts.at(-1)) {
      attribution = plain(runsOf(node.childNodes, context)).replace(/^[—–-]\s*/, '') || undefined;
    } else if (isElement(node) && (node.tagName === 'p' || headings.has(node.tagName))) {
      flush();
      inline.push(...node.childNodes);
      flush();
    } else if (isElement(node) && (node.tagName === 'div' || node.tagName === 'blockquote')) {
      stack.push(...[...node.childNodes].reverse());
    } else inline.push(node);
  }
  flush();
  const cite = attr(element, 'cite');
  if (text.length === 0) return undefined;
  return {
    type: 'quote',
    text,
    ...(attribution && { attribution }),
    ...(cite && URL.canParse(cite) && /^https?:$/.test(new URL(cite).protocol) && { cite }),
    ...(attr(element, 'lang') && { lang: attr(element, 'lang') }),
  };
}

function figure(element: Element, context: ImportContext): BodyBlock[] {
  const figcaption = element.childNodes.find(
    (c): c is Element => isElement(c) && c.tagName === 'figcaption',
  );
  const caption = figcaption
    ? plain(runsOf(figcaption.childNodes, context)) || undefined
    : undefined;
  const content: Element[] = [];
  const stack: Node[] = element.childNodes.filter((c) => c !== figcaption).reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) {
      if (isText(node) && node.value.trim())
        context.drop('figure', 'text in a figure outside its caption', node.value);
      continue;
    }
    if (
      ['img', 'iframe', 'video', 'audio', 'table', 'blockquote', 'ul', 'ol', 'p'].includes(
        node.tagName,
      )
    )
      content.push(node);
    else if (node.tagName in droppedElements)
      context.drop(node, droppedElements[node.tagName]!, textOf(node));
    else stack.push(...[...node.childNodes].reverse());
  }
  if (content.length === 0) return caption ? [{ type: 'paragraph', text: caption }] : [];
  // A gallery's caption (a figure around a list of pictures) names no one block: it follows
  // them as a paragraph of its own.
  const takesCaption = ['img', 'iframe', 'video', 'audio', 'table'].includes(content[0]!.tagName);
  const captionAfter: BodyBlock[] =
    caption && !takesCaption ? [{ type: 'paragraph', text: caption }] : [];
  const blocks = content.flatMap((node, i) => {
    // The caption belongs to the figure's first picture, video, embed or table.
    const own = i === 0 ? caption : undefined;
    if (node.tagName === 'img') return one(image(node, own, context));
    if (node.tagName === 'iframe') return one(embed(node, own, context));
    if (node.tagName === 'video' || node.tagName === 'audio') return one(video(node, own, context));
    if (node.tagName === 'table') return one(table(node, own, context));
    return blocksOf(node, context);
  });
  return [...blocks, ...captionAfter];
}
