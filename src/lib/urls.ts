// Which URLs may go into an attribute, for parseArticle and the components alike. Only schemes
// that cannot run script get through: a CMS field is never trusted to be harmless.

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** The scheme of `url` in lower case ("https"), or undefined for a relative URL. */
export function schemeOf(url: string): string | undefined {
  // Browsers drop tabs and newlines anywhere in a URL and control characters and spaces at its
  // start (the URL standard), so "java\tscript:" and " javascript:" are javascript: too.
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  return SCHEME.exec(cleaned)?.[1]?.toLowerCase();
}

/** Whether `url` is relative or uses one of `schemes`. */
export function hasSafeScheme(url: string, schemes: readonly string[]): boolean {
  const scheme = schemeOf(url);
  return scheme === undefined || schemes.includes(scheme);
}

export const linkSchemes = ['http', 'https', 'mailto'] as const;
export const imageSchemes = ['http', 'https'] as const;

/**
 * Whether a `srcset` is a list of candidates "url [descriptor]" ("a.jpg 1x, b.jpg 800w") whose
 * every URL is http(s) or relative. Anything else is markup or a mistake, not a srcset.
 */
export function isSafeSrcset(srcset: string): boolean {
  return srcset.split(',').every((candidate) => {
    const [url = '', descriptor, ...rest] = candidate.trim().split(/\s+/);
    return (
      url !== '' &&
      !/[<>"'`]/.test(url) &&
      hasSafeScheme(url, imageSchemes) &&
      (descriptor === undefined || /^\d+(\.\d+)?[wx]$/.test(descriptor)) &&
      rest.length === 0
    );
  });
}

/** Whether `url` is an absolute http(s) URL, such as a permalink. */
export function isAbsoluteHttpUrl(url: string): boolean {
  return URL.canParse(url) && /^https?:$/.test(new URL(url).protocol);
}

/** Whether `url` is an absolute https URL: the only kind an embed may load. */
export function isHttpsUrl(url: string): boolean {
  return URL.canParse(url) && new URL(url).protocol === 'https:';
}
