import { fromHeadlessCms } from '$lib/cms/headless';
import raw from '../../../content/headless-cms.json';

export function load() {
  return { article: fromHeadlessCms(raw) };
}
