// The committed reference pictures are exactly those the visual tests take: one per look story
// and screen (tests/visual/screens.ts), and the tolerance test's own. A story dropped from the
// list leaves no picture behind in git, and a story added to it cannot pass without one.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { lookStories, storyScreens, toleranceReference } from '../visual/screens';

// Vitest names a picture by its argument with each run of dashes made one.
const fileOf = (name: string) => `${name.replace(/-+/g, '-')}.png`;

it('holds one picture per look story and screen, and no other', () => {
  const committed = readdirSync(path.resolve('tests/visual/baselines')).sort();
  const expected = [
    ...lookStories.flatMap((story) =>
      storyScreens.map((screen) => fileOf(`${story}--${screen.width}-${screen.theme}`)),
    ),
    fileOf(toleranceReference),
  ].sort();
  expect(committed).toEqual(expected);
});
