// What an import leaves out, and why: every piece of the input's text is in `body` or here.
import { describe, fold, type Element } from './html.js';

/** Something of the input that is not in `body`, and why. */
export interface Dropped {
  /** The element, as `tag` or `tag.class`: "script", "iframe", "a". */
  element: string;
  /** Why, in words an editor can act on. */
  reason: string;
  /** The text it held; empty for an element without text (an image, a link's target). */
  text: string;
}

/** Notes that `element` (or a name for it) was left out, with what it held. */
export type Drop = (element: Element | string, reason: string, text?: string) => void;

/** A list of what was dropped, and the function that adds to it. */
export function report(): { dropped: Dropped[]; drop: Drop } {
  const dropped: Dropped[] = [];
  const drop: Drop = (element, reason, text = '') =>
    dropped.push({
      element: typeof element === 'string' ? element : describe(element),
      reason,
      text: fold(text),
    });
  return { dropped, drop };
}

// Elements whose content is never the article's text: dropped whole, their text reported.
export const droppedElements: Record<string, string> = {
  script: 'scripts never run in an article',
  style: 'styles come from the site, not the article',
  noscript: 'content for browsers without scripts is not needed: the article needs no script',
  template: 'template content is not shown',
  object: 'plugins are not supported: use an https iframe for third-party content',
  embed: 'plugins are not supported: use an https iframe for third-party content',
  applet: 'plugins are not supported',
  form: 'forms are not part of an article',
  button: 'controls are not part of an article',
  input: 'controls are not part of an article',
  select: 'controls are not part of an article',
  textarea: 'controls are not part of an article',
  svg: 'inline graphics are not imported: upload the graphic as an image with alt text',
  math: 'formulas are not imported: write them out, or use an image with alt text',
  canvas: 'canvas drawings are not imported',
  head: 'document head content is not part of the body',
  title: 'document head content is not part of the body',
  meta: 'document head content is not part of the body',
  link: 'document head content is not part of the body',
  base: 'document head content is not part of the body',
};
