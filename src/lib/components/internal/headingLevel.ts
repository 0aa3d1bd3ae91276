import { PropError } from '../../props.js';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** The level a component was given for its section heading, checked. */
export function requireHeadingLevel(component: string, level: unknown): HeadingLevel {
  if (typeof level !== 'number' || !Number.isInteger(level) || level < 1 || level > 6) {
    throw new PropError(component, 'headingLevel', level, 'must be a whole number from 1 to 6');
  }
  return level as HeadingLevel;
}
