// Text direction from a language tag, the same on server and browser (no engine-specific Intl
// extension): a script subtag decides when there is one ("ku-Arab"), else the language.

const rtlLanguages = new Set(['ar', 'fa', 'ur', 'ps', 'he', 'iw', 'yi', 'dv', 'ckb', 'sd', 'ug']);
const rtlScripts = new Set(['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm', 'rohg', 'mand']);

/** `rtl` for languages written right to left (ar, fa, ur, ps, he, yi, dv, ckb, sd, …), else `ltr`. */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  const [language = '', ...subtags] = lang.toLowerCase().split(/[-_]/);
  const script = subtags.find((tag) => tag.length === 4 && /^[a-z]{4}$/.test(tag));
  if (script) return rtlScripts.has(script) ? 'rtl' : 'ltr';
  return rtlLanguages.has(language) ? 'rtl' : 'ltr';
}

/** Whether `lang` is a well-formed BCP 47 tag, by Intl's own parser. */
export function isLanguageTag(lang: string): boolean {
  try {
    return Intl.getCanonicalLocales(lang).length === 1;
  } catch {
    return false;
  }
}
