// Swahili: Broadsheet's own words, as written for the language (see ../labels.ts).
import type { Labels } from '../labels.js';

export default {
  imageCredit: 'Picha:',
  updated: 'Imesasishwa',
  shortLink: 'Kiungo kifupi cha makala hii:',
  authors: 'Waandishi:',
  agencies: 'Mashirika ya habari:',
  quoteOpen: '“',
  quoteClose: '”',
  source: 'Chanzo:',
} satisfies Partial<Labels>;
