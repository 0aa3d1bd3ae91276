// What a browser needs before it renders an article itself, fetched ahead: for a SvelteKit
// universal `load`, so that the next article after a client-side navigation appears at once.
import { BROWSER } from 'esm-env';
import { loadLabels } from '../i18n/labels.js';
import { isChecked } from './checked.js';
import { track } from './lazy.js';
import { validator } from '#article-code';

/**
 * Fetches what `<Article>` needs in this browser to show `article`: the labels of its language
 * and, unless parseArticle returned it in this page, the validator. Each is fetched once; on a
 * server, and for what is already here, it waits for nothing.
 */
export async function preloadArticle(article: unknown): Promise<void> {
  if (!BROWSER) return;
  const lang = (article as { lang?: unknown } | null)?.lang;
  await Promise.all([
    isChecked(article) ? undefined : validator.load(),
    typeof lang === 'string' ? track(loadLabels(lang)) : undefined,
  ]);
}
