// The lean way to make an article's embeds work: for a page that does not hydrate the article
// (Astro with no client directive, a plain server render, SvelteKit with `csr = false`). The
// server's markup of each embed carries an explicit marker, `data-broadsheet-embed` with the
// content's URL, and its "Load" button, hidden until a script can make it work. This shows each
// button and, when the reader presses it, puts the iframe in the placeholder's place and moves
// focus to it, as EmbedView does in a hydrated article. Plain DOM: no component, no framework.
import { frameAttributes } from './frame.js';

/**
 * Makes every embed under `root` load on request. Returns a function that undoes it (for a page
 * that swaps its content). Calling it again skips the embeds it already made work.
 */
export function enhanceEmbeds(root: ParentNode = document): () => void {
  const undo: (() => void)[] = [];
  for (const embed of root.querySelectorAll<HTMLElement>('[data-broadsheet-embed]')) {
    const button = embed.querySelector<HTMLButtonElement>('.placeholder button');
    const placeholder = button?.closest('.placeholder');
    if (!button || !placeholder || embed.hasAttribute('data-enhanced')) continue;
    const load = () => {
      const frame = document.createElement('iframe');
      for (const [name, value] of Object.entries(frameAttributes)) frame.setAttribute(name, value);
      frame.title = embed.dataset.title ?? '';
      frame.width = embed.dataset.width ?? '';
      frame.height = embed.dataset.height ?? '';
      frame.src = embed.dataset.broadsheetEmbed ?? '';
      placeholder.replaceWith(frame);
      // The button is gone: focus goes to what replaced it, not to the top of the page.
      frame.focus();
    };
    button.addEventListener('click', load);
    button.hidden = false;
    embed.setAttribute('data-enhanced', '');
    undo.push(() => {
      button.removeEventListener('click', load);
      button.hidden = true;
      embed.removeAttribute('data-enhanced');
    });
  }
  return () => undo.forEach((step) => step());
}
