/**
 * JSON for an inline `<script>` (the article's JSON-LD, the labels it travels with): `<`, `>` and
 * `&` are written as Unicode escapes, so no text in the document can close the script element
 * or open a comment, and the HTML escaping a renderer applies to text finds nothing to change.
 */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}
