import { parseArticle } from 'broadsheet';
import { youtubeEmbed } from '$lib/fixtures/embeds';

// An article with a third-party video: the page hydrates its button, which loads it on request.
// Two subheadings: too few for a contents list, until the reader asks for one.
export function load() {
  return {
    article: parseArticle({
      lang: 'en',
      headline: 'The clip of the weekend',
      published: '2013-02-03',
      body: [
        { type: 'subheading', text: 'The meeting' },
        { type: 'paragraph', text: 'Lavrov and Biden met on the conference’s second day.' },
        {
          type: 'embed',
          embed: youtubeEmbed,
        },
        { type: 'subheading', text: 'What they said' },
        { type: 'paragraph', text: 'They spoke for forty minutes.' },
      ],
    }),
  };
}
