// What the importer reads of parse5's tree: elements, their attributes, their text.
import type { DefaultTreeAdapterMap } from 'parse5';

export type Node = DefaultTreeAdapterMap['childNode'];
export type Element = DefaultTreeAdapterMap['element'];
export type Parent = DefaultTreeAdapterMap['parentNode'];

export const attr = (element: Element, name: string): string | undefined =>
  element.attrs.find((a) => a.name === name)?.value;

export const isElement = (node: Node | Parent): node is Element => 'tagName' in node;

export const isText = (node: Node): node is DefaultTreeAdapterMap['textNode'] =>
  node.nodeName === '#text';

/** An element as `dropped` names it: `tag`, or `tag.class` by its first class. */
export const describe = (element: Element) => {
  const cls = attr(element, 'class')?.trim().split(/\s+/)[0];
  return cls ? `${element.tagName}.${cls}` : element.tagName;
};

/** Whitespace as a reader sees it: runs of spaces, tabs, newlines and no-break spaces as one. */
export const fold = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();

/**
 * All text under `node`, whitespace folded: what a dropped element held. Elements `skip` names
 * are left out with their text (a footnote's link back, in its note).
 */
export function textOf(node: Node | Parent, skip?: (element: Element) => boolean): string {
  const parts: string[] = [];
  const stack: (Node | Parent)[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (isText(current as Node)) parts.push((current as DefaultTreeAdapterMap['textNode']).value);
    if (current !== node && isElement(current) && skip?.(current)) continue;
    const children =
      isElement(current) && current.tagName === 'template'
        ? (current as DefaultTreeAdapterMap['template']).content.childNodes
        : 'childNodes' in current
          ? current.childNodes
          : [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return fold(parts.join(' '));
}

export const headings = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The elements that make a block of their own, wherever they stand. */
export const blockElements = new Set([
  'p',
  ...headings,
  'ul',
  'ol',
  'blockquote',
  'figure',
  'table',
  'img',
  'iframe',
  'video',
  'audio',
  'hr',
  'pre',
]);

/** Whether an inline-looking element (a Google Docs <b>, a <span>) wraps block content. */
export function containsBlock(element: Element): boolean {
  const stack: Node[] = [...element.childNodes];
  let seen = 0;
  while (stack.length > 0 && seen++ < 10_000) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (blockElements.has(node.tagName) || node.tagName === 'div') return true;
    stack.push(...node.childNodes);
  }
  return false;
}
