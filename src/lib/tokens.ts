// 'broadsheet/tokens': every custom property the components read, in one table. Each token has
// the default the components fall back to (`light`), the dark theme's value for colours
// (`dark`), and what it is used for. themes/dark.css and the README's theming table are
// generated from this table (`npm run tokens`), and a unit test holds the components' CSS
// fallbacks to it: change a value here, never there.

export interface TokenSpec {
  /** The default: what a component uses when the property is not set. */
  readonly light: string;
  /** The value in the dark theme; only colours change with the scheme. */
  readonly dark?: string;
  /** What the token styles, as the README's theming table says it. */
  readonly usedFor: string;
}

export const tokens = {
  '--bs-color-text': {
    light: '#1a1a1a',
    dark: '#f2f2f2',
    usedFor: 'headline, standfirst, body text, caption (AAA on the surface)',
  },
  '--bs-color-muted': {
    light: '#454545',
    dark: '#c9c9c9',
    usedFor: 'credit, dateline, short link, attribution, source line (AAA)',
  },
  '--bs-color-link': {
    light: '#00467f',
    dark: '#a8d1ff',
    usedFor: 'links, skip links (AAA)',
  },
  '--bs-color-kicker': { light: '#8a1538', dark: '#ffb3c6', usedFor: 'kicker (AAA)' },
  '--bs-color-surface': {
    light: '#ffffff',
    dark: '#121212',
    usedFor: 'the background the colours are checked against; skip links',
  },
  '--bs-color-focus': {
    light: '#1a1a1a',
    dark: '#f2f2f2',
    usedFor: 'focus outlines (3:1 or more)',
  },
  '--bs-focus-width': { light: '0.1875rem', usedFor: 'the focus outline’s thickness' },
  '--bs-focus-offset': {
    light: '0.125rem',
    usedFor: 'the gap between a control and its focus outline',
  },
  '--bs-color-accent': {
    light: '#0a5a9c',
    dark: '#6fb1f2',
    usedFor: "the pull quote's border (3:1 or more)",
  },
  '--bs-color-rule': { light: '#767676', dark: '#8c8c8c', usedFor: 'the line above the sources' },
  '--bs-color-placeholder': {
    light: '#e8e8e8',
    dark: '#2b2b2b',
    usedFor: 'the image box before the image arrives',
  },
  '--bs-font-body': {
    light: "Charter, 'Sitka Text', Georgia, serif",
    usedFor: 'article text: a serif for long reading, from fonts the reader already has',
  },
  '--bs-font-headline': {
    light: "Charter, 'Sitka Text', Georgia, serif",
    usedFor: 'headline, subheadings, pull quote and section headings',
  },
  '--bs-font-meta': {
    light: "system-ui, 'Segoe UI', Roboto, Arial, sans-serif",
    usedFor: 'kicker, byline, dateline, captions, credits, tables, sources, skip links',
  },
  '--bs-body-size': { light: '1.125rem', usedFor: 'article text' },
  '--bs-headline-size': { light: 'clamp(1.75rem, 1.25rem + 2.5vw, 2.75rem)', usedFor: 'headline' },
  '--bs-standfirst-size': {
    light: 'clamp(1.0625rem, 1rem + 0.25vw, 1.1875rem)',
    usedFor: 'standfirst',
  },
  '--bs-subheading-size': { light: '1.375rem', usedFor: 'subheadings' },
  '--bs-pull-quote-size': {
    light: 'clamp(1.25rem, 1.1rem + 0.75vw, 1.625rem)',
    usedFor: 'pull quote',
  },
  '--bs-article-max-width': { light: '42rem', usedFor: "the article's measure" },
  '--bs-wide-max-width': { light: '60rem', usedFor: 'the widest a `wide` figure grows' },
  '--bs-skip-links-z-index': { light: '1000', usedFor: 'skip links above your header' },
} as const satisfies Record<`--bs-${string}`, TokenSpec>;

export type Token = keyof typeof tokens;

/**
 * The one focus outline: every `:focus-visible` rule in the components declares exactly these
 * (tests/unit/tokens.test.ts holds them to it), so a site restyles focus everywhere with three
 * tokens. Only the skip links draw theirs inset, so the page edge cannot cut it off.
 */
export const focusOutline = {
  outline: 'var(--bs-focus-width, 0.1875rem) solid var(--bs-color-focus, #1a1a1a)',
  'outline-offset': 'var(--bs-focus-offset, 0.125rem)',
} as const;

/** Text that must reach 7:1 against the surface (WCAG 1.4.6, AAA), and what shows it. */
export const textTokens: Record<string, Token> = {
  'body text, headline, standfirst, caption': '--bs-color-text',
  'credit, dateline, short link, attribution, source footer': '--bs-color-muted',
  'links, skip links': '--bs-color-link',
  kicker: '--bs-color-kicker',
};

/** Non-text parts that must reach 3:1 against the surface (WCAG 1.4.11). */
export const graphicTokens: Record<string, Token> = {
  'focus outline': '--bs-color-focus',
  'pull-quote border': '--bs-color-accent',
};

/** The tokens of one colour scheme, as property → value. */
export function themeValues(scheme: 'light' | 'dark'): Partial<Record<Token, string>> {
  const values: Partial<Record<Token, string>> = {};
  for (const [name, spec] of Object.entries(tokens) as [Token, TokenSpec][]) {
    const value = scheme === 'dark' ? spec.dark : spec.light;
    if (value !== undefined && (scheme === 'light' || name.startsWith('--bs-color-'))) {
      values[name] = value;
    }
  }
  return values;
}
