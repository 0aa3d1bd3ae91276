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
  live: 'Mubashara',
  coverageEnded: 'Matangazo yamemalizika',
  keyEvents: 'Matukio muhimu',
  pinnedPost: 'Chapisho lililobandikwa',
  newUpdates: { one: 'Sasisho {count} jipya', other: 'Masasisho {count} mapya' },
  showNewUpdates: {
    one: 'Onyesha sasisho {count} jipya',
    other: 'Onyesha masasisho {count} mapya',
  },
  updatedAt: 'Imesasishwa {time}',
  olderPosts: 'Machapisho ya zamani',
} satisfies Partial<Labels>;
