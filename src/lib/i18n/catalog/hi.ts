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
} satisfies Partial<Labels>;
