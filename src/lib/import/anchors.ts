// In-page links, read before the body is: which links are footnote references and where their
// notes are, and which ids (and Word's bookmark names) the input has. Footnotes are found by
// what every common convention shares, not by class names: a link to `#note` with an id of its
// own, whose target holds a link back to that id. That is how the WordPress block editor,
// markdown-it, Pandoc, Google Docs' export and CKEditor 4's footnotes plugin all write them.
import { attr, isElement, isText, textOf, type Element, type Node, type Parent } from './html.js';

export interface Anchors {
  /** Every element with an id, and every <a name> (Word's bookmarks), by that name. */
  byId: Map<string, Element>;
  /** A footnote reference → the note's element (what holds its text). */
  references: Map<Element, Element>;
  /** The links back from a note to its reference: not the note's text. */
  backlinks: Set<Element>;
  /** The notes, and what held only notes (their list, their section): not part of the body. */
  noteParts: Set<Element>;
}

const blockish = new Set(['p', 'div', 'li', 'section', 'aside', 'footer', 'td']);

/** The elements under `root`, in document order. */
function* elementsOf(root: Parent): Generator<Element> {
  const stack: Node[] = [...(root.childNodes as Node[])].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    yield node;
    stack.push(...[...node.childNodes].reverse());
  }
}

const isInside = (node: Node | Parent, ancestor: Element) => {
  for (let at: Node | Parent | null = node; at; at = (at as Node).parentNode ?? null)
    if (at === ancestor) return true;
  return false;
};

/** Whether `element` holds nothing but notes, white space, rules and a heading. */
function holdsOnlyNotes(element: Element, noteParts: Set<Element>): boolean {
  let notes = 0;
  for (const child of element.childNodes) {
    if (isText(child)) {
      if (child.value.trim()) return false;
    } else if (isElement(child)) {
      if (noteParts.has(child)) notes++;
      else if (!['hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header'].includes(child.tagName))
        return false;
    }
  }
  return notes > 0;
}

export function findAnchors(fragment: Parent): Anchors {
  const byId = new Map<string, Element>();
  const links: Element[] = [];
  for (const element of elementsOf(fragment)) {
    const id = attr(element, 'id') ?? (element.tagName === 'a' ? attr(element, 'name') : undefined);
    if (id && !byId.has(id)) byId.set(id, element);
    if (element.tagName === 'a' && attr(element, 'href')?.startsWith('#')) links.push(element);
  }
  const references = new Map<Element, Element>();
  const backlinks = new Set<Element>();
  const noteParts = new Set<Element>();
  // In document order: a reference comes before its note, so when the two link to each other
  // (Google Docs), the first is the reference and the second its link back.
  for (const link of links) {
    if (backlinks.has(link)) continue;
    const id = attr(link, 'id');
    const target = byId.get(attr(link, 'href')!.slice(1));
    if (!id || !target || isInside(link, target)) continue;
    const back = [target, ...elementsOf(target)].find(
      (element) => element.tagName === 'a' && attr(element, 'href') === `#${id}`,
    );
    if (!back) continue;
    // Google Docs puts the note's id on its back link: the note is the paragraph around it.
    let note: Element = target;
    if (target === back) {
      for (let at = target.parentNode; at && isElement(at); at = at.parentNode)
        if (blockish.has(at.tagName)) {
          note = at;
          break;
        }
    }
    references.set(link, note);
    backlinks.add(back);
    noteParts.add(note);
  }
  // The list or section that held only notes goes with them (its heading is the article's own).
  let grew = true;
  while (grew) {
    grew = false;
    for (const note of [...noteParts]) {
      const parent = note.parentNode;
      if (
        parent &&
        isElement(parent) &&
        !noteParts.has(parent) &&
        holdsOnlyNotes(parent, noteParts)
      ) {
        noteParts.add(parent);
        grew = true;
      }
    }
  }
  return { byId, references, backlinks, noteParts };
}

/** A note's words, without its link back and the number that link shows. */
export function noteText(note: Element, anchors: Anchors): string {
  return textOf(note, (element) => anchors.backlinks.has(element));
}
