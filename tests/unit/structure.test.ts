// The lists that check themselves. Every component exported from src/lib/index.ts has a folder
// with its stories, its jsdom tests and at least one browser state (so the axe, reflow and
// beyond-axe sweeps cover it), a row in the README's component table and an entry in the
// Storybook introduction. Adding a component is adding a folder and one export line: this test
// names whatever else is missing.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportedComponents, root } from '$tests/helpers/components';

const components = exportedComponents();
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

describe('every exported component is complete', () => {
  it('the public API exports the components', () => {
    expect(components.map((c) => c.name)).toEqual(
      expect.arrayContaining(['SkipLinks', 'Headline', 'Article']),
    );
  });

  it('every component folder is exported (none is forgotten in src/lib/index.ts)', () => {
    const folders = readdirSync(path.join(root, 'src/lib/components'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'internal')
      .map((entry) => entry.name);
    expect(folders.sort()).toEqual(components.map((c) => c.name).sort());
  });

  describe.each(components)('$name', ({ name, folder, file }) => {
    it(`lives in its own folder as ${name}/${name}.svelte`, () => {
      expect(file).toBe(`${folder}/${name}.svelte`);
      expect(path.basename(folder)).toBe(name);
    });

    it.each([
      [`${name}.stories.svelte`, 'its stories (Storybook, and every story is an axe test)'],
      [`${name}.test.ts`, 'its jsdom tests (roles, names, text, bad props)'],
      [`${name}.states.ts`, 'its browser states (axe, reflow and the beyond-axe sweep)'],
    ])('has %s: %s', (sibling) => {
      expect(existsSync(path.join(root, folder, sibling)), `${folder}/${sibling} is missing`).toBe(
        true,
      );
    });

    it('lists at least one browser state of itself', () => {
      const states = read(`${folder}/${name}.states.ts`);
      expect(states, `${name}.states.ts must export its states`).toMatch(/export default \[/);
      expect(states).toMatch(new RegExp(`state\\(\\s*'[^']*',\\s*${name},`));
    });

    it("has its stories under Components/ (or Article/), where the toolbar's language reaches", () => {
      expect(read(`${folder}/${name}.stories.svelte`)).toMatch(/title: '(Components|Article)\//);
    });

    it('has a row in the README component table', () => {
      expect(read('README.md')).toMatch(new RegExp(`^\\| \`${name}\` +\\|`, 'm'));
    });

    it('is named in the Storybook introduction', () => {
      expect(read('src/stories/Introduction.mdx')).toContain(`\`${name}\``);
    });

    it('opens with a comment that says what it is for', () => {
      expect(read(file)).toMatch(/^<!--\n {2}\S/);
    });
  });
});
