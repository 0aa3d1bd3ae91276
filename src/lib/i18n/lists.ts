// Lists of names as a language joins them ("A, B and C", "A, B y C", "A وB"). Building an
// Intl.ListFormat costs far more than using one, and a page joins a few lists in one language.

const formats = new Map<string, Intl.ListFormat>();

/** `names` joined as `lang` writes a list of people: the names and the words between them. */
export function listParts(names: string[], lang: string): { type: string; value: string }[] {
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.ListFormat(lang, { type: 'conjunction', style: 'long' });
    if (formats.size < 200) formats.set(lang, format);
  }
  return format.formatToParts(names);
}
