// A browser fetches <Article>'s renderer the first time it renders a document itself (a page
// that hydrates the server's markup never does: components/Article/layout.ts). The tests render
// articles in a browser, and in jsdom, which counts as one: fetch it once, before them, so each
// test sees its article at once. The consumer site's own test renders one without it, as a
// newsroom's would, and waits with articlesReady (tests/consumer/site/src/routes/page.test.ts).
import { loadLayout } from '../../src/lib/components/Article/layout';

await loadLayout();
