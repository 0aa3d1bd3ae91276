// The token table (src/lib/tokens.ts) is the one source of every custom property's value.
// This test holds the components' CSS fallbacks to it, and compares themes/dark.css and the
// README's theming table with what the table generates; `npm run tokens` rewrites those two.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Color from 'colorjs.io';
import { describe, expect, it } from 'vitest';
import { parse } from 'svelte/compiler';
import {
  focusOutline,
  graphicTokens,
  textTokens,
  themeValues,
  tokens,
  type Token,
} from 'broadsheet/tokens';

const write = process.env.BROADSHEET_WRITE_TOKENS === '1';
const contrast = (a: string, b: string) => new Color(a).contrast(new Color(b), 'WCAG21');

describe.each(['light', 'dark'] as const)('the %s tokens', (scheme) => {
  const t = themeValues(scheme);

  it.each(Object.entries(textTokens))('give %s at least 7:1 (AAA)', (_, token) => {
    expect(contrast(t[token]!, t['--bs-color-surface']!)).toBeGreaterThanOrEqual(7);
  });

  it.each(Object.entries(graphicTokens))('give the %s at least 3:1', (_, token) => {
    expect(contrast(t[token]!, t['--bs-color-surface']!)).toBeGreaterThanOrEqual(3);
  });
});

function darkCss(): string {
  const block = (selector: string, scheme: 'light' | 'dark', indent = '') =>
    [
      `${indent}${selector} {`,
      ...Object.entries(themeValues(scheme))
        .filter(([name]) => name.startsWith('--bs-color-'))
        .map(([name, value]) => `${indent}  ${name}: ${value};`),
      `${indent}}`,
    ].join('\n');
  return `/*
  Broadsheet's dark theme. Import it once, where your site's CSS is loaded:
  import 'broadsheet/themes/dark.css';
  It follows the reader's colour scheme, and a site's own switch wins over it: set
  data-bs-theme="dark" or "light" on any ancestor (<html> for the whole page).
  Your page sets its own background to var(--bs-color-surface).
  Generated from src/lib/tokens.ts by \`npm run tokens\`: edit the table, not this file.
*/
@media (prefers-color-scheme: dark) {
${block(':root', 'dark', '  ')}
}

${block('[data-bs-theme="dark"]', 'dark')}

${block('[data-bs-theme="light"]', 'light')}
`;
}

function readmeTable(): string {
  const rows = (Object.entries(tokens) as [Token, { light: string; usedFor: string }][]).map(
    ([name, spec]) => `| \`${name}\` | \`${spec.light}\` | ${spec.usedFor} |`,
  );
  return ['| property | default | used for |', '| --- | --- | --- |', ...rows].join('\n');
}

/** Compares `file` with what the table generates, or rewrites it under `npm run tokens`. */
function generated(file: string, content: string) {
  const full = path.resolve(file);
  if (write) writeFileSync(full, content);
  expect(readFileSync(full, 'utf8'), `${file} is out of date: run \`npm run tokens\``).toBe(
    content,
  );
}

describe('the token table is what the CSS and the docs use', () => {
  const componentsDir = path.resolve('src/lib/components');
  const sources = readdirSync(componentsDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.svelte') && !file.includes('.test.'))
    .map((file) => [file, readFileSync(path.join(componentsDir, file), 'utf8')] as const);

  it('every custom property a component reads is in the table, with its default as fallback', () => {
    let seen = 0;
    for (const [file, source] of sources) {
      for (const match of source.matchAll(
        /var\((--bs-[a-z-]+)(?:,\s*((?:[^()]|\([^()]*\))+))?\)/g,
      )) {
        const [, name, fallback] = match;
        expect(tokens, `${file}: ${name} is not in src/lib/tokens.ts`).toHaveProperty([name!]);
        expect(fallback?.trim(), `${file}: ${name}`).toBe(tokens[name as Token].light);
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(20);
  });

  it('every focus outline is the one in the table; only the skip links draw theirs inset', () => {
    const inset = {
      ...focusOutline,
      'outline-offset': 'calc(-2 * var(--bs-focus-width, 0.1875rem))',
    };
    let seen = 0;
    for (const [file, source] of sources) {
      for (const rule of focusRules(source)) {
        const expected = file.startsWith('SkipLinks/') ? inset : focusOutline;
        expect(rule.declarations, `${file}: ${rule.selector}`).toEqual(expected);
        seen++;
      }
    }
    expect(seen).toBeGreaterThanOrEqual(14);
  });

  it('themes/dark.css is generated from the table', () => {
    generated('src/lib/themes/dark.css', darkCss());
  });

  it("the README's theming table is generated from the table", () => {
    const readme = readFileSync(path.resolve('README.md'), 'utf8');
    const start = readme.indexOf('| property | default | used for |');
    const end = readme.indexOf('\n\n', start);
    expect(start, 'README.md has a theming table').toBeGreaterThan(0);
    generated('README.md', readme.slice(0, start) + readmeTable() + readme.slice(end));
  });
});

interface CssNode {
  type: string;
  prelude?: string | { start: number; end: number };
  property?: string;
  value?: string;
  block?: { children: CssNode[] };
  children?: CssNode[];
}

/** The outline declarations of each `:focus-visible` rule in a component's style. */
function focusRules(source: string) {
  const { css } = parse(source, { modern: true }) as unknown as { css?: CssNode };
  const rules: { selector: string; declarations: Record<string, string> }[] = [];
  const visit = (nodes: CssNode[]) => {
    for (const node of nodes) {
      const selector =
        node.type === 'Rule' && typeof node.prelude === 'object'
          ? source.slice(node.prelude.start, node.prelude.end)
          : '';
      if (selector.includes(':focus-visible')) {
        const declarations = Object.fromEntries(
          (node.block?.children ?? [])
            .filter((d) => d.type === 'Declaration' && d.property?.startsWith('outline'))
            .map((d) => [d.property!, d.value!]),
        );
        rules.push({ selector, declarations });
      }
      visit(node.block?.children ?? node.children ?? []);
    }
  };
  visit(css?.children ?? []);
  return rules;
}
