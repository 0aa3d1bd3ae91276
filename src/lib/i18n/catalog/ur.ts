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
  live: 'براہ راست',
  coverageEnded: 'کوریج ختم ہو گئی',
  keyEvents: 'اہم واقعات',
  pinnedPost: 'پن کی گئی پوسٹ',
  newUpdates: { one: '{count} نئی اپ ڈیٹ', other: '{count} نئی اپ ڈیٹس' },
  showNewUpdates: { one: '{count} نئی اپ ڈیٹ دیکھیں', other: '{count} نئی اپ ڈیٹس دیکھیں' },
  updatedAt: 'اپ ڈیٹ: {time}',
  olderPosts: 'پرانی پوسٹس',
} satisfies Partial<Labels>;
