// A browser fetches <Article>'s renderer the first time it renders a document itself (a page
// that hydrates the server's markup never does: components/Article/layout.ts). The tests render
// articles in a browser, and in jsdom, which counts as one: fetch it once, before them, so each
// test sees its article at once. Article.test.ts renders one without it.
import { loadLayout } from '../../src/lib/components/Article/layout';

await loadLayout();
