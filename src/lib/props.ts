// Checks for component props, in one place. A component given bad props fails loudly and says
// which component, which prop, what it got and what it needs, so the person reading the log can
// fix the call. The rules themselves (URL schemes, dimensions, alt text) are shared with
// parseArticle: see urls.ts and article/rules.ts.
import { dimensionRule, isDimension } from './article/rules.js';
import type { MediaSource } from './article/types.js';
import { parseDuration, type Duration } from './i18n/durations.js';
import { hasSafeScheme, imageSchemes, isAbsoluteHttpUrl, isSafeSrcset } from './urls.js';

/** The error a Broadsheet component throws when one of its props is unusable. */
export class PropError extends Error {
  override name = 'PropError';
  constructor(
    readonly component: string,
    readonly prop: string,
    readonly value: unknown,
    expected: string,
  ) {
    super(`<${component}>: prop \`${prop}\` ${expected}; got ${describe(value)}.`);
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
  if (
    value === undefined ||
    value === null ||
    typeof value === 'number' ||
    typeof value === 'boolean'
  )
    return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return typeof value;
}

/** Throws unless `value` is a string with visible text. */
export function requireText(component: string, prop: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new PropError(component, prop, value, 'must be a non-empty string');
  }
  return value;
}

/** Throws unless `value` is absent or a string with visible text; blank counts as absent. */
export function optionalText(component: string, prop: string, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new PropError(component, prop, value, 'must be a string');
  return value.trim() === '' ? undefined : value;
}

/** An image URL: http(s) or relative. */
export function requireImageUrl(component: string, prop: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '' || !hasSafeScheme(value, imageSchemes)) {
    throw new PropError(component, prop, value, 'must be an http(s) or relative image URL');
  }
  return value;
}

/** A `srcset` whose every URL is http(s) or relative. */
export function requireSrcset(component: string, prop: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '' || !isSafeSrcset(value)) {
    throw new PropError(component, prop, value, 'must list http(s) or relative image URLs');
  }
  return value;
}

/** An absolute http(s) URL, such as a permalink. */
export function requireAbsoluteUrl(component: string, prop: string, value: unknown): string {
  if (typeof value === 'string' && isAbsoluteHttpUrl(value)) return value;
  throw new PropError(component, prop, value, 'must be an absolute http(s) URL');
}

/** An image dimension in CSS pixels (article/rules.ts). */
export function requireDimension(component: string, prop: string, value: unknown): number {
  if (!isDimension(value)) throw new PropError(component, prop, value, dimensionRule);
  return value;
}

/** The files of a video or audio: at least one, each an http(s) or relative URL with its type. */
export function requireMediaSources(
  component: string,
  value: unknown,
  kind: 'video' | 'audio',
): MediaSource[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new PropError(component, 'sources', value, `must hold at least one ${kind} file`);
  }
  return value.map((source, i) => ({
    src: requireImageUrl(component, `sources[${i}].src`, source?.src),
    type: requireText(component, `sources[${i}].type`, source.type),
  }));
}

/** An optional ISO 8601 duration ("PT2M30S"), parsed. */
export function optionalDuration(
  component: string,
  prop: string,
  value: unknown,
): Duration | undefined {
  if (value === undefined) return undefined;
  const duration = typeof value === 'string' ? parseDuration(value) : undefined;
  if (!duration) {
    throw new PropError(component, prop, value, 'must be an ISO 8601 duration such as "PT2M30S"');
  }
  return duration;
}
