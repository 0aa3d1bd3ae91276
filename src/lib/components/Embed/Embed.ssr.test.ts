import { render } from 'svelte/server';
import { expect, it } from 'vitest';
import { Embed } from 'broadsheet';
import { youtubeEmbed } from '$fixtures/media';

it('renders no button and no iframe on the server: without JavaScript they could not work', () => {
  const { body } = render(Embed, { props: youtubeEmbed });
  expect(body).not.toContain('<button');
  expect(body).not.toContain('<iframe');
  expect(body).not.toContain(youtubeEmbed.src);
  expect(body).toContain(`href="${youtubeEmbed.link.href}"`);
  // The box is reserved at the content's ratio before anything loads.
  expect(body).toContain('aspect-ratio: 560 / 315');
});
