/**
 * Ids for an article's subheadings: the heading's words (letters and digits of any script,
 * joined by hyphens), after the article's own id so two articles on a page never share one, and
 * numbered when two headings read the same. The same text gives the same id on the server and
 * after hydration, so a link to a section keeps working.
 */
export function headingIds(prefix: string, headings: string[]): string[] {
  const seen = new Map<string, number>();
  return headings.map((heading) => {
    const words =
      heading
        .normalize('NFKC')
        .toLowerCase()
        .match(/[\p{L}\p{N}\p{M}]+/gu)
        ?.join('-')
        .slice(0, 60) || 'section';
    const count = (seen.get(words) ?? 0) + 1;
    seen.set(words, count);
    return `${prefix}-${words}${count > 1 ? `-${count}` : ''}`;
  });
}
