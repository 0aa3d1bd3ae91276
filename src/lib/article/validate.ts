// A server checks the raw documents <Article> is given on every render, so it loads the
// validator once, up front. A browser does not: its bundle holds no validator unless the page
// itself calls parseArticle, and <Article> fetches it only for a document nobody checked
// (Article.svelte says when). A dynamic import, so that a browser bundle does not reach the
// validator through this module; awaited at the top, so it is there before the first render.
import { BROWSER } from 'esm-env';

if (!BROWSER) await import('./parse.js');
