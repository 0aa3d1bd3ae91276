// The package's `#article-code` import (package.json "imports"), resolved in this repository's
// own Vite builds (tests, Storybook, the bench) as a consumer's build resolves it from dist/:
// code.browser.ts for a browser (jsdom, Chromium, Storybook, a client bundle), code.server.ts
// for a server (Node: the ssr and bench projects).
import path from 'node:path';
import type { Plugin } from 'vite';

const articleDir = path.resolve(import.meta.dirname, '../../src/lib/article');

export const articleCode: Plugin = {
  name: 'broadsheet-article-code',
  enforce: 'pre',
  resolveId(id, _importer, options) {
    if (id !== '#article-code') return null;
    return path.join(articleDir, `code.${options?.ssr ? 'server' : 'browser'}.ts`);
  },
};
