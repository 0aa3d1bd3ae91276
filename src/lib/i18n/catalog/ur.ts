// Urdu: Broadsheet's own words, as written for the language (see ../labels.ts).
import type { Labels } from '../labels.js';

export default {
  imageCredit: 'تصویر:',
  shortLink: 'اس مضمون کا مختصر لنک:',
  authors: 'مصنفین:',
  agencies: 'خبر رساں ادارے:',
  quoteOpen: '«',
  quoteClose: '»',
  source: 'ذریعہ:',
} satisfies Partial<Labels>;
