// URLs and sizes that a component puts into an attribute. Only schemes that cannot run script
// get through: a CMS field is never trusted to be harmless.
import { PropError } from './props.js';

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

/** An image URL: http(s) or relative. */
export function requireImageUrl(component: string, prop: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '' || !hasSafeScheme(value, imageSchemes)) {
    throw new PropError(component, prop, value, 'must be an http(s) or relative image URL');
  }
  return value;
}

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

/** A `srcset` whose every URL is http(s) or relative. */
export function requireSrcset(component: string, prop: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '' || !isSafeSrcset(value)) {
    throw new PropError(component, prop, value, 'must list http(s) or relative image URLs');
  }
  return value;
}

/** Whether `url` is an absolute http(s) URL, such as a permalink. */
export function isAbsoluteHttpUrl(url: string): boolean {
  return URL.canParse(url) && /^https?:$/.test(new URL(url).protocol);
}

/** An absolute http(s) URL, such as a permalink. */
export function requireAbsoluteUrl(component: string, prop: string, value: unknown): string {
  if (typeof value === 'string' && isAbsoluteHttpUrl(value)) return value;
  throw new PropError(component, prop, value, 'must be an absolute http(s) URL');
}

/** An image dimension in CSS pixels: a positive whole number no larger than 20,000. */
export function requireDimension(component: string, prop: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 20000) {
    throw new PropError(component, prop, value, 'must be a whole number of pixels from 1 to 20000');
  }
  return value;
}
