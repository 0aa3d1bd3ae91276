// Errors for bad props. A component given bad props fails loudly and says which component,
// which prop, what it got and what it needs, so the person reading the log can fix the call.

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
