// Bengali: Broadsheet's own words, as written for the language (see ../labels.ts).
import type { Labels } from '../labels.js';

export default {
  imageCredit: 'ছবি:',
  updated: 'হালনাগাদ',
  shortLink: 'এই প্রতিবেদনের সংক্ষিপ্ত লিংক:',
  authors: 'লেখক:',
  agencies: 'সংবাদ সংস্থা:',
  contents: 'সূচিপত্র',
  correction: 'সংশোধন',
  source: 'সূত্র:',
} satisfies Partial<Labels>;
