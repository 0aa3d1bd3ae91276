import type { RichText } from './types.js';

/** The words of rich text, its runs joined: for JSON-LD, lint comparisons and tests. */
export function plainText(text: RichText): string {
  return typeof text === 'string'
    ? text
    : text.map((run) => (typeof run === 'string' ? run : run.text)).join('');
}
