// The importer's guarantees, as the tests check them on any body: no text lost unreported,
// nothing unsafe, no in-page link to an id the page does not have.
import { parseFragment } from 'parse5';
import type { ArticleDocument, BodyBlock } from 'broadsheet';
import type { ImportResult } from 'broadsheet/import';
import { plainText } from '../../src/lib/article/rich-text';
import { footnotesOf } from '../../src/lib/components/internal/footnotes';

const fold = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();

/** Every text of the body, in order, as a reader meets it, footnotes after. */
export function bodyTexts(body: BodyBlock[]): string[] {
  const rich = plainText;
  const texts = body.flatMap((block): string[] => {
    switch (block.type) {
      case 'paragraph':
        return [rich(block.text)];
      case 'subheading':
        return [block.text];
      case 'list':
        return block.items.map(rich);
      case 'quote':
        return [...block.text.map(rich), block.attribution ?? ''];
      case 'image':
        return [block.image.caption ?? '', block.image.credit ?? ''];
      case 'table':
        return [block.table.caption, ...block.table.head, ...block.table.rows.flat().map(rich)];
      case 'embed':
        return [block.embed.title, block.embed.link.text];
      case 'video':
        return [block.video.title, block.video.caption ?? ''];
      default:
        return [];
    }
  });
  // The notes, found where the article finds them to list them.
  const notes = footnotesOf({ body } as ArticleDocument).map((run) => run.footnote);
  return [...texts, ...notes];
}

/** Every text node of the input as the HTML parser reads it (template content included). */
export function inputTexts(html: string): string[] {
  const texts: string[] = [];
  const stack: object[] = [parseFragment(html)];
  while (stack.length > 0) {
    const node = stack.pop() as {
      nodeName: string;
      value?: string;
      childNodes?: object[];
      content?: { childNodes: object[] };
    };
    if (node.nodeName === '#text') texts.push(node.value ?? '');
    stack.push(...(node.childNodes ?? []), ...(node.content?.childNodes ?? []));
  }
  return texts.map(fold).filter(Boolean);
}

/** The guarantee: each piece of input text is in the body or in what was dropped. */
export function lostText(html: string, { body, dropped }: ImportResult): string[] {
  const kept = fold([...bodyTexts(body), ...dropped.map((d) => d.text)].join(' \u0000 '));
  const keptLoose = kept.replace(/\s/g, '');
  return inputTexts(html).filter(
    (text) => !kept.includes(text) && !keptLoose.includes(text.replace(/\s/g, '')),
  );
}

/** The addresses in the body that could run a script. */
export function unsafeAddresses(body: BodyBlock[]): string[] {
  return [...JSON.stringify(body).matchAll(/"(href|src|cite|poster)":"([^"]*)"/g)]
    .map(([, , address]) => address!)
    .filter((address) => /^\s*(javascript|vbscript|data):/i.test(address));
}

/** The in-page links under `root` whose target is not on its page. */
export function danglingLinks(root: ParentNode): string[] {
  const document = root instanceof Document ? root : root.ownerDocument!;
  return [...root.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')]
    .map((a) => decodeURIComponent(a.getAttribute('href')!.slice(1)))
    .filter((id) => !document.getElementById(id));
}
