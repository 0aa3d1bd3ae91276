// The iframe of an embed the reader asked for, as EmbedView writes it and enhanceEmbeds builds
// it: lazy, sandboxed (scripts, yet no top navigation), allowed to play and go full screen,
// sending no full referrer. One list, so the two can never differ.
export const frameAttributes = {
  loading: 'lazy',
  sandbox:
    'allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox',
  allow: 'fullscreen; picture-in-picture; encrypted-media',
  referrerpolicy: 'strict-origin-when-cross-origin',
} as const;
