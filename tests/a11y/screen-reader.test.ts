// What a screen reader says, reading the example pages from start to end, compared with a
// committed, reviewed transcript. A change to what is spoken shows up as a diff in review.
// To accept a reviewed change: VITE_UPDATE_TRANSCRIPTS=1 npx vitest run --project browser tests/a11y
import { virtual } from '@guidepup/virtual-screen-reader';
import { commands } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { afterEach, describe, expect, it } from 'vitest';
import NewsPage from '$fixtures/pages/NewsPage.svelte';
import { dwArticle, dwChrome } from '$fixtures/dw-us-russia';
import { explainerPage } from '$fixtures/explainer';
import { mediaPage } from '$fixtures/media';
import { arabic } from '$fixtures/translations';
import { arabicLiveArticle, liveArticle } from '$fixtures/live-msc';
import english from './transcripts/dw-article-en.txt?raw';
import arabicTranscript from './transcripts/dw-article-ar.txt?raw';
import explainerTranscript from './transcripts/explainer-en.txt?raw';
import mediaTranscript from './transcripts/media-en.txt?raw';
import liveTranscript from './transcripts/live-en.txt?raw';
import arabicLiveTranscript from './transcripts/live-ar.txt?raw';

const update = import.meta.env.VITE_UPDATE_TRANSCRIPTS === '1';

async function readAloud(container: HTMLElement): Promise<string[]> {
  await virtual.start({ container });
  const first = await virtual.lastSpokenPhrase();
  // "Next" wraps from the last item to the first: one lap is the whole page, read once.
  for (let i = 0; i < 5000; i++) {
    await virtual.next();
    if ((await virtual.lastSpokenPhrase()) === first) break;
  }
  const log = await virtual.spokenPhraseLog();
  await virtual.stop();
  expect(log.at(-1)).toBe(log[0]);
  return log.slice(0, -1);
}

describe.each([
  ['dw-article-en', dwArticle, dwChrome, english],
  ['dw-article-ar', arabic.article, arabic.chrome, arabicTranscript],
  ['explainer-en', explainerPage.article, explainerPage.chrome, explainerTranscript],
  ['media-en', mediaPage.article, mediaPage.chrome, mediaTranscript],
  ['live-en', liveArticle, dwChrome, liveTranscript],
  ['live-ar', arabicLiveArticle, arabic.chrome, arabicLiveTranscript],
])('the %s page, read from start to end', (name, article, chrome, transcript) => {
  afterEach(async () => {
    await virtual.stop();
  });

  it('says what the reviewed transcript says', async () => {
    const { container } = await render(NewsPage, { article, chrome });
    const spoken = (await readAloud(container)).join('\n') + '\n';
    if (update) await commands.writeFile(`tests/a11y/transcripts/${name}.txt`, spoken);
    else expect(spoken).toBe(transcript);
  });
});
