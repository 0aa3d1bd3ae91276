// The design tokens: every custom property the components read, with the default each one
// falls back to (light) and the values of the dark theme (themes/dark.css). Unit tests hold the
// components' fallbacks and dark.css to this table, and check its contrast.

export const tokens = {
  light: {
    '--bs-color-text': '#1a1a1a',
    '--bs-color-muted': '#454545',
    '--bs-color-link': '#00467f',
    '--bs-color-kicker': '#8a1538',
    '--bs-color-surface': '#ffffff',
    '--bs-color-focus': '#1a1a1a',
    '--bs-color-accent': '#0a5a9c',
    '--bs-color-rule': '#767676',
    '--bs-color-placeholder': '#e8e8e8',
  },
  dark: {
    '--bs-color-text': '#f2f2f2',
    '--bs-color-muted': '#c9c9c9',
    '--bs-color-link': '#a8d1ff',
    '--bs-color-kicker': '#ffb3c6',
    '--bs-color-surface': '#121212',
    '--bs-color-focus': '#f2f2f2',
    '--bs-color-accent': '#6fb1f2',
    '--bs-color-rule': '#8c8c8c',
    '--bs-color-placeholder': '#2b2b2b',
  },
} as const;

export type Token = keyof typeof tokens.light;

/** Text that must reach 7:1 against the surface (WCAG 1.4.6, AAA), and what shows it. */
export const textTokens: Record<string, Token> = {
  'body text, headline, standfirst, caption': '--bs-color-text',
  'credit, dateline, attribution, source footer': '--bs-color-muted',
  'links, short link, skip links': '--bs-color-link',
  kicker: '--bs-color-kicker',
};

/** Non-text parts that must reach 3:1 against the surface (WCAG 1.4.11). */
export const graphicTokens: Record<string, Token> = {
  'focus outline': '--bs-color-focus',
  'pull-quote border': '--bs-color-accent',
};
