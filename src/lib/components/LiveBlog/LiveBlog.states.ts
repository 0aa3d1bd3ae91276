import { LiveBlog } from 'broadsheet';
import { arabicLiveArticle, liveArticle } from '$fixtures/live-msc';
import { state } from '$tests/helpers/state';

// The ended coverage with its older posts link is a story (axe-checked there).
export default [
  state('LiveBlog', LiveBlog, { article: liveArticle }),
  state('LiveBlog, Arabic', LiveBlog, { article: arabicLiveArticle }),
];
