import { render } from 'svelte/server';
import { expect, it } from 'vitest';
import { Embed } from 'broadsheet';
import { youtubeEmbed } from '$fixtures/media';

it('renders no usable button and no iframe on the server: without JavaScript they could not work', () => {
  const { body } = render(Embed, { props: youtubeEmbed });
  // The button is written hidden, for a script to show (a hydrating page, or enhanceEmbeds).
  expect(body).toMatch(/<button type="button" hidden=""[^>]*>(<!--[^>]*-->)*Load YouTube content/);
  expect(body).not.toContain('<iframe');
  // The content's URL is only in the embed's marker, which requests nothing.
  expect(body.split(youtubeEmbed.src)).toHaveLength(2);
  expect(body).toContain(`data-broadsheet-embed="${youtubeEmbed.src}"`);
  expect(body).toContain(`href="${youtubeEmbed.link.href}"`);
  // The box is reserved at the content's ratio before anything loads.
  expect(body).toContain('aspect-ratio: 560 / 315');
});
