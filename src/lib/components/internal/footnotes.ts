// Footnote numbering for one article. <Article> walks its document in reading order, numbers
// every footnote run, and passes the numbering to the richText snippet, which writes each
// reference, and to the footnote list. The ids derive from the article's own
// id, so they are the same on the server and after hydration.
import type { ArticleDocument, Inline, RichText } from '../../article/types.js';

export type FootnoteRun = Extract<Inline, { footnote: string }>;

export interface FootnoteIndex {
  /** The footnote runs in reading order; a run's number is its place here plus one. */
  runs: FootnoteRun[];
  /** The number of `run`, or undefined when it is not in this article. */
  numberOf(run: FootnoteRun): number | undefined;
  /** The id of the reference in the text, which the note links back to. */
  refId(n: number): string;
  /** The id of the note in the list after the body. */
  noteId(n: number): string;
}

/** The id of footnote `n`'s reference in the text, which the note links back to. */
export const refId = (idPrefix: string, n: number) => `${idPrefix}-fnref-${n}`;

/** The id of footnote `n` in the list after the body. */
export const noteId = (idPrefix: string, n: number) => `${idPrefix}-fn-${n}`;

export function footnoteIndex(runs: FootnoteRun[], idPrefix: string): FootnoteIndex {
  const numbers = new Map(runs.map((run, i) => [run, i + 1]));
  return {
    runs,
    numberOf: (run) => numbers.get(run),
    refId: (n) => refId(idPrefix, n),
    noteId: (n) => noteId(idPrefix, n),
  };
}

function runsOf(text: RichText | undefined): FootnoteRun[] {
  return typeof text === 'object'
    ? text.filter((run): run is FootnoteRun => typeof run === 'object' && 'footnote' in run)
    : [];
}

/** Every footnote run of `doc` in the order <Article> renders the text that holds it. */
export function footnotesOf(doc: ArticleDocument): FootnoteRun[] {
  const image = (img: ArticleDocument['leadImage']) => [
    ...(img?.description ?? []).flatMap(runsOf),
    ...(img?.data?.rows ?? []).flat().flatMap(runsOf),
  ];
  return [
    ...(doc.summary ?? []).flatMap(runsOf),
    ...image(doc.leadImage),
    ...doc.body.flatMap((block) => {
      switch (block.type) {
        case 'paragraph':
          return runsOf(block.text);
        case 'list':
          return block.items.flatMap(runsOf);
        case 'quote':
          return block.text.flatMap(runsOf);
        case 'table':
          return block.table.rows.flat().flatMap(runsOf);
        case 'image':
          return image(block.image);
        case 'video':
          return (block.video.transcript ?? []).flatMap(runsOf);
        case 'audio':
          return block.audio.transcript.flatMap(runsOf);
        default:
          return [];
      }
    }),
    ...(doc.notes ?? []).flatMap((note) => runsOf(note.text)),
  ];
}
