import type { BodyBlock, RichText } from './types.js';

/** The words of rich text, its runs joined: for JSON-LD, lint comparisons and tests. */
export function plainText(text: RichText): string {
  return typeof text === 'string'
    ? text
    : text.map((run) => (typeof run === 'string' ? run : run.text)).join('');
}

/**
 * The running text a block holds, paragraph by paragraph: a paragraph's, a list's items, a
 * quotation's paragraphs (read in its place). Nothing for the others: a pull quote repeats, a
 * subheading heads, media and tables have captions. For JSON-LD and the lint.
 */
export function paragraphsOf(block: BodyBlock): RichText[] {
  switch (block.type) {
    case 'paragraph':
      return [block.text];
    case 'list':
      return block.items;
    case 'quote':
      return block.text;
    default:
      return [];
  }
}
