import { PropError } from '../../props.js';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * The level a component was given for its section heading, checked: from 1 to 6, or within the
 * range a component leaves room in (<Article> and <LiveBlog> need levels below theirs).
 */
export function requireHeadingLevel(
  component: string,
  level: unknown,
  from = 1,
  to = 6,
): HeadingLevel {
  if (typeof level !== 'number' || !Number.isInteger(level) || level < from || level > to) {
    throw new PropError(
      component,
      'headingLevel',
      level,
      `must be a whole number from ${from} to ${to}`,
    );
  }
  return level as HeadingLevel;
}
