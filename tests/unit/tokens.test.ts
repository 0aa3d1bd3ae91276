import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Color from 'colorjs.io';
import { describe, expect, it } from 'vitest';
import { graphicTokens, textTokens, tokens } from '../../src/lib/tokens';

const contrast = (a: string, b: string) => new Color(a).contrast(new Color(b), 'WCAG21');

describe.each(['light', 'dark'] as const)('the %s tokens', (scheme) => {
  const t = tokens[scheme];

  it.each(Object.entries(textTokens))('give %s at least 7:1 (AAA)', (_, token) => {
    expect(contrast(t[token], t['--bs-color-surface'])).toBeGreaterThanOrEqual(7);
  });

  it.each(Object.entries(graphicTokens))('give the %s at least 3:1', (_, token) => {
    expect(contrast(t[token], t['--bs-color-surface'])).toBeGreaterThanOrEqual(3);
  });
});

describe('the token table is what the CSS uses', () => {
  const componentsDir = path.resolve('src/lib/components');
  const css = readdirSync(componentsDir)
    .filter((file) => file.endsWith('.svelte'))
    .map((file) => [file, readFileSync(path.join(componentsDir, file), 'utf8')] as const);

  it('every colour fallback in a component is the light token', () => {
    let seen = 0;
    for (const [file, source] of css) {
      for (const [, name, fallback] of source.matchAll(/var\((--bs-color-[a-z-]+),\s*([^)]+)\)/g)) {
        expect(fallback, `${file}: ${name}`).toBe(tokens.light[name as keyof typeof tokens.light]);
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(10);
  });

  it('themes/dark.css sets every token to the dark value', () => {
    const dark = readFileSync(path.resolve('src/lib/themes/dark.css'), 'utf8');
    const set = Object.fromEntries(
      [...dark.matchAll(/(--bs-color-[a-z-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]]),
    );
    expect(set).toEqual(tokens.dark);
  });
});
