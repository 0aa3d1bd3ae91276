import { Article } from 'broadsheet';
import { minimalArticle } from '$fixtures/largest';
import { state } from '$tests/helpers/state';

// The DW and every-field articles are swept as whole pages (beyond-axe.test.ts); here the
// article alone, without a page around it, in its smallest form.
export default [state('Article, minimal', Article, { article: minimalArticle, jsonLd: false })];
