// Media elements to blocks: each kept with what a reader needs, or reported with what to add.
import { parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { isElement, type Element } from './html';
import { embed, image, providerOf, video } from './media';
import { report } from './report';

const element = (html: string) => parseFragment(html).childNodes.find(isElement) as Element;

function run() {
  const { dropped, drop } = report();
  return { dropped, context: { drop } };
}

describe('image', () => {
  it('keeps an image with its size and alt; alt="" makes it decorative', () => {
    const { context } = run();
    expect(
      image(element('<img src="/a.jpg" alt="" width="4" height="3">'), 'Cap', context),
    ).toEqual({
      type: 'image',
      image: { src: '/a.jpg', width: 4, height: 3, alt: '', decorative: true, caption: 'Cap' },
    });
  });

  it('asks imageSize for a size, and reports an image without alt text', () => {
    const { context, dropped } = run();
    const imageSize = () => ({ width: 8, height: 6 });
    expect(
      image(element('<img src="/a.jpg">'), 'A dog', { ...context, imageSize }),
    ).toBeUndefined();
    expect(dropped).toEqual([
      { element: 'img', reason: expect.stringMatching(/has no alt text/), text: 'A dog' },
    ]);
  });
});

describe('embed', () => {
  it('names the provider and links the YouTube page, for readers without JavaScript', () => {
    const { context } = run();
    const block = embed(
      element(
        '<iframe src="https://www.youtube-nocookie.com/embed/abc" width="560" height="315" title="Clip"></iframe>',
      ),
      undefined,
      context,
    );
    expect(block?.embed).toMatchObject({
      provider: 'YouTube',
      title: 'Clip',
      link: { text: 'View on YouTube', href: 'https://www.youtube.com/watch?v=abc' },
    });
  });

  it('refuses an address that is not https', () => {
    const { context, dropped } = run();
    expect(
      embed(element('<iframe src="http://x.test/"></iframe>'), 'Cap', context),
    ).toBeUndefined();
    expect(dropped[0]?.reason).toMatch(/is not https/);
  });

  it('knows the providers newsrooms embed, and falls back to the host', () => {
    expect(providerOf('https://datawrapper.dwcdn.net/x/1/')).toBe('Datawrapper');
    expect(providerOf('https://public.flourish.studio/visualisation/1')).toBe('Flourish');
    expect(providerOf('https://www.example.org/e')).toBe('example.org');
  });
});

describe('video', () => {
  it('keeps a video with captions, and reports one without', () => {
    const { context, dropped } = run();
    const captioned =
      '<video src="/v.mp4" width="16" height="9" title="Clip"><track kind="captions" src="/v.vtt" srclang="en" label="English"></video>';
    expect(video(element(captioned), undefined, context)?.video.tracks).toHaveLength(1);
    expect(
      video(
        element('<video src="/v.mp4" width="16" height="9" title="Clip"></video>'),
        undefined,
        context,
      ),
    ).toBeUndefined();
    expect(dropped.map((d) => d.reason)).toEqual([
      expect.stringMatching(/^video without captions/),
    ]);
  });

  it('reports an audio: HTML cannot carry its transcript', () => {
    const { context, dropped } = run();
    expect(
      video(element('<audio src="/a.mp3" title="Briefing"></audio>'), undefined, context),
    ).toBeUndefined();
    expect(dropped[0]?.reason).toMatch(/audio needs a transcript/);
  });
});
