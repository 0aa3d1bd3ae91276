// Hindi: Broadsheet's own words, as written for the language (see ../labels.ts).
import type { Labels } from '../labels.js';

export default {
  imageCredit: 'तस्वीर:',
  updated: 'अपडेट',
  shortLink: 'इस लेख का छोटा लिंक:',
  authors: 'लेखक:',
  agencies: 'समाचार एजेंसियाँ:',
  contents: 'विषय सूची',
  correction: 'सुधार',
  related: 'संबंधित',
  source: 'स्रोत:',
  live: 'लाइव',
  coverageEnded: 'कवरेज समाप्त',
  keyEvents: 'मुख्य घटनाएँ',
  pinnedPost: 'पिन की गई पोस्ट',
  newUpdates: { one: '{count} नया अपडेट', other: '{count} नए अपडेट' },
  showNewUpdates: { one: '{count} नया अपडेट देखें', other: '{count} नए अपडेट देखें' },
  updatedAt: 'अपडेट: {time}',
  olderPosts: 'पुरानी पोस्ट',
} satisfies Partial<Labels>;
