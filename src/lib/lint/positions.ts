// Where a field stands in a JSON file, by line and column, so that CI shows a finding on the
// line at fault. Positions come from Momoa (the JSON parser behind ESLint's JSON support), which
// keeps them; JSON.parse does not.
import { parse, type AnyNode } from '@humanwhocodes/momoa';

export interface Position {
  /** 1-based, as editors and CI annotations count. */
  line: number;
  column: number;
}

/** "body[3].image.alt" as keys: ["body", 3, "image", "alt"]. */
function keysOf(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map(([, key, index]) =>
    index === undefined ? key! : Number(index),
  );
}

/**
 * A finder of positions in `text`: for a document's path (and its place in the file when the
 * file holds an array), the position of the field, or of the nearest object or array that
 * holds it when the field is missing.
 */
export function positionsIn(text: string): (path: string, document?: number) => Position {
  const root = parse(text).body;
  return (path, document) => {
    let node: AnyNode = root;
    const keys = document === undefined ? keysOf(path) : [document, ...keysOf(path)];
    for (const key of keys) {
      let next: AnyNode | undefined;
      if (node.type === 'Object' && typeof key === 'string')
        next = node.members.find(
          (member) => member.name.type === 'String' && member.name.value === key,
        )?.value;
      else if (node.type === 'Array' && typeof key === 'number') next = node.elements[key]?.value;
      if (!next) break;
      node = next;
    }
    const { line, column } = node.loc.start;
    return { line, column };
  };
}

/** Where `text` stops being JSON, or undefined when it is JSON. */
export function syntaxErrorIn(text: string): (Position & { message: string }) | undefined {
  try {
    parse(text);
    return undefined;
  } catch (error) {
    const { line, column, message } = error as Error & Partial<Position>;
    return { line: line ?? 1, column: column ?? 1, message: message.replace(/ \(\d+:\d+\)$/, '') };
  }
}
