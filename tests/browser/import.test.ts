// Each CMS body of the corpus, imported and rendered as an article in Chromium: nothing in it
// runs, and the page passes axe with every rule on.
import { render } from 'vitest-browser-svelte';
import { describe, expect, it } from 'vitest';
import { parseArticle } from 'broadsheet';
import { htmlToBody } from 'broadsheet/import';
import { expectNoA11yViolations } from 'broadsheet/testing';
import NewsPage from '$fixtures/pages/NewsPage.svelte';
import { dwChrome } from '$fixtures/dw-us-russia';

const corpus = import.meta.glob<string>('../../fixtures/cms/*.html', {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe.each(Object.entries(corpus))('%s, imported and rendered', (file, html) => {
  it('runs nothing and has no axe violations on the page', async () => {
    const ran: string[] = [];
    const w = window as unknown as Record<string, unknown>;
    const saved = { alert: w.alert, track: w.track };
    w.alert = (message: unknown) => ran.push(`alert ${String(message)}`);
    w.track = () => ran.push('track');
    try {
      const { body } = htmlToBody(html, { lang: file.includes('rtl') ? 'ar' : 'en' });
      const article = parseArticle({
        lang: file.includes('rtl') ? 'ar' : 'en',
        headline: 'Imported from the CMS',
        published: '2013-02-02',
        body: body.length > 0 ? body : [{ type: 'paragraph', text: '…' }],
      });
      const { container } = await render(NewsPage, { article, chrome: dwChrome });
      await new Promise((resolve) => setTimeout(resolve, 100));
      // No script but the article's own data: its JSON-LD, and the labels it travels with.
      expect(
        container.querySelector(
          'script:not([type$="json"][data-broadsheet]), [onclick], [onerror], [onload]',
        ),
      ).toBeNull();
      expect(ran).toEqual([]);
      await expectNoA11yViolations(document, { scope: 'page' });
    } finally {
      Object.assign(w, saved);
    }
  });
});
