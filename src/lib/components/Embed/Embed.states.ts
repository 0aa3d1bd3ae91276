import { Embed } from 'broadsheet';
import { datawrapperEmbed, youtubeEmbed } from '$fixtures/media';
import { longWord } from '$fixtures/stress';
import { state } from '$tests/helpers/state';

// Before consent: the state a page is in until the reader asks (the browser sweeps never load
// the third party).
export default [
  state('Embed', Embed, youtubeEmbed),
  state('Embed, chart', Embed, datawrapperEmbed),
  state('Embed, stress', Embed, {
    ...youtubeEmbed,
    provider: longWord,
    title: `${longWord} ${longWord}`,
    link: { text: longWord, href: youtubeEmbed.link.href },
  }),
];
