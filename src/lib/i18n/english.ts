// The library's own words in English, one export each. A component imports the ones it shows
// (labels.ts, labelsOf): a bundler leaves out the exports nobody imports, where it would keep
// every property of one object. English is what every other language falls back to, and
// labelsFor passes all of them: `everyLabel`, which the compiler holds to every key of `Labels`.

import type { Labels, PluralText } from './labels.js';

export const skipLinks = 'Skip links';
export const imageCredit = 'Image:';
export const updated = 'Updated';
export const shortLink = 'Short link to this article:';
export const authors = 'Authors:';
export const agencies = 'Agencies:';
export const quoteOpen = '“';
export const quoteClose = '”';
export const byline = 'By';
export const keyPoints = 'Key points';
export const contents = 'Contents';
export const backToContents = 'Back to contents';
export const footnotes = 'Footnotes';
export const footnote = 'Footnote';
export const backToContent = 'Back to content';
export const notes = 'Corrections and updates';
export const correction = 'Correction';
export const clarification = 'Clarification';
export const update = 'Update';
export const editorsNote = 'Editor’s note';
export const corrected = 'This article has been corrected.';
export const readCorrection = 'Read the correction';
export const related = 'Related';
export const description = 'Description';
export const data = 'Data';
export const descriptionAndData = 'Description and data';
export const source = 'Source:';
export const videoCredit = 'Video:';
export const audioCredit = 'Audio:';
export const duration = 'Duration:';
export const transcript = 'Transcript';
export const skipEmbed = 'Skip {provider} content';
export const embedEnd = 'End of {provider} content';
export const loadEmbed = 'Load {provider} content';
export const embedNotice =
  'This content is hosted by {provider}. Loading it may send data about you to {provider}.';
export const live = 'Live';
export const coverageEnded = 'Coverage ended';
export const keyEvents = 'Key events';
export const pinnedPost = 'Pinned post';
export const newUpdates: PluralText = { one: '{count} new update', other: '{count} new updates' };
export const showNewUpdates: PluralText = {
  one: 'Show {count} new update',
  other: 'Show {count} new updates',
};
export const updatedAt = 'Updated {time}';
export const olderPosts = 'Older posts';

/** Every label, for labelsFor and <Article>, which show them all. */
export const everyLabel: Labels = {
  skipLinks,
  imageCredit,
  updated,
  shortLink,
  authors,
  agencies,
  quoteOpen,
  quoteClose,
  byline,
  keyPoints,
  contents,
  backToContents,
  footnotes,
  footnote,
  backToContent,
  notes,
  correction,
  clarification,
  update,
  editorsNote,
  corrected,
  readCorrection,
  related,
  description,
  data,
  descriptionAndData,
  source,
  videoCredit,
  audioCredit,
  duration,
  transcript,
  skipEmbed,
  embedEnd,
  loadEmbed,
  embedNotice,
  live,
  coverageEnded,
  keyEvents,
  pinnedPost,
  newUpdates,
  showNewUpdates,
  updatedAt,
  olderPosts,
};
