import { LiveBlog } from 'broadsheet';
import { arabicLiveArticle, endedLiveArticle, liveArticle } from '$fixtures/live-msc';
import { state } from '$tests/helpers/state';

export default [
  state('LiveBlog', LiveBlog, { article: liveArticle }),
  state('LiveBlog, Arabic', LiveBlog, { article: arabicLiveArticle }),
  state('LiveBlog, ended, with older posts', LiveBlog, { article: endedLiveArticle }),
];
