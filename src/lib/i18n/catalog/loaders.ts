// One language's labels on demand, for the browser: each is a chunk of its own, so a page
// fetches the language it is in and no other (loadLabels in ../labels.ts).
import type { Labels } from '../labels.js';

export const loaders: Record<string, () => Promise<{ default: Partial<Labels> }>> = {
  de: () => import('./de.js'),
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  pt: () => import('./pt.js'),
  ru: () => import('./ru.js'),
  uk: () => import('./uk.js'),
  tr: () => import('./tr.js'),
  ar: () => import('./ar.js'),
  fa: () => import('./fa.js'),
  ur: () => import('./ur.js'),
  hi: () => import('./hi.js'),
  bn: () => import('./bn.js'),
  zh: () => import('./zh.js'),
  'zh-hant': () => import('./zh-hant.js'),
  id: () => import('./id.js'),
  sw: () => import('./sw.js'),
};
