// The live page of the browser-only app: the coverage from the CMS as JSON, unchecked (the
// article checks it), and the posts the feed delivers afterwards (LiveArticle.svelte).
import { mount } from 'svelte';
import LivePage from './LivePage.svelte';

mount(LivePage, { target: document.getElementById('app') });
