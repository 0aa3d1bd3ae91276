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
  live: 'লাইভ',
  coverageEnded: 'সম্প্রচার শেষ',
  keyEvents: 'গুরুত্বপূর্ণ ঘটনা',
  pinnedPost: 'পিন করা পোস্ট',
  newUpdates: { one: '{count}টি নতুন আপডেট', other: '{count}টি নতুন আপডেট' },
  showNewUpdates: { one: '{count}টি নতুন আপডেট দেখুন', other: '{count}টি নতুন আপডেট দেখুন' },
  updatedAt: 'হালনাগাদ: {time}',
  olderPosts: 'পুরোনো পোস্ট',
} satisfies Partial<Labels>;
