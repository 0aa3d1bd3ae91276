// The validator and the JSON-LD builder where Broadsheet renders without a browser (a server,
// a prerender, a test in Node): at hand from the start. Which of this file and code.browser.ts a
// build takes is the package's `#article-code` import (package.json "imports"): the `browser`
// condition picks code.browser.ts, every other build this one. So a browser bundle never holds
// this file's static imports, whatever its bundler folds.
import * as jsonLdModule from './json-ld.js';
import { lazy } from './lazy.js';
import { parseArticle } from './parse.js';
import type { ArticleCode } from './code.js';

export const { validator, jsonLdBuilder }: ArticleCode = {
  validator: lazy(() => Promise.resolve(parseArticle), parseArticle),
  jsonLdBuilder: lazy(() => Promise.resolve(jsonLdModule), jsonLdModule),
};
